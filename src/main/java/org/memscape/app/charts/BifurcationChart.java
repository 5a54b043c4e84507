package org.memscape.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import org.memscape.text.NumberText;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.memscape.structure.BifurcationSweep;
import org.memscape.structure.CriticalPoint;

/**
 * The bifurcation diagram: the critical points of the landscape (their place along the memories'
 * main axis) against β for the Hopfield models, or against τ for diffusion with β_eff(τ) on a
 * second axis. Minima are solid curves, saddles dashed, maxima dotted; a dashed line marks the
 * current β or τ, and a click on the chart asks for another ({@code onPick}). FX thread.
 */
public final class BifurcationChart {

    static final String TITLE = "Fixed points as the valleys split";
    static final Color MINIMUM = ChartTheme.SKY_BLUE;
    static final Color SADDLE = ChartTheme.ORANGE;
    static final Color MAXIMUM = new Color(0xCC, 0x79, 0xA7);
    static final Stroke SOLID = ChartTheme.THICK;
    static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f);
    static final Stroke DOTTED = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 5f}, 0f);
    private static final DecimalFormat VALUE = NumberText.pattern("0.###");

    private final XYSeriesCollection curves = new XYSeriesCollection();
    private final XYSeriesCollection betaEffData = new XYSeriesCollection();
    private final LineRenderer lines = new LineRenderer();
    private final LogAxis betaAxis = new LogAxis("β");
    private final NumberAxis tauAxis = new NumberAxis("τ");
    private final NumberAxis positionAxis = new NumberAxis("position");
    private final LogAxis betaEffAxis = new LogAxis("β_eff(τ)");
    private final ValueMarker marker = new ValueMarker(1, ChartTheme.MARKER, ChartTheme.MARKER_STROKE);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private BifurcationSweep.Parameter parameter;
    private BifurcationCurves shown;

    public BifurcationChart(DoubleConsumer onPick) {
        for (ValueAxis a : new ValueAxis[] {betaAxis, tauAxis, positionAxis, betaEffAxis}) ChartTheme.style(a);
        betaAxis.setNumberFormatOverride(NumberText.pattern("0.###"));
        positionAxis.setAutoRangeIncludesZero(false);
        positionAxis.setNumberFormatOverride(new StepTicks(positionAxis));
        tauAxis.setNumberFormatOverride(new StepTicks(tauAxis));
        betaEffAxis.setNumberFormatOverride(new PowerOfTenFormat());
        betaEffAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());   // whole decades
        betaEffAxis.setTickLabelPaint(ChartTheme.MUTED_TEXT);
        betaEffAxis.setLabelPaint(ChartTheme.MUTED_TEXT);
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        plot = new XYPlot(curves, betaAxis, positionAxis, lines);
        LineRenderer effLine = new LineRenderer();
        effLine.setSeriesPaint(0, ChartTheme.TRACE_LEGEND);
        effLine.setSeriesStroke(0, ChartTheme.THIN);
        plot.setDataset(1, betaEffData);
        plot.setRenderer(1, effLine);
        plot.setNoDataMessage("computing…");
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendLine("minimum", SOLID, MINIMUM));
        legend.add(legendLine("saddle", DASHED, SADDLE));
        legend.add(legendLine("maximum", DOTTED, MAXIMUM));
        plot.setFixedLegendItems(legend);
        marker.setLabelFont(ChartTheme.TICK_FONT);
        marker.setLabelPaint(ChartTheme.TEXT);
        marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        plot.addDomainMarker(0, marker, Layer.FOREGROUND, false);
        chart = ChartTheme.chart(TITLE, plot, true);
        viewer = ChartTheme.viewer(chart);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override public void chartMouseClicked(ChartMouseEventFX e) {
                double value = valueAt(e.getTrigger().getX());
                if (Double.isFinite(value) && shown != null) onPick.accept(value);
            }

            @Override public void chartMouseMoved(ChartMouseEventFX e) { }
        });
    }

    public Region node() { return viewer; }

    /** Shows a note instead of curves (a model with neither β nor τ, or a failure). */
    public void showNote(String note) {
        shown = null;
        curves.removeAllSeries();
        betaEffData.removeAllSeries();
        plot.setNoDataMessage(note);
        ChartTheme.showTickLabels(plot, false);
        chart.fireChartChanged();
    }

    /**
     * Shows a sweep: its points projected on (ux, uy), named {@code axisName}; for τ,
     * {@code betaEff} draws β_eff(τ) against the right-hand axis (null: none).
     */
    public void show(List<BifurcationSweep.Slice> slices, BifurcationSweep.Parameter parameter, double ux, double uy,
            String axisName, double reach, DoubleUnaryOperator betaEff) {
        this.parameter = parameter;
        shown = BifurcationCurves.of(slices, ux, uy, reach);
        curves.removeAllSeries();
        int k = 0;
        for (BifurcationCurves.Branch b : shown.branches()) {
            XYSeries s = new XYSeries("branch " + k, false, true);
            for (double[] p : b.points()) s.add(p[0], p[1], false);
            curves.addSeries(s);
            lines.setSeriesPaint(k, switch (b.kind()) { case MINIMUM -> MINIMUM; case SADDLE -> SADDLE; case MAXIMUM -> MAXIMUM; });
            lines.setSeriesStroke(k, switch (b.kind()) { case MINIMUM -> SOLID; case SADDLE -> DASHED; case MAXIMUM -> DOTTED; });
            k++;
        }
        positionAxis.setLabel(axisName);
        showAtLeast(positionAxis, reach);
        plot.setDomainAxis(parameter == BifurcationSweep.Parameter.BETA ? betaAxis : tauAxis);
        betaEffData.removeAllSeries();
        if (betaEff != null && !slices.isEmpty()) {
            XYSeries s = new XYSeries("β_eff(τ)", false, true);
            for (BifurcationSweep.Slice slice : slices) s.add(slice.value(), betaEff.applyAsDouble(slice.value()), false);
            betaEffData.addSeries(s);
            plot.setRangeAxis(1, betaEffAxis);
            plot.mapDatasetToRangeAxis(1, 1);
        } else {
            plot.setRangeAxis(1, null);
        }
        plot.setNoDataMessage(slices.isEmpty() ? "no critical points" : null);
        ChartTheme.showTickLabels(plot, true);
        chart.fireChartChanged();
    }

    /**
     * A position axis spans at least {@code reach} (0.15 of the domain, see SweepPlan): branches
     * that all stay at one position (the ring's centre, 0 up to rounding) would otherwise be
     * stretched over JFreeChart's least range, 10⁻⁸, its ticks showing rounding noise.
     */
    static void showAtLeast(NumberAxis axis, double reach) {
        if (reach > 0 && Double.isFinite(reach)) axis.setAutoRangeMinimumSize(reach);
    }

    /** Marks the current β or τ; NaN hides the mark. */
    public void mark(double value) {
        if (Double.isNaN(value)) {
            marker.setLabel(null);
            marker.setValue(Double.NaN);
        } else {
            marker.setValue(value);
            marker.setLabel((parameter == BifurcationSweep.Parameter.TAU ? "τ = " : "β = ") + VALUE.format(value));
            double lo = plot.getDomainAxis().getLowerBound(), hi = plot.getDomainAxis().getUpperBound();
            boolean left = parameter == BifurcationSweep.Parameter.BETA
                    ? Math.log(value / lo) > 0.5 * Math.log(hi / lo) : value > 0.5 * (lo + hi);
            marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        }
        chart.fireChartChanged();
    }

    /** The β or τ under a horizontal pixel of the viewer, or NaN outside the plot. */
    double valueAt(double x) {
        var info = viewer.getCanvas().getRenderingInfo();
        if (info == null) return Double.NaN;
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (x < area.getMinX() || x > area.getMaxX()) return Double.NaN;
        return plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge());
    }

    // for tests
    BifurcationCurves curves() { return shown; }

    XYPlot plot() { return plot; }

    ValueMarker marker() { return marker; }

    public JFreeChart chart() { return chart; }

    private static LegendItem legendLine(String label, Stroke stroke, Color paint) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-12, 0, 12, 0), stroke, paint);
        item.setLabelPaint(ChartTheme.TEXT);
        item.setLabelFont(ChartTheme.LEGEND_FONT);
        return item;
    }

    /** The kind's stroke and colour, for a legend elsewhere. */
    static Color paintOf(CriticalPoint.Kind kind) {
        return switch (kind) { case MINIMUM -> MINIMUM; case SADDLE -> SADDLE; case MAXIMUM -> MAXIMUM; };
    }
}
