package org.memscape.app.charts;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeriesCollection;
import org.memscape.scene.Scene;

/**
 * The side charts of the main window, stacked: the noise schedule β(τ) and β_eff(τ) with the
 * current τ ({@link ScheduleChart}), the mean particle energy per step ({@link EnergyChart}; for
 * diffusion the Hopfield energy at β_eff: see {@link EnergyKind}), and the memory weights of the
 * selected particle, "which memory pulls" ({@link WeightsChart}).
 *
 * <p>Call on the FX thread. The per-frame calls ({@link #markTau}, {@link #addEnergy},
 * {@link #showWeights}) only change the charts' data; the charts do not redraw on each change but
 * once on the next pulse (an {@link AnimationTimer} that runs only while something is waiting), so
 * several updates in one frame cost one redraw per chart.
 */
public class ChartsPanel extends VBox {

    private final ScheduleChart schedule = new ScheduleChart(this::requestRepaint);
    private final EnergyChart energy = new EnergyChart(this::requestRepaint);
    private final WeightsChart weights = new WeightsChart(this::requestRepaint);
    private final List<SideChart> all = List.of(schedule, energy, weights);

    /** The viewers, top to bottom; null while the panel is being built (nothing to redraw yet). */
    private final ChartViewer[] viewers;
    private final DoubleProperty[] shares = {new SimpleDoubleProperty(), new SimpleDoubleProperty(),
            new SimpleDoubleProperty()};
    /** The least height of each chart: its title, axes, legend and a plot a few ticks tall. */
    private final DoubleProperty[] leasts = {new SimpleDoubleProperty(), new SimpleDoubleProperty(),
            new SimpleDoubleProperty()};

    private final AnimationTimer repaint = new AnimationTimer() {
        @Override
        public void handle(long now) {
            flush();
        }
    };
    private boolean repaintRunning;

    /** The least heights, px: a plot about 100 px tall under the title, above the axis and legend. */
    public static final double LEAST_SCHEDULE = 220, LEAST_ENERGY = 190, LEAST_WEIGHTS = 160;

