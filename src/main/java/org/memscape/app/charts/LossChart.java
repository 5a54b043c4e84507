package org.memscape.app.charts;

import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The training loss of a network as it learns the scene's memories (issue 16): the denoising loss
 * of each step's batch (thin) and its mean over the last {@value #WINDOW} steps (thick), against the
 * step, the loss on a log axis. Points come in batches, one redraw per batch: call on the FX thread.
 */
public final class LossChart {

    static final String TITLE = "Training loss";
    static final String NO_LOSS = "press Learn to train a network on the memories";
    /** The thick line is the mean of this many steps, as the training's final loss is. */
    static final int WINDOW = 100;

    private final XYSeries steps = new XYSeries("loss of each step", false, true);
    private final XYSeries mean = new XYSeries("mean of 100 steps", false, true);
    private final double[] recent = new double[WINDOW];
    private int count;
    private final JFreeChart chart;
    private final ChartViewer viewer;

    public LossChart() {
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        stepAxis.setAutoRangeIncludesZero(false);
        ChartTheme.style(stepAxis);
        LogAxis lossAxis = new LogAxis("loss");
        lossAxis.setSmallestValue(1e-3);
        lossAxis.setNumberFormatOverride(org.memscape.text.NumberText.pattern("0.0##"));
        ChartTheme.style(lossAxis);
        LineRenderer lines = new LineRenderer();
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setSeriesPaint(0, ChartTheme.TRACE_LEGEND);
        lines.setSeriesStroke(0, ChartTheme.THIN);
        lines.setSeriesPaint(1, ChartTheme.ORANGE);
        lines.setSeriesStroke(1, ChartTheme.THICK);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(steps);
        data.addSeries(mean);
        XYPlot plot = new NotedXYPlot(data, stepAxis, lossAxis, lines);
        plot.setNoDataMessage(NO_LOSS);
        chart = ChartTheme.chart(TITLE, plot, true);
        ChartTheme.showTickLabels(plot, false);
        viewer = ChartTheme.viewer(chart);
    }

    public Region node() { return viewer; }

    /** Forgets the points: a new training. */
    public void clear() {
        steps.clear();
        mean.clear();
        count = 0;
        ChartTheme.showTickLabels(chart.getPlot(), false);
    }

    /** Adds the losses of steps {@code first}, {@code first + 1}, …, then redraws once. */
    public void add(int first, double[] losses, int n) {
        if (n == 0) return;
        steps.setNotify(false);
        mean.setNotify(false);
        for (int k = 0; k < n; k++) {
            int step = first + k;
            double loss = losses[k];
            recent[count % WINDOW] = loss;
            count++;
            int kept = Math.min(count, WINDOW);
            double sum = 0;
            for (int i = 0; i < kept; i++) sum += recent[i];
            if (loss > 0) steps.add(step, loss, false);
            if (count >= 10 && step % 10 == 0) mean.add(step, sum / kept, false);
        }
        ChartTheme.showTickLabels(chart.getPlot(), true);
        steps.setNotify(true);
        mean.setNotify(true);
    }

    /** The steps shown (tests). */
    public int pointCount() { return steps.getItemCount(); }
}
