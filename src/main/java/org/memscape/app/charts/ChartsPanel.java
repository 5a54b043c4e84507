package org.memscape.app.charts;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import org.memscape.text.NumberText;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.NoiseProcess;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.scene.ModelSpec;

/**
 * The side charts of the main window, stacked: the noise schedule β(τ) and β_eff(τ) with the
 * current τ, the mean particle energy per step (for diffusion the Hopfield energy at β_eff: see
 * {@link EnergyKind}), and the memory weights of the selected particle ("which memory pulls").
 *
 * <p>Call on the FX thread. The per-frame calls ({@link #markTau}, {@link #addEnergy},
 * {@link #showWeights}) only change the charts' data; the charts do not redraw on each change but
 * once on the next pulse (an {@link AnimationTimer} that runs only while something is waiting), so
 * several updates in one frame cost one redraw per chart.
 */
public class ChartsPanel extends VBox {

    static final String SCHEDULE_TITLE = "Noise schedule";
    static final String ENERGY_TITLE = EnergyKind.ENERGY_TITLE;
    static final String WEIGHTS_TITLE = "Which memory pulls";

    static final String BETA = "β(τ)";
    static final String BETA_EFF = "β_eff(τ) = ᾱ/(1 − ᾱ)";
    /** VE has no β and no ᾱ: the chart shows its noise rate and 1/σ². */
    static final String BETA_VE = "g²(τ) = dσ²/dτ";
    static final String BETA_EFF_VE = "β_eff(τ) = 1/σ²(τ)";
    static final String NO_SCHEDULE = "no noise schedule: this model does not depend on τ";
    static final String NO_SCENE = "no noise schedule";
    static final String NO_ENERGY = "press Play to see the particles' energy (none? add some in the Model tab)";
    static final String NO_SELECTION = "click a particle to see which memory pulls it";

    private static final DecimalFormat TAU_FORMAT = NumberText.pattern("0.000");

    // schedule
    private final XYSeries betaSeries = new XYSeries(BETA, false, true);
    private final XYSeries betaEffSeries = new XYSeries(BETA_EFF, false, true);
    private final XYSeriesCollection scheduleData = new XYSeriesCollection();
    private final ValueMarker tauMarker = new ValueMarker(0, ChartTheme.MARKER, ChartTheme.MARKER_STROKE);
    /** β(τ) and β_eff(τ) at the marked τ: a dot on each curve. */
    private final XYSeries betaAtTau = new XYSeries("β at τ", false, true);
    private final XYSeries betaEffAtTau = new XYSeries("β_eff at τ", false, true);
    private final XYSeriesCollection atTauData = new XYSeriesCollection();
    private org.memscape.core.NoiseProcess shownProcess;
    private final LogAxis scheduleAxis = new LogAxis("β");
    private final XYPlot schedulePlot;
    private final JFreeChart scheduleChart;
    private boolean markerShown;
    private double markedTau = Double.NaN;
    private boolean hasSchedule;
    private ModelSpec shownModel;
    private boolean scheduleShownOnce;

    // energy
    private final EnergyHistory history = new EnergyHistory();
    private final EnergyDataset energyData = new EnergyDataset(history);
    private final JFreeChart energyChart;
    private final NumberAxis energyAxis = new NumberAxis(EnergyKind.ENERGY_AXIS);
    private boolean energyAxesShown;
    private EnergyKind energyKind = EnergyKind.PLAIN;

    // weights
    private final WeightDataset weightData = new WeightDataset();
    private final JFreeChart weightsChart;

    private final ChartViewer scheduleViewer;
    private final ChartViewer energyViewer;
    private final ChartViewer weightsViewer;

    private boolean scheduleDirty;
    private boolean energyDirty;
    private boolean weightsDirty;
    private final AnimationTimer repaint = new AnimationTimer() {
        @Override
        public void handle(long now) {
            flush();
        }
    };
    private boolean repaintRunning;

