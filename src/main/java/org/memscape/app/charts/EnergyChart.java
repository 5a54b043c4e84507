package org.memscape.app.charts;

import java.awt.Shape;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.memscape.scene.Scene;

/**
 * The energy chart: the mean particle energy per step and single particles' traces (for
 * diffusion the Hopfield energy at β_eff: see {@link EnergyKind}), a Lyapunov check.
 */
final class EnergyChart extends SideChart {

    static final String TITLE = EnergyKind.ENERGY_TITLE;
    static final String NO_ENERGY = "press Play to see the particles' energy (none? add some in the Model tab)";

    private final EnergyHistory history = new EnergyHistory();
    private final EnergyDataset data = new EnergyDataset(history);
    private final NumberAxis energyAxis = new NumberAxis(EnergyKind.ENERGY_AXIS);
    private final JFreeChart chart;
    private boolean axesShown;
    private EnergyKind kind = EnergyKind.PLAIN;

    EnergyChart(Runnable changed) {
        super(changed);
        chart = ChartTheme.chart(TITLE, plot(), true);
        showAxes(false);
    }

    @Override
    JFreeChart chart() { return chart; }

    private XYPlot plot() {
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

        XYPlot plot = new NotedXYPlot(data, stepAxis, energyAxis, lines);
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

    /** Titles the chart for the scene ({@link EnergyKind}): a new title redraws it. */
    void showKind(Scene scene) {
        kind = EnergyKind.of(scene);
        if (!kind.title().equals(chart.getTitle().getText()) || !kind.axis().equals(energyAxis.getLabel())) {
            chart.getTitle().setText(kind.title());
            energyAxis.setLabel(kind.axis());
            markDirty();
        }
    }

    /** Starts a new run: forgets the energy history. */
    void reset() {
        history.clear();
        showAxes(false);
        data.changed();
        markDirty();
    }

    /** See {@link ChartsPanel#addEnergy}. */
    void add(int step, float[] energies, int count) {
        if (history.add(step, energies, count, kind.offset(step))) {
            if (!axesShown) showAxes(true);
            data.changed();
            markDirty();
        }
    }

    /** Tick labels only with data: an empty chart shows its note, not a meaningless 0 … 1. */
    private void showAxes(boolean show) {
        axesShown = show;
        ChartTheme.showTickLabels(chart.getPlot(), show);
        chart.getLegend().setVisible(show);
    }

    // ---------------------------------------------------------------- for tests

    String title() { return chart.getTitle().getText(); }

    String axisLabel() { return energyAxis.getLabel(); }

    EnergyDataset dataset() { return data; }

    EnergyHistory history() { return history; }
}
