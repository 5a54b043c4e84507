package org.memscape.app.charts;

import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import org.memscape.text.NumberText;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.NoiseProcess;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The noise schedule chart: β(τ) and β_eff(τ) of the scene's diffusion model on a log axis, with a
 * marker and a dot on each curve at the current τ. A model without time shows a note instead.
 */
final class ScheduleChart extends SideChart {

    static final String TITLE = "Noise schedule";
    static final String BETA = "β(τ)";
    static final String BETA_EFF = "β_eff(τ) = ᾱ/(1 − ᾱ)";
    /** VE has no β and no ᾱ: the chart shows its noise rate and 1/σ². */
    static final String BETA_VE = "g²(τ) = dσ²/dτ";
    static final String BETA_EFF_VE = "β_eff(τ) = 1/σ²(τ)";
    static final String NO_SCHEDULE = "no noise schedule: this model does not depend on τ";
    static final String NO_SCENE = "no noise schedule";

    private static final DecimalFormat TAU_FORMAT = NumberText.pattern("0.000");

    private final XYSeries betaSeries = new XYSeries(BETA, false, true);
    private final XYSeries betaEffSeries = new XYSeries(BETA_EFF, false, true);
    private final XYSeriesCollection scheduleData = new XYSeriesCollection();
    private final ValueMarker tauMarker = new ValueMarker(0, ChartTheme.MARKER, ChartTheme.MARKER_STROKE);
    /** β(τ) and β_eff(τ) at the marked τ: a dot on each curve. */
    private final XYSeries betaAtTau = new XYSeries("β at τ", false, true);
    private final XYSeries betaEffAtTau = new XYSeries("β_eff at τ", false, true);
    private final XYSeriesCollection atTauData = new XYSeriesCollection();
    private NoiseProcess shownProcess;
    private final LogAxis scheduleAxis = new LogAxis("β");
    private final XYPlot plot;
    private final JFreeChart chart;
    private boolean markerShown;
    private double markedTau = Double.NaN;
    private boolean hasSchedule;
    private ModelSpec shownModel;
    private boolean shownOnce;

    ScheduleChart(Runnable changed) {
        super(changed);
        plot = plot();
        chart = ChartTheme.chart(TITLE, plot, true);
        showNoSchedule(NO_SCENE);
    }

    @Override
    JFreeChart chart() { return chart; }

    /** The scene's model has a noise schedule, drawn now. */
    boolean hasSchedule() { return hasSchedule; }