    public ChartsPanel() {
        schedulePlot = schedulePlot();
        scheduleChart = ChartTheme.chart(SCHEDULE_TITLE, schedulePlot, true);
        energyChart = ChartTheme.chart(ENERGY_TITLE, energyPlot(), true);
        weightsChart = ChartTheme.chart(WEIGHTS_TITLE, weightsPlot(), false);
        showNoSchedule(NO_SCENE);
        visibleProperty().addListener((o, was, now) -> {
            if (now) requestRepaint();   // catch up on what changed while hidden
        });
        showEnergyAxes(false);
        ChartTheme.showTickLabels(weightsChart.getPlot(), false);

        scheduleViewer = ChartTheme.viewer(scheduleChart);
        energyViewer = ChartTheme.viewer(energyChart);
        weightsViewer = ChartTheme.viewer(weightsChart);
        for (JFreeChart c : new JFreeChart[] {scheduleChart, energyChart, weightsChart}) c.setNotify(false);
        for (int k = 0; k < viewers().length; k++) {
            viewers()[k].prefHeightProperty().bind(heightProperty().subtract(20).multiply(shares[k]));
            VBox.setVgrow(viewers()[k], Priority.NEVER);
        }
        shareHeight(hasSchedule);
        getChildren().addAll(scheduleViewer, energyViewer, weightsViewer);
        setSpacing(6);
        setPadding(new Insets(4, 0, 4, 0));
        setFillWidth(true);
        setBackground(javafx.scene.layout.Background.fill(javafx.scene.paint.Color.web(org.memscape.plot.Palette.BACKGROUND)));
        setPrefSize(360, 700);
        setMinWidth(140);
        getStyleClass().add("charts-panel");
    }

    // ---------------------------------------------------------------- schedule

