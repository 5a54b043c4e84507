package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side charts in a stage: what each chart holds after the window's calls. */
@ExtendWith(ApplicationExtension.class)
class ChartsPanelTest {

    static final String VP = "{\"memscape\":1,\"memories\":[{\"point\":[1,1]}],\"model\":{\"type\":\"diffusion-vp\"}}";
    static final String HOPFIELD = "{\"memscape\":1,\"memories\":[{\"point\":[1,1]}],\"model\":{\"type\":\"hopfield-distance\",\"beta\":4}}";

    private ChartsPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new ChartsPanel();
        stage.setScene(new javafx.scene.Scene(panel, 360, 700));
        stage.show();
    }

    private static Scene vp() throws Exception { return SceneReader.parse(VP, "t"); }

    private static Scene hopfield() throws Exception { return SceneReader.parse(HOPFIELD, "t"); }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
    }

    /** With a noise schedule its chart is the tallest; without one the energy chart, which then answers something, is. */
    @Test
    void theChartsShareTheHeightByWhatTheyShow() throws Exception {
        Scene diffusion = vp(), hopfield = hopfield();
        fx(() -> panel.showSchedule(diffusion));
        WaitForAsyncUtils.waitForFxEvents();
        double[] withSchedule = fx(() -> heights());
        assertTrue(withSchedule[0] > withSchedule[1] && withSchedule[1] > withSchedule[2], java.util.Arrays.toString(withSchedule));
        fx(() -> panel.showSchedule(hopfield));
        WaitForAsyncUtils.waitForFxEvents();
        double[] without = fx(() -> heights());
        assertTrue(without[1] > without[2] && without[2] > without[0], java.util.Arrays.toString(without));
        assertTrue(without[1] > 1.4 * withSchedule[1], "the energy chart grows: " + without[1] + " vs " + withSchedule[1]);
    }

    private double[] heights() {
        panel.layout();
        return java.util.Arrays.stream(panel.viewers()).mapToDouble(v -> v.getHeight()).toArray();
    }

    @Test
    void showSchedule_drawsBetaAndBetaEffOfTheDiffusionModel() throws Exception {
        Scene scene = vp();
        fx(() -> panel.showSchedule(scene));
        XYSeries beta = panel.scheduleDataset().getSeries(0);
        XYSeries betaEff = panel.scheduleDataset().getSeries(1);
        assertEquals(ScheduleChart.BETA, beta.getKey());
        assertEquals("β_eff(τ) = ᾱ/(1 − ᾱ)", betaEff.getKey());
        assertEquals(200, beta.getItemCount());
        assertEquals(200, betaEff.getItemCount());
        assertEquals(0.001, beta.getX(0).doubleValue(), 1e-12);
        assertEquals(1.0, beta.getX(199).doubleValue(), 1e-12);
        // the default VP schedule is linear from 0.1 to 20
        assertEquals(0.1 + 0.001 * 19.9, beta.getY(0).doubleValue(), 1e-9);
        assertEquals(20, beta.getY(199).doubleValue(), 1e-9);
        for (int i = 0; i < 200; i++) {
            double v = betaEff.getY(i).doubleValue();
            assertTrue(v > 0 && Double.isFinite(v), "finite for the log axis: " + v);
            if (i > 0) assertTrue(v <= betaEff.getY(i - 1).doubleValue(), "β_eff falls as noise grows");
        }
        assertNull(panel.scheduleNote());
    }

    /** VE has no β and no ᾱ: the legend names what its curves are (issue 9, point 5). */
    @Test
    void showSchedule_labelsTheVeCurvesWithWhatTheyAre() throws Exception {
        Scene ve = SceneReader.parse(VP.replace("diffusion-vp", "diffusion-ve"), "t");
        fx(() -> panel.showSchedule(ve));
        assertEquals("g²(τ) = dσ²/dτ", panel.scheduleDataset().getSeries(0).getKey());
        assertEquals("β_eff(τ) = 1/σ²(τ)", panel.scheduleDataset().getSeries(1).getKey());
        Scene vp = vp();
        fx(() -> panel.showSchedule(vp));
        assertEquals("β(τ)", panel.scheduleDataset().getSeries(0).getKey());
        assertEquals("β_eff(τ) = ᾱ/(1 − ᾱ)", panel.scheduleDataset().getSeries(1).getKey());
    }

    /** Diffusion plots the Hopfield energy at β_eff and does not ask whether it rises (issue 9, point 4). */
    @Test
    void theEnergyChartIsTitledForTheScenesSampler() throws Exception {
        Scene vp = vp();
        fx(() -> panel.showSchedule(vp));
        assertEquals("Hopfield energy at β_eff(τ) per step", fx(() -> panel.energyTitle()));
        assertEquals("β_eff·E", fx(() -> panel.energyAxisLabel()));
        Scene hopfield = hopfield();
        fx(() -> panel.showSchedule(hopfield));
        assertEquals("Energy per step (does it ever rise?)", fx(() -> panel.energyTitle()));
        assertEquals("energy", fx(() -> panel.energyAxisLabel()));
    }

    @Test
    void showSchedule_recomputesOnlyWhenTheModelChanged() throws Exception {
        Scene scene = vp();
        fx(() -> panel.showSchedule(scene));
        AtomicInteger changes = new AtomicInteger();
        panel.scheduleDataset().addChangeListener(e -> changes.incrementAndGet());
        Scene moved = SceneReader.parse(VP.replace("[1,1]", "[0.5,-1]"), "t");
        fx(() -> panel.showSchedule(moved));
        assertEquals(0, changes.get(), "moving a memory does not change the schedule");
        Scene timeless = hopfield();
        fx(() -> panel.showSchedule(timeless));
        assertTrue(changes.get() > 0);
    }

    @Test
    void showSchedule_ofATimelessModelShowsANote() throws Exception {
        Scene diffusion = vp();
        Scene timeless = hopfield();
        fx(() -> panel.showSchedule(diffusion));
        fx(() -> panel.markTau(0.4));
        fx(() -> panel.showSchedule(timeless));
        assertEquals(0, panel.scheduleDataset().getSeries(0).getItemCount());
        assertEquals(0, panel.scheduleDataset().getSeries(1).getItemCount());
        assertEquals("no noise schedule: this model does not depend on τ", panel.scheduleNote());
        assertFalse(panel.tauMarkerShown(), "no marker without a schedule");
        fx(panel::flush);
    }

    @Test
    void markTau_movesTheMarkerAndNaNHidesIt() throws Exception {
        Scene diffusion = vp();
        fx(() -> panel.showSchedule(diffusion));
        fx(() -> panel.markTau(0.25));
        assertTrue(panel.tauMarkerShown());
        assertEquals(0.25, panel.tauMarker().getValue(), 0);
        assertEquals("τ = 0.250", panel.tauMarker().getLabel());
        fx(() -> panel.markTau(0.75));
        assertEquals(0.75, panel.tauMarker().getValue(), 0);
        fx(() -> panel.markTau(Double.NaN));
        assertFalse(panel.tauMarkerShown());
        fx(() -> panel.markTau(0.5));
        assertTrue(panel.tauMarkerShown());
    }

    /** The current τ is marked on both curves: a dot at β(τ) and at β_eff(τ). */
    @Test
    void markTau_putsADotOnEachCurve() throws Exception {
        Scene diffusion = vp();
        fx(() -> panel.showSchedule(diffusion));
        fx(() -> panel.markTau(0.25));
        var dots = panel.atTauDataset();
        assertEquals(0.25, dots.getXValue(0, 0), 0);
        assertEquals(0.1 + 0.25 * 19.9, dots.getYValue(0, 0), 1e-9, "β(0.25) of the linear schedule");
        double logAlphaBar = -(0.1 * 0.25 + 0.5 * 19.9 * 0.25 * 0.25);
        assertEquals(Math.exp(logAlphaBar) / -Math.expm1(logAlphaBar), dots.getYValue(1, 0), 1e-9, "β_eff(0.25)");
        fx(() -> panel.markTau(Double.NaN));
        assertEquals(0, dots.getItemCount(0) + dots.getItemCount(1), "no τ, no dots");
    }

    /**
     * At the size it has in a 1280 × 800 window the schedule's log axis shows several powers of ten
     * (it showed one, "10⁰", at 60 px), and its range holds both curves whole: β_eff from 9095 near
     * τ = 0 down to 4e-5 at τ = 1 (it was cut flat at 1e-3).
     */
    @Test
    void theScheduleShowsBothCurvesWholeWithDecadeLabels() throws Exception {
        Scene diffusion = vp();
        fx(() -> panel.showSchedule(diffusion));
        var chart = panel.scheduleChart();
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage image = fx(() -> chart.createBufferedImage(440, 240, info));
        var axis = panel.scheduleAxis();
        assertTrue(axis.getLowerBound() <= 4.4e-5 && axis.getUpperBound() >= 9095,
                "the axis from " + axis.getLowerBound() + " to " + axis.getUpperBound());
        java.awt.Graphics2D g2 = image.createGraphics();
        java.util.List<?> ticks = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), info.getPlotInfo().getDataArea(),
                org.jfree.chart.ui.RectangleEdge.LEFT);
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (Object t : ticks) {
            var label = ((org.jfree.chart.axis.LogTick) t).getAttributedLabel();   // a log axis's labels are attributed text
            if (label == null) continue;
            StringBuilder text = new StringBuilder();
            var it = label.getIterator();
            for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) text.append(c);
            if (text.length() > 0) labels.add(text.toString());
        }
        assertTrue(labels.size() >= 4, "labels: " + labels);
        for (String l : labels) assertTrue(l.startsWith("10"), "a power of ten: " + l);
    }

    @Test
    void addEnergy_plotsTheMeanAndAFewParticles() throws Exception {
        fx(() -> {
            panel.resetEnergy();
            float[] e = new float[20];
            for (int step = 0; step < 100; step++) {
                for (int p = 0; p < e.length; p++) e[p] = 10f / (1 + step) + p;
                panel.addEnergy(step, e, e.length);
            }
        });
        EnergyDataset data = panel.energyDataset();
        assertEquals(1 + EnergyHistory.MAX_TRACES, data.getSeriesCount());
        assertEquals(EnergyDataset.MEAN, data.getSeriesKey(0));
        for (int s = 0; s < data.getSeriesCount(); s++) assertEquals(100, data.getItemCount(s));
        for (int step = 0; step < 100; step++) {
            assertEquals(step, data.getXValue(0, step), 0);
            assertEquals(10.0 / (1 + step) + 9.5, data.getYValue(0, step), 1e-4, "mean at step " + step);
        }
        assertEquals(10.0 / 51 + 0, data.getYValue(1, 50), 1e-5, "first trace: particle 0");
        assertEquals(10.0 / 51 + 17, data.getYValue(8, 50), 1e-5, "last trace: particle 7·20/8 = 17");

        // the user steps back to 60: later points go
        fx(() -> panel.addEnergy(60, new float[] {-1, -3}, 2));
        assertEquals(61, data.getItemCount(0));
        assertEquals(-2, data.getYValue(0, 60), 1e-12);

        fx(panel::resetEnergy);
        assertEquals(0, data.getSeriesCount());
    }

    @Test
    void showWeights_barsPerMemoryAndANoteWithoutSelection() throws Exception {
        fx(() -> panel.showWeights(new double[] {0.1, 0.6, 0.3}));
        WeightDataset data = panel.weightDataset();
        assertEquals(1, data.getRowCount());
        assertEquals(3, data.getColumnCount());
        assertEquals(2, data.getColumnKey(1));
        assertEquals(0.6, data.getValue(0, 1).doubleValue(), 0);
        assertEquals(1, data.bars().strongest());

        double[] many = new double[50];
        many[44] = 1;
        fx(() -> panel.showWeights(many));
        assertEquals(32, data.getColumnCount());
        assertEquals(1.0, data.getValue(WeightDataset.ROW, 45).doubleValue(), 0);

        fx(() -> panel.showWeights(null));
        assertEquals(0, data.getRowCount());
        assertEquals("click a particle to see which memory pulls it", panel.weightsNote());
    }

    @Test
    void charts_drawTheDataAndFitANarrowPanel() throws Exception {
        fx(() -> {
            panel.showSchedule(vp());
            panel.markTau(0.3);
            panel.resetEnergy();
            float[] e = new float[8];
            for (int step = 0; step < 100; step++) {
                for (int p = 0; p < e.length; p++) e[p] = (float) Math.exp(-step / 20.0) * (1 + p);
                panel.addEnergy(step, e, e.length);
            }
            panel.showWeights(new double[] {0.2, 0.8});
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(panel::flush);
        assertFalse(panel.repaintPending());
        Image shot = fx(() -> panel.snapshot(null, null));
        assertTrue(countNear(shot, ChartTheme.YELLOW) > 100, "the thick mean energy line is drawn");
        assertTrue(countNear(shot, ChartTheme.ORANGE) > 100, "β(τ) and the strongest bar are drawn");

        fx(() -> stage.setWidth(220));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.getWidth() <= 220, "the panel shrinks with the window: " + panel.getWidth());
        fx(panel::flush);
        Image narrow = fx(() -> panel.snapshot(null, null));
        assertTrue(countNear(narrow, ChartTheme.YELLOW) > 50);
    }

    private static int countNear(Image image, java.awt.Color target) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (Math.abs(c.getRed() * 255 - target.getRed()) < 20 && Math.abs(c.getGreen() * 255 - target.getGreen()) < 20
                        && Math.abs(c.getBlue() * 255 - target.getBlue()) < 20) n++;
            }
        }
        return n;
    }
}