    public ChartsPanel() {
        visibleProperty().addListener((o, was, now) -> {
            if (now) requestRepaint();   // catch up on what changed while hidden
        });
        ChartViewer[] made = new ChartViewer[all.size()];
        for (int k = 0; k < made.length; k++) made[k] = ChartTheme.viewer(all.get(k).chart());
        for (SideChart c : all) c.chart().setNotify(false);
        // each chart its share of the tab's height, but never less than it needs to be read: the tab scrolls then
        VBox stack = new VBox(6);
        stack.setPadding(new Insets(4, 0, 4, 0));
        stack.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(stack);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background: " + org.memscape.plot.Palette.BACKGROUND + "; -fx-background-color: transparent;");
        scroll.setFocusTraversable(false);
        scroll.setMinWidth(0);   // the panel shrinks with a narrow window; the charts fit its width
        javafx.beans.binding.DoubleBinding room = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight() - 20, scroll.viewportBoundsProperty());
        for (int k = 0; k < made.length; k++) {
            DoubleProperty least = leasts[k];
            made[k].prefHeightProperty().bind(javafx.beans.binding.Bindings.max(least, room.multiply(shares[k])));
            made[k].minHeightProperty().bind(least);
            VBox.setVgrow(made[k], Priority.NEVER);
        }
        viewers = made;
        shareHeight(schedule.hasSchedule());
        stack.getChildren().addAll(viewers);
        getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setFillWidth(true);
        setBackground(javafx.scene.layout.Background.fill(javafx.scene.paint.Color.web(org.memscape.plot.Palette.BACKGROUND)));
        setPrefSize(360, 700);
        setMinWidth(140);
        getStyleClass().add("charts-panel");
    }

    /**
     * Shows the noise schedule of the scene's model and titles the energy chart for it. The curves
     * are recomputed only when the model (its description in the scene) changed since the last
     * call; a model without time shows a note.
     */
    public void showSchedule(Scene scene) {
        energy.showKind(scene);
        schedule.show(scene);
        shareHeight(schedule.hasSchedule());
    }

    /**
     * The schedule is the lesson's key chart: with a noise schedule it gets the largest share of
     * the height. A model without one shows only a note there, and the energy and weights charts
     * (then the charts that answer something) get the room.
     */
    private void shareHeight(boolean withSchedule) {
        double[] now = withSchedule ? new double[] {0.47, 0.3, 0.23} : new double[] {0.14, 0.5, 0.36};
        double[] least = withSchedule ? new double[] {LEAST_SCHEDULE, LEAST_ENERGY, LEAST_WEIGHTS} : new double[] {90, LEAST_ENERGY, LEAST_WEIGHTS};
        for (int k = 0; k < shares.length; k++) {
            shares[k].set(now[k]);
            leasts[k].set(least[k]);
        }
    }

    /** Moves the τ marker of the schedule chart; NaN hides it. Cheap: call it every frame. */
    public void markTau(double tau) { schedule.markTau(tau); }

    /** Starts a new run: forgets the energy history. */
    public void resetEnergy() { energy.reset(); }

    /**
     * Adds one step's particle energies (the first {@code count} of {@code energies}; for diffusion
     * −log p, of which the chart shows the Hopfield part). The history stays bounded; a step at or
     * before one already shown first drops the points from it on.
     */
    public void addEnergy(int step, float[] energies, int count) { energy.add(step, energies, count); }

    /** Shows the softmax weights of the selected particle over the memories; null shows a note. */
    public void showWeights(double[] w) { weights.show(w); }

    /** How many memories the weights chart has bars for (0: no particle selected). */
    public int weightBars() { return weights.bars(); }

    /** The charts as the tab shows them (β schedule, energy per step, the selected particle's weights), for export. FX thread. */
    public List<JFreeChart> charts() { return List.of(schedule.chart(), energy.chart(), weights.chart()); }

    // ---------------------------------------------------------------- redraws

    private void requestRepaint() {
        if (!repaintRunning && viewers != null) {
            repaintRunning = true;
            repaint.start();
        }
    }

    /** Redraws the charts whose data changed since the last pulse; a hidden panel (another tab) waits until shown. */
    void flush() {
        repaint.stop();
        repaintRunning = false;
        if (!isVisible()) return;   // the charts stay marked: see the listener on visibleProperty
        for (SideChart c : all) c.redrawIfDirty();
    }

    // ---------------------------------------------------------------- for tests

    ChartViewer[] viewers() { return viewers.clone(); }

    /** The charts' heights as laid out, top to bottom (tests of the window). */
    public double[] chartHeights() { return java.util.Arrays.stream(viewers).mapToDouble(v -> v.getHeight()).toArray(); }

    String energyTitle() { return energy.title(); }

    String energyAxisLabel() { return energy.axisLabel(); }

    XYSeriesCollection scheduleDataset() { return schedule.dataset(); }

    ValueMarker tauMarker() { return schedule.tauMarker(); }

    /** The dots at the marked τ: β(τ) and β_eff(τ), or an empty collection. */
    XYSeriesCollection atTauDataset() { return schedule.atTauDataset(); }

    LogAxis scheduleAxis() { return schedule.axis(); }

    boolean tauMarkerShown() { return schedule.tauMarkerShown(); }

    String scheduleNote() { return schedule.note(); }

    EnergyDataset energyDataset() { return energy.dataset(); }

    EnergyHistory energyHistory() { return energy.history(); }

    WeightDataset weightDataset() { return weights.dataset(); }

    String weightsNote() { return weights.note(); }

    JFreeChart scheduleChart() { return schedule.chart(); }

    JFreeChart energyChart() { return energy.chart(); }

    JFreeChart weightsChart() { return weights.chart(); }

    boolean repaintPending() { return repaintRunning; }
}
