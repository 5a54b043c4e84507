package org.memscape.plot;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Path;
import org.memscape.text.NumberText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.memscape.experiment.CapacityExperiment;
import org.memscape.experiment.Method;
import org.memscape.experiment.TrajectoryExperiment;

/**
 * The experiments' figures. Capacity (the paper's Figure 3): the mean Hamming error against the
 * dimension for several pattern counts, with bootstrap bands and the threshold, above the capacity
 * against the dimension. Trajectories (Figure 2a): each coordinate's path under the
 * probability-flow ODE and the reverse SDE, and the modern Hopfield updates.
 */
public final class ExperimentCharts {

    /** Layout sizes (PNG files have twice the pixels). */
    public static final int CAPACITY_WIDTH = 760, CAPACITY_HEIGHT = 640;
    public static final int TRAJECTORY_WIDTH = 760, TRAJECTORY_HEIGHT = 480;

    private static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape SMALL_DOT = new Ellipse2D.Double(-3, -3, 6, 6);
    private static final Shape BIG_DOT = new Ellipse2D.Double(-5, -5, 10, 10);
    private static final Shape LEGEND_LINE = new Line2D.Double(-10, 0, 10, 0);

    private ExperimentCharts() {}

    /** The capacity figure of the dimensions done so far (any order), for one or more models. */
    public static JFreeChart capacity(String title, List<CapacityExperiment.Dimension> dims, double threshold, int[] curves) {
        NumberAxis dimAxis = new NumberAxis("dimension d");
        dimAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        dimAxis.setAutoRangeIncludesZero(false);
        ChartLook.style(dimAxis);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dimAxis);
        plot.setGap(12);
        plot.add(errorPlot(dims, threshold, curves), 3);
        plot.add(capacityPlot(dims), 2);
        JFreeChart chart = ChartLook.chart(title, plot, true);
        plot.setBackgroundPaint(ChartLook.BACKGROUND);
        return chart;
    }

    private static List<Method> models(List<CapacityExperiment.Dimension> dims) {
        TreeSet<Method> models = new TreeSet<>();
        for (CapacityExperiment.Dimension d : dims) models.add(d.model());
        return new ArrayList<>(models);
    }

    private static XYPlot errorPlot(List<CapacityExperiment.Dimension> dims, double threshold, int[] curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.22f);
        List<Method> models = models(dims);
        boolean several = models.size() > 1;
        for (Method model : models) {
            for (int c = 0; c < curves.length; c++) {
                int n = curves[c];
                YIntervalSeries series = new YIntervalSeries((several ? model.key() + ", " : "") + "n = " + n);
                for (CapacityExperiment.Dimension d : dims) {
                    if (d.model() != model) continue;
                    for (CapacityExperiment.Point p : d.points()) {
                        if (p.patterns() != n) continue;
                        double low = Double.isNaN(p.error().low()) ? p.error().value() : p.error().low();
                        double high = Double.isNaN(p.error().high()) ? p.error().value() : p.error().high();
                        series.add(d.dim(), p.error().value(), low, high);
                    }
                }
                int index = data.getSeriesCount();
                data.addSeries(series);
                Color colour = ChartLook.series(c);
                renderer.setSeriesPaint(index, colour);
                renderer.setSeriesFillPaint(index, colour);
                renderer.setSeriesStroke(index, modelStroke(model, models, 2f));
                renderer.setSeriesShape(index, DOT);
            }
        }
        NumberAxis errorAxis = new NumberAxis("mean Hamming error");
        errorAxis.setNumberFormatOverride(NumberText.pattern("0%"));
        errorAxis.setAutoRangeIncludesZero(true);
        ChartLook.style(errorAxis);
        XYPlot plot = new XYPlot(data, null, errorAxis, renderer);
        ChartLook.styleGrid(plot);
        ValueMarker line = new ValueMarker(threshold, ChartLook.MARKER, ChartLook.MARKER_STROKE);
        line.setLabel("threshold " + NumberText.pattern("0.#%").format(threshold));
        line.setLabelFont(ChartLook.TICK_FONT);
        line.setLabelPaint(ChartLook.TEXT);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        line.setLabelOffset(new RectangleInsets(2, 4, 2, 6));
        plot.addRangeMarker(line);
        return plot;
    }

    /** The line of a model: solid for diffusion (or a single model), dashed for modern Hopfield, dotted for classical. */
    private static java.awt.Stroke modelStroke(Method model, List<Method> models, float width) {
        if (models.size() == 1 || model == Method.DIFFUSION) {
            return new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND);
        }
        float[] pattern = model == Method.HOPFIELD ? new float[] {3.5f * width, 2.5f * width} : new float[] {0.5f, 2.5f * width};
        return new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    private static XYPlot capacityPlot(List<CapacityExperiment.Dimension> dims) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int largest = 0;
        for (CapacityExperiment.Dimension d : dims) largest = Math.max(largest, d.capacity());
        // the capacity grows about exponentially with d: a log axis shows it as a line (a capacity of 0 has no place on it)
        boolean log = largest >= 20;
        List<Method> models = models(dims);
        for (int m = 0; m < models.size(); m++) {
            Method model = models.get(m);
            XYSeries series = new XYSeries("capacity" + (models.size() > 1 ? ", " + model.key() : ""), true, false);
            for (CapacityExperiment.Dimension d : dims) {
                if (d.model() != model || (log && d.capacity() == 0)) continue;
                series.add(d.dim(), d.capacity());
            }
            data.addSeries(series);
            renderer.setSeriesPaint(m, ChartLook.TEXT);
            renderer.setSeriesStroke(m, modelStroke(model, models, 3f));
            renderer.setSeriesShape(m, models.size() == 1 ? BIG_DOT : SMALL_DOT);
        }
        ValueAxis axis;
        if (log) {
            LogAxis logAxis = new LogAxis("capacity (patterns)");
            logAxis.setBase(10);
            logAxis.setSmallestValue(0.5);
            logAxis.setUpperMargin(0.12);
            logAxis.setNumberFormatOverride(NumberText.pattern("#,##0"));
            logAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = logAxis;
        } else {
            NumberAxis linear = new NumberAxis("capacity (patterns)");
            linear.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis = linear;
        }
        ChartLook.style(axis);
        XYPlot plot = new XYPlot(data, null, axis, renderer);
        ChartLook.styleGrid(plot);
        return plot;
    }

    /** The trajectory figure: coordinates by colour; ODE thick, SDE thin, Hopfield updates as dots at (j / updates). */
    public static JFreeChart trajectories(String title, TrajectoryExperiment.Paths paths, double beta) {
        int dim = paths.start().length;
        double start = paths.times()[0];
        XYSeriesCollection ode = new XYSeriesCollection();
        XYSeriesCollection sde = new XYSeriesCollection();
        XYSeriesCollection hopfield = new XYSeriesCollection();
        for (int i = 0; i < dim; i++) {
            XYSeries o = new XYSeries("x" + (i + 1) + " ode", false, true);
            XYSeries s = new XYSeries("x" + (i + 1) + " sde", false, true);
            for (int k = 0; k < paths.times().length; k++) {
                double progress = 1 - paths.times()[k] / start;
                o.add(progress, paths.ode()[k][i], false);
                s.add(progress, paths.sde()[k][i], false);
            }
            XYSeries h = new XYSeries("x" + (i + 1) + " hopfield", false, true);
            int updates = paths.hopfield().length - 1;
            for (int j = 0; j <= updates; j++) h.add(updates == 0 ? 0 : j / (double) updates, paths.hopfield()[j][i], false);
            ode.addSeries(o);
            sde.addSeries(s);
            hopfield.addSeries(h);
        }
        NumberAxis progressAxis = new NumberAxis("retrieval progress   1 − t / t_start   (Hopfield update j at j / " + (paths.hopfield().length - 1) + ")");
        progressAxis.setRange(-0.02, 1.02);
        progressAxis.setTickUnit(new NumberTickUnit(0.25, NumberText.pattern("0.##")));
        ChartLook.style(progressAxis);
        NumberAxis valueAxis = new NumberAxis("coordinate value");
        valueAxis.setAutoRangeIncludesZero(true);
        ChartLook.style(valueAxis);

        XYLineAndShapeRenderer thin = lines(dim, ChartLook.THIN, 150, false);
        XYLineAndShapeRenderer thick = lines(dim, ChartLook.THICK, 255, false);
        XYLineAndShapeRenderer dots = lines(dim, ChartLook.DOTTED, 255, true);
        XYPlot plot = new XYPlot(sde, progressAxis, valueAxis, thin);
        plot.setDataset(1, ode);
        plot.setRenderer(1, thick);
        plot.setDataset(2, hopfield);
        plot.setRenderer(2, dots);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartLook.legendItem("probability-flow ODE", LEGEND_LINE, false, ChartLook.THICK, ChartLook.TEXT));
        legend.add(ChartLook.legendItem("reverse SDE", LEGEND_LINE, false, ChartLook.THIN, ChartLook.MUTED_TEXT));
        legend.add(ChartLook.legendItem("modern Hopfield updates (β = " + NumberText.pattern("0.###").format(beta) + ")",
                BIG_DOT, true, null, ChartLook.TEXT));
        for (int i = 0; i < Math.min(dim, ChartLook.SERIES.length); i++) {
            legend.add(ChartLook.legendItem("x" + (i + 1), LEGEND_LINE, false, ChartLook.THICK, ChartLook.series(i)));
        }
        plot.setFixedLegendItems(legend);
        return ChartLook.chart(title, plot, true);
    }

    private static XYLineAndShapeRenderer lines(int series, java.awt.Stroke stroke, int alpha, boolean shapes) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, shapes);
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < series; i++) {
            Color c = ChartLook.series(i);
            r.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
            r.setSeriesStroke(i, stroke);
            r.setSeriesShape(i, BIG_DOT);
        }
        return r;
    }

    /** "Capacity at mean error ≤ 3% (denoising, θ = 0.68, 140 reps)". */
    public static String capacityTitle(CapacityExperiment.Settings s) {
        return String.format(java.util.Locale.ROOT, "Capacity at mean error ≤ %s (%s, θ = %s, %d reps)",
                NumberText.pattern("0.#%").format(s.threshold()), s.task().key(), s.protocol().theta(), s.reps());
    }

    /** "Retrieval paths: d = 5, 4 patterns, θ = 0.68". */
    public static String trajectoryTitle(TrajectoryExperiment.Settings s) {
        return String.format(java.util.Locale.ROOT, "Retrieval paths: d = %d, %d patterns, θ = %s", s.dim(), s.patterns(), s.theta());
    }

    // ---------------------------------------------------------------- files

    /** Writes the capacity figure (PNG or SVG by the name), with {@code about} as text chunks or an XML comment. */
    public static void writeCapacity(String title, List<CapacityExperiment.Dimension> dims, double threshold, int[] curves,
                                     Map<String, String> about, Path target) throws IOException {
        ChartOutput.write(capacity(title, dims, threshold, curves), CAPACITY_WIDTH, CAPACITY_HEIGHT, about, target);
    }

    /** Writes the trajectory figure (PNG or SVG by the name). */
    public static void writeTrajectories(String title, TrajectoryExperiment.Paths paths, double beta,
                                         Map<String, String> about, Path target) throws IOException {
        ChartOutput.write(trajectories(title, paths, beta), TRAJECTORY_WIDTH, TRAJECTORY_HEIGHT, about, target);
    }

    /** Whether a file name asks for a picture this package writes (.png or .svg). */
    public static boolean writable(Path target) {
        return ChartOutput.kindOf(target) != null;
    }

    /** An ordered copy of the text for a file's provenance. */
    public static Map<String, String> about(String title, String software, long seed, String settings) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("Title", title);
        about.put("Software", software);
        about.put("Seed", Long.toString(seed));
        if (!settings.isBlank()) about.put("Description", settings);
        return about;
    }
}