    private XYPlot plot() {
        scheduleData.addSeries(betaSeries);
        scheduleData.addSeries(betaEffSeries);
        NumberAxis tauAxis = new NumberAxis("τ   (0 data · 1 noise)");
        tauAxis.setRange(0, 1);
        tauAxis.setTickUnit(new NumberTickUnit(0.25, NumberText.pattern("0.##")));
        ChartTheme.style(tauAxis);
        // labels at powers of ten (every decade, or every second one when the plot is short),
        // fitted to both curves over their whole range
        scheduleAxis.setNumberFormatOverride(new PowerOfTenFormat());
        scheduleAxis.setSmallestValue(ScheduleCurves.MIN);
        scheduleAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        scheduleAxis.setMinorTickCount(1);
        scheduleAxis.setUpperMargin(0.06);
        scheduleAxis.setLowerMargin(0.04);
        ChartTheme.style(scheduleAxis);

        LineRenderer lines = new LineRenderer();
        lines.setAutoPopulateSeriesStroke(false);
        lines.setDefaultStroke(ChartTheme.THICK);
        lines.setSeriesPaint(0, ChartTheme.ORANGE);
        lines.setSeriesPaint(1, ChartTheme.SKY_BLUE);
        lines.setLegendLine(new Line2D.Double(-10, 0, 10, 0));

        XYPlot p = new NotedXYPlot(scheduleData, tauAxis, scheduleAxis, lines);
        atTauData.addSeries(betaAtTau);
        atTauData.addSeries(betaEffAtTau);
        LineRenderer dots = new LineRenderer();
        dots.setDefaultLinesVisible(false);
        dots.setDefaultShapesVisible(true);
        dots.setAutoPopulateSeriesShape(false);
        dots.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        dots.setUseOutlinePaint(true);
        dots.setDrawOutlines(true);
        dots.setDefaultOutlinePaint(ChartTheme.TEXT);
        dots.setAutoPopulateSeriesOutlineStroke(false);
        dots.setDefaultOutlineStroke(new java.awt.BasicStroke(1.5f));
        dots.setSeriesPaint(0, ChartTheme.ORANGE);
        dots.setSeriesPaint(1, ChartTheme.SKY_BLUE);
        dots.setDefaultSeriesVisibleInLegend(false);
        p.setDataset(1, atTauData);
        p.setRenderer(1, dots);
        p.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);   // the dots over the curves
        tauMarker.setLabelFont(ChartTheme.TICK_FONT);
        tauMarker.setLabelPaint(ChartTheme.TEXT);
        tauMarker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        return p;
    }

    /**
     * Shows the noise schedule of the scene's model. The curves are recomputed only when the model
     * (its description in the scene) changed since the last call; a model without time shows a note.
     */
    void show(Scene scene) {
        ModelSpec model = scene == null ? null : scene.model();
        if (shownOnce && Objects.equals(model, shownModel)) return;
        shownOnce = true;
        shownModel = model;
        if (scene == null) {
            showNoSchedule(NO_SCENE);
            return;
        }
        EnergyModel energyModel;
        try {
            energyModel = SceneSetup.model(scene);
        } catch (RuntimeException e) {
            showNoSchedule("no noise schedule: " + e.getMessage());
            return;
        }
        if (!(energyModel instanceof DiffusionModel d)) {
            showNoSchedule(NO_SCHEDULE);
            return;
        }
        boolean ve = d.process() instanceof NoiseProcess.VarianceExploding;
        betaSeries.setKey(ve ? BETA_VE : BETA);
        betaEffSeries.setKey(ve ? BETA_EFF_VE : BETA_EFF);
        ScheduleCurves curves = ScheduleCurves.of(d.process());
        shownProcess = d.process();
        setSeries(betaSeries, curves.tau(), curves.beta());
        setSeries(betaEffSeries, curves.tau(), curves.betaEff());
        hasSchedule = true;
        scheduleAxis.setAutoRange(true);
        chart.getLegend().setVisible(true);
        ChartTheme.showTickLabels(plot, true);
        plot.setNoDataMessage(null);
        updateMarker(markedTau, markerShown);
        markDirty();
    }

    private static void setSeries(XYSeries series, double[] x, double[] y) {
        series.setNotify(false);
        series.clear();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(y[i])) series.add(x[i], y[i], false);
        }
        series.setNotify(true); // one change event
    }

    private void showNoSchedule(String note) {
        setSeries(betaSeries, new double[0], new double[0]);
        setSeries(betaEffSeries, new double[0], new double[0]);
        hasSchedule = false;
        shownProcess = null;
        scheduleAxis.setAutoRange(false);
        scheduleAxis.setRange(ScheduleCurves.MIN, ScheduleCurves.MAX);
        if (chart != null) chart.getLegend().setVisible(false);
        ChartTheme.showTickLabels(plot, false);
        plot.setNoDataMessage(note);
        updateMarker(markedTau, markerShown);
        markDirty();
    }

    /** Moves the τ marker; NaN hides it. Cheap: call it every frame. */
    void markTau(double tau) {
        boolean show = !Double.isNaN(tau);
        if (show == markerShown && (!show || tau == markedTau)) return;
        markerShown = show;
        markedTau = tau;
        updateMarker(tau, show);
        markDirty();
    }

    private void updateMarker(double tau, boolean show) {
        boolean visible = show && hasSchedule;
        boolean present = tauMarkerShown();
        if (!visible) {
            if (present) plot.removeDomainMarker(0, tauMarker, Layer.FOREGROUND, false);
            setSeries(betaAtTau, new double[0], new double[0]);
            setSeries(betaEffAtTau, new double[0], new double[0]);
            return;
        }
        double t = Math.max(0, Math.min(1, tau));
        double shown = Math.max(ScheduleCurves.TAU_START, t);   // where the curves begin
        setSeries(betaAtTau, new double[] {shown}, new double[] {ScheduleCurves.clip(shownProcess.noiseRate(shown))});
        setSeries(betaEffAtTau, new double[] {shown}, new double[] {ScheduleCurves.clip(shownProcess.betaEff(shown))});
        tauMarker.setValue(t);
        tauMarker.setLabel("τ = " + TAU_FORMAT.format(tau));
        // keep the label inside the plot: to the right of the line on the left half, else to its left
        boolean left = t > 0.5;
        tauMarker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        tauMarker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        if (!present) plot.addDomainMarker(0, tauMarker, Layer.FOREGROUND, false);
    }

    // ---------------------------------------------------------------- for tests

    XYSeriesCollection dataset() { return scheduleData; }

    ValueMarker tauMarker() { return tauMarker; }

    /** The dots at the marked τ: β(τ) and β_eff(τ), or an empty collection. */
    XYSeriesCollection atTauDataset() { return atTauData; }

    LogAxis axis() { return scheduleAxis; }

    boolean tauMarkerShown() {
        var markers = plot.getDomainMarkers(Layer.FOREGROUND);
        return markers != null && markers.contains(tauMarker);
    }

    String note() { return plot.getNoDataMessage(); }
}
