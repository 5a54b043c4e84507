package org.memscape.app.charts;

import java.text.DecimalFormat;
import org.memscape.text.NumberText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/** The weights chart, "which memory pulls": the selected particle's softmax weights over the memories, the strongest marked. */
final class WeightsChart extends SideChart {

    static final String TITLE = "Which memory pulls";
    static final String NO_SELECTION = "click a particle to see which memory pulls it";

    private final WeightDataset data = new WeightDataset();
    private final JFreeChart chart;

    WeightsChart(Runnable changed) {
        super(changed);
        chart = ChartTheme.chart(TITLE, plot(), false);
        ChartTheme.showTickLabels(chart.getPlot(), false);
    }

    @Override
    JFreeChart chart() { return chart; }

    private CategoryPlot plot() {
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
                return column == data.bars().strongest() ? ChartTheme.ORANGE : ChartTheme.SKY_BLUE;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("memory {1}: weight {2}",
                NumberText.pattern("0.000")));

        CategoryPlot plot = new NotedCategoryPlot(data, memoryAxis, weightAxis, bars);
        plot.setNoDataMessage(NO_SELECTION);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlineStroke(ChartTheme.GRID_STROKE);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Shows the softmax weights over the memories; null shows a note. */
    void show(double[] weights) {
        WeightBars bars = WeightBars.of(weights);
        if ((bars.size() > 0) != (data.bars().size() > 0)) ChartTheme.showTickLabels(chart.getPlot(), bars.size() > 0);
        data.set(bars);
        markDirty();
    }

    /** How many memories the chart has bars for (0: no particle selected). */
    int bars() { return data.bars().size(); }

    // ---------------------------------------------------------------- for tests

    WeightDataset dataset() { return data; }

    String note() { return chart.getPlot().getNoDataMessage(); }
}