    private XYPlot schedulePlot() {
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

        XYPlot plot = new NotedXYPlot(scheduleData, tauAxis, scheduleAxis, lines);
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
        plot.setDataset(1, atTauData);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);   // the dots over the curves
        tauMarker.setLabelFont(ChartTheme.TICK_FONT);
        tauMarker.setLabelPaint(ChartTheme.TEXT);
        tauMarker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        return plot;
    }

    /**
     * Shows the noise schedule of the scene's model. The curves are recomputed only when the model
     * (its description in the scene) changed since the last call; a model without time shows a note.
     */
    public void showSchedule(Scene scene) {
        showEnergyKind(scene);
        ModelSpec model = scene == null ? null : scene.model();
        if (scheduleShownOnce && Objects.equals(model, shownModel)) return;
        scheduleShownOnce = true;
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
        if (scheduleViewer != null) shareHeight(true);
        scheduleAxis.setAutoRange(true);
        scheduleChart.getLegend().setVisible(true);
        ChartTheme.showTickLabels(schedulePlot, true);
        schedulePlot.setNoDataMessage(null);
        updateMarker(markedTau, markerShown);
        markScheduleDirty();
    }

    /**
     * The schedule is the lesson's key chart: with a noise schedule it gets the largest share of
     * the height. A model without one shows only a note there, and the energy and weights charts
     * (then the charts that answer something) get the room.
     */
    private void shareHeight(boolean withSchedule) {
        double[] now = withSchedule ? new double[] {0.47, 0.3, 0.23} : new double[] {0.14, 0.5, 0.36};
        for (int k = 0; k < shares.length; k++) shares[k].set(now[k]);
    }

    private final javafx.beans.property.DoubleProperty[] shares = {
            new javafx.beans.property.SimpleDoubleProperty(), new javafx.beans.property.SimpleDoubleProperty(),
            new javafx.beans.property.SimpleDoubleProperty()};

    ChartViewer[] viewers() { return new ChartViewer[] {scheduleViewer, energyViewer, weightsViewer}; }

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
        if (scheduleViewer != null) shareHeight(false);
        shownProcess = null;
        scheduleAxis.setAutoRange(false);
        scheduleAxis.setRange(ScheduleCurves.MIN, ScheduleCurves.MAX);
        if (scheduleChart != null) scheduleChart.getLegend().setVisible(false);
        ChartTheme.showTickLabels(schedulePlot, false);
        schedulePlot.setNoDataMessage(note);
        updateMarker(markedTau, markerShown);
        markScheduleDirty();
    }

    /** Moves the τ marker of the schedule chart; NaN hides it. Cheap: call it every frame. */
    public void markTau(double tau) {
        boolean show = !Double.isNaN(tau);
        if (show == markerShown && (!show || tau == markedTau)) return;
        markerShown = show;
        markedTau = tau;
        updateMarker(tau, show);
        markScheduleDirty();
    }

    private void updateMarker(double tau, boolean show) {
        boolean visible = show && hasSchedule;
        boolean present = schedulePlot.getDomainMarkers(Layer.FOREGROUND) != null
                && schedulePlot.getDomainMarkers(Layer.FOREGROUND).contains(tauMarker);
        if (!visible) {
            if (present) schedulePlot.removeDomainMarker(0, tauMarker, Layer.FOREGROUND, false);
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
        if (!present) schedulePlot.addDomainMarker(0, tauMarker, Layer.FOREGROUND, false);
    }

    // ---------------------------------------------------------------- energy

    /** Titles the energy chart for the scene ({@link EnergyKind}): a new title redraws it. */
    private void showEnergyKind(Scene scene) {
        energyKind = EnergyKind.of(scene);
        if (!energyKind.title().equals(energyChart.getTitle().getText()) || !energyKind.axis().equals(energyAxis.getLabel())) {
            energyChart.getTitle().setText(energyKind.title());
            energyAxis.setLabel(energyKind.axis());
            markEnergyDirty();
        }
    }

    /** The energy chart's title, for tests. */
    String energyTitle() { return energyChart.getTitle().getText(); }

    /** The energy axis's label, for tests. */
    String energyAxisLabel() { return energyAxis.getLabel(); }

    private XYPlot energyPlot() {
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        stepAxis.setAutoRangeIncludesZero(false);
        stepAxis.setLowerMargin(0.01);
        stepAxis.setUpperMargin(0.02);
        ChartTheme.style(stepAxis);
        energyAxis.setAutoRangeIncludesZero(false);
        energyAxis.setAutoRangeStickyZero(false);
        ChartTheme.style(energyAxis);

        LineRenderer lines = new LineRenderer();
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setDefaultPaint(ChartTheme.TRACE);
        lines.setDefaultStroke(ChartTheme.THIN);
        lines.setSeriesPaint(0, ChartTheme.YELLOW);
        lines.setSeriesStroke(0, ChartTheme.THICK);

        XYPlot plot = new NotedXYPlot(energyData, stepAxis, energyAxis, lines);
        plot.setNoDataMessage(NO_ENERGY);
        Shape line = new Line2D.Double(-10, 0, 10, 0);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendLine("mean", line, ChartTheme.THICK, ChartTheme.YELLOW));
        legend.add(legendLine("single particles", line, ChartTheme.THIN_LEGEND, ChartTheme.TRACE_LEGEND));
        plot.setFixedLegendItems(legend);
        return plot;
    }

    private static LegendItem legendLine(String label, Shape line, java.awt.Stroke stroke, java.awt.Paint paint) {
        LegendItem item = new LegendItem(label, null, null, null, line, stroke, paint);
        item.setLabelPaint(ChartTheme.TEXT);
        item.setLabelFont(ChartTheme.LEGEND_FONT);
        return item;
    }

    /** Starts a new run: forgets the energy history. */
    public void resetEnergy() {
        history.clear();
        showEnergyAxes(false);
        energyData.changed();
        markEnergyDirty();
    }

    /**
     * Adds one step's particle energies (the first {@code count} of {@code energies}; for diffusion
     * −log p, of which the chart shows the Hopfield part). The history stays bounded; a step at or
     * before one already shown first drops the points from it on.
     */
    public void addEnergy(int step, float[] energies, int count) {
        if (history.add(step, energies, count, energyKind.offset(step))) {
            if (!energyAxesShown) showEnergyAxes(true);
            energyData.changed();
            markEnergyDirty();
        }
    }

    /** Tick labels only with data: an empty chart shows its note, not a meaningless 0 … 1. */
    private void showEnergyAxes(boolean show) {
        energyAxesShown = show;
        ChartTheme.showTickLabels(energyChart.getPlot(), show);
        energyChart.getLegend().setVisible(show);
    }

    // ---------------------------------------------------------------- weights

    private CategoryPlot weightsPlot() {
        MemoryAxis memoryAxis = new MemoryAxis("memory");
        memoryAxis.setCategoryMargin(0.25);
        memoryAxis.setLowerMargin(0.02);
        memoryAxis.setUpperMargin(0.02);
        ChartTheme.style(memoryAxis);
        NumberAxis weightAxis = new NumberAxis("weight");
        weightAxis.setRange(0, 1);
        weightAxis.setTickUnit(new NumberTickUnit(0.5, NumberText.pattern("0.#")));
        ChartTheme.style(weightAxis);

        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column == weightData.bars().strongest() ? ChartTheme.ORANGE : ChartTheme.SKY_BLUE;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("memory {1}: weight {2}",
                NumberText.pattern("0.000")));

        CategoryPlot plot = new NotedCategoryPlot(weightData, memoryAxis, weightAxis, bars);
        plot.setNoDataMessage(NO_SELECTION);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlineStroke(ChartTheme.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Shows the softmax weights of the selected particle over the memories; null shows a note. */
    public void showWeights(double[] weights) {
        WeightBars bars = WeightBars.of(weights);
        if ((bars.size() > 0) != (weightData.bars().size() > 0)) ChartTheme.showTickLabels(weightsChart.getPlot(), bars.size() > 0);
        weightData.set(bars);
        markWeightsDirty();
    }

    /** How many memories the weights chart has bars for (0: no particle selected). */
    public int weightBars() { return weightData.bars().size(); }

    // ---------------------------------------------------------------- redraws

    private void markScheduleDirty() { scheduleDirty = true; requestRepaint(); }

    private void markEnergyDirty() { energyDirty = true; requestRepaint(); }

    private void markWeightsDirty() { weightsDirty = true; requestRepaint(); }

    private void requestRepaint() {
        if (!repaintRunning && scheduleViewer != null) {
            repaintRunning = true;
            repaint.start();
        }
    }

    /** Redraws the charts whose data changed since the last pulse; a hidden panel (another tab) waits until shown. */
    void flush() {
        repaint.stop();
        repaintRunning = false;
        if (!isVisible()) return;   // the dirty flags stay set: see the listener on visibleProperty
        if (scheduleDirty) redraw(scheduleChart);
        if (energyDirty) redraw(energyChart);
        if (weightsDirty) redraw(weightsChart);
        scheduleDirty = energyDirty = weightsDirty = false;
    }

    private static void redraw(JFreeChart chart) {
        chart.setNotify(true); // fires one change event: the viewer's canvas draws the chart
        chart.setNotify(false);
    }

    /** The charts as the tab shows them (β schedule, energy per step, the selected particle's weights), for export. FX thread. */
    public java.util.List<JFreeChart> charts() { return java.util.List.of(scheduleChart, energyChart, weightsChart); }

    // ---------------------------------------------------------------- for tests

    XYSeriesCollection scheduleDataset() { return scheduleData; }

    ValueMarker tauMarker() { return tauMarker; }

    /** The dots at the marked τ: β(τ) and β_eff(τ), or an empty collection. */
    XYSeriesCollection atTauDataset() { return atTauData; }

    org.jfree.chart.axis.LogAxis scheduleAxis() { return scheduleAxis; }

    boolean tauMarkerShown() {
        var markers = schedulePlot.getDomainMarkers(Layer.FOREGROUND);
        return markers != null && markers.contains(tauMarker);
    }

    String scheduleNote() { return schedulePlot.getNoDataMessage(); }

    EnergyDataset energyDataset() { return energyData; }

    EnergyHistory energyHistory() { return history; }

    WeightDataset weightDataset() { return weightData; }

    String weightsNote() { return weightsChart.getPlot().getNoDataMessage(); }

    JFreeChart scheduleChart() { return scheduleChart; }

    JFreeChart energyChart() { return energyChart; }

    JFreeChart weightsChart() { return weightsChart; }

    boolean repaintPending() { return repaintRunning; }

    /** An XY plot whose "no data" note wraps to the plot's width. */
    private static final class NotedXYPlot extends XYPlot {
        private static final long serialVersionUID = 1L;

        NotedXYPlot(org.jfree.data.xy.XYDataset data, org.jfree.chart.axis.ValueAxis x,
                org.jfree.chart.axis.ValueAxis y, org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
            super(data, x, y, renderer);
        }

        @Override
        protected void drawNoDataMessage(Graphics2D g2, Rectangle2D area) {
            ChartTheme.drawNote(g2, area, getNoDataMessage(), getNoDataMessageFont(), getNoDataMessagePaint());
        }
    }

    /** A category plot whose "no data" note wraps to the plot's width. */
    private static final class NotedCategoryPlot extends CategoryPlot {
        private static final long serialVersionUID = 1L;

        NotedCategoryPlot(org.jfree.data.category.CategoryDataset data, org.jfree.chart.axis.CategoryAxis x,
                org.jfree.chart.axis.ValueAxis y, org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
            super(data, x, y, renderer);
        }

        @Override
        protected void drawNoDataMessage(Graphics2D g2, Rectangle2D area) {
            ChartTheme.drawNote(g2, area, getNoDataMessage(), getNoDataMessageFont(), getNoDataMessagePaint());
        }
    }
}
