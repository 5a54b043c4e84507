package org.memscape.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.memscape.text.NumberText;

/**
 * The look of every chart, the window's side charts (app.charts.ChartTheme uses these) and the
 * commands' files, built without JavaFX: the palette's dark background, light text, subtle grid
 * and Okabe–Ito colours (plot.Palette), and sizes that read from the back of a lecture room.
 */
public final class ChartLook {

    public static final Color BACKGROUND = Palette.awt(Palette.BACKGROUND);
    public static final Color PLOT_BACKGROUND = Palette.awt(Palette.SURFACE);
    public static final Color TEXT = Palette.awt(Palette.TEXT);
    public static final Color MUTED_TEXT = Palette.awt(Palette.TEXT_MUTED);
    public static final Color AXIS_LINE = Palette.awt(Palette.AXIS);
    public static final Color GRID = Palette.awt(Palette.GRID);
    public static final Color MARKER = Palette.awt(Palette.MARKER);

    /** Okabe–Ito, brightest first (distinct for colour-blind viewers and on a washed-out projector). */
    public static final Color[] SERIES = {
        Palette.awt(Palette.ORANGE), Palette.awt(Palette.SKY_BLUE), Palette.awt(Palette.GREEN),
        Palette.awt(Palette.YELLOW), Palette.awt(Palette.PINK), Palette.awt(Palette.VERMILION),
        Palette.awt(Palette.BLUE), Palette.awt(Palette.TEXT_MUTED),
    };

    /** The charts' fonts, here only: "Dialog" maps to JavaFX's "System" font in the window, the one the window uses. */
    public static final Font TITLE_FONT = new Font(Font.DIALOG, Font.BOLD, 16);
    public static final Font AXIS_LABEL_FONT = new Font(Font.DIALOG, Font.PLAIN, 15);
    public static final Font TICK_FONT = new Font(Font.DIALOG, Font.PLAIN, 13);
    public static final Font LEGEND_FONT = new Font(Font.DIALOG, Font.PLAIN, 13);
    public static final Font NOTE_FONT = new Font(Font.DIALOG, Font.PLAIN, 15);

    public static final Stroke THICK = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke MEDIUM = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[] {1f, 5f}, 0f);
    public static final Stroke MARKER_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {7f, 5f}, 0f);
    public static final Stroke GRID_STROKE = new BasicStroke(1f);

    /** Tick labels as the rest of the window writes numbers (text.NumberText): 0.25, 1,000, −2. */
    private static final java.text.NumberFormat TICKS = NumberText.pattern("#,##0.########");

    private ChartLook() {}

    /** The colour of series k (the palette repeats after eight). */
    public static Color series(int k) {
        return SERIES[Math.floorMod(k, SERIES.length)];
    }

    /** A chart around the plot with a short title, dark and readable; the legend, if any, below. */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new SteadyChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        TextTitle t = chart.getTitle();
        t.setPaint(TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 6, 4, 2));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setBackgroundPaint(null);
            l.setItemPaint(TEXT);
            l.setItemFont(LEGEND_FONT);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setPadding(new RectangleInsets(2, 2, 0, 2));
        }
        plot.setBackgroundPaint(PLOT_BACKGROUND);
        plot.setOutlinePaint(null);
        plot.setNoDataMessageFont(NOTE_FONT);
        plot.setNoDataMessagePaint(MUTED_TEXT);
        plot.setInsets(new RectangleInsets(4, 2, 2, 4));
        if (plot instanceof XYPlot xy) styleGrid(xy);
        return chart;
    }

    /** The plot's background and grid (for the sub-plots of a combined plot). */
    public static void styleGrid(XYPlot xy) {
        xy.setBackgroundPaint(PLOT_BACKGROUND);
        xy.setOutlinePaint(null);
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        xy.setDomainGridlineStroke(GRID_STROKE);
        xy.setRangeGridlineStroke(GRID_STROKE);
        xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        xy.setNoDataMessageFont(NOTE_FONT);
        xy.setNoDataMessagePaint(MUTED_TEXT);
    }

    public static void style(Axis axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        if (axis instanceof ValueAxis v) v.setMinorTickMarksVisible(false);
        // JFreeChart writes ticks in the default locale ("0,5" on a German system) unless given a format
        if (axis instanceof NumberAxis n && n.getNumberFormatOverride() == null) n.setNumberFormatOverride(TICKS);
    }

    /** A legend entry drawn as the given line or shape. */
    public static LegendItem legendItem(String label, Shape shape, boolean filled, Stroke stroke, Paint paint) {
        LegendItem item = filled
                ? new LegendItem(label, null, null, null, shape, paint)
                : new LegendItem(label, null, null, null, shape, stroke, paint);
        item.setLabelPaint(TEXT);
        item.setLabelFont(LEGEND_FONT);
        return item;
    }

    /**
     * A chart that sets a stroke and a font used nowhere else before each draw, so that the first
     * line and text take their own: the window's chart canvas (FXGraphics2D) skips a setStroke or
     * setFont equal to the last one applied, after its save/restore reset them (the first line drawn
     * with the stroke the previous draw ended on came out 1 px wide, seen on the energy legend).
     */
    private static final class SteadyChart extends JFreeChart {
        private static final long serialVersionUID = 1L;
        private static final Stroke RESET_STROKE = new BasicStroke(1.0001f);
        private static final Font RESET_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);

        SteadyChart(String title, Font titleFont, Plot plot, boolean legend) {
            super(title, titleFont, plot, legend);
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
            g2.setStroke(RESET_STROKE);
            g2.setFont(RESET_FONT);
            super.draw(g2, area, anchor, info);
        }
    }
}
