package org.memscape.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of the side charts: the window's dark background, light text, subtle grid, and sizes
 * that read from the back of a lecture room when projected (axis names 15 px, ticks 13 px, lines
 * from 2.5 px). Font family "Dialog" maps to JavaFX's "System" font, the one the window uses.
 */
final class ChartTheme {

    static final Color BACKGROUND = new Color(0x1e, 0x1f, 0x24);
    static final Color PLOT_BACKGROUND = new Color(0x24, 0x26, 0x2c);
    static final Color TEXT = new Color(0xe6, 0xe6, 0xe6);
    static final Color MUTED_TEXT = new Color(0xb4, 0xb9, 0xc3);
    static final Color AXIS_LINE = new Color(0x8a, 0x8f, 0x99);
    static final Color GRID = new Color(255, 255, 255, 34);

    // Okabe–Ito colours: distinct for colour-blind viewers and on a washed-out projector.
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
    static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    /** Single particles: faint grey, so eight of them stay behind the mean. */
    static final Color TRACE = new Color(0xB4, 0xB9, 0xC3, 95);
    static final Color TRACE_LEGEND = new Color(0xB4, 0xB9, 0xC3, 170);
    static final Color MARKER = new Color(0xe6, 0xe6, 0xe6, 200);

    static final Font TITLE_FONT = new Font(Font.DIALOG, Font.BOLD, 16);
    static final Font AXIS_LABEL_FONT = new Font(Font.DIALOG, Font.PLAIN, 15);
    static final Font TICK_FONT = new Font(Font.DIALOG, Font.PLAIN, 13);
    static final Font LEGEND_FONT = new Font(Font.DIALOG, Font.PLAIN, 13);
    static final Font NOTE_FONT = new Font(Font.DIALOG, Font.PLAIN, 15);

    static final Stroke THICK = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN_LEGEND = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke MARKER_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {7f, 5f}, 0f);
    static final Stroke GRID_STROKE = new BasicStroke(1f);

    private ChartTheme() {}

    /**
     * A chart around the plot with a short title, dark and readable; no legend unless asked. The
     * same chart as the commands' ({@link org.memscape.plot.ChartLook#chart}, whose colours and
     * fonts ChartLookTest holds equal to these), so the window and the files cannot drift apart.
     */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        return org.memscape.plot.ChartLook.chart(title, plot, legend);
    }

    static void style(Axis axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        if (axis instanceof ValueAxis v) v.setMinorTickMarksVisible(false);
    }

    /** Shows or hides the tick labels and marks of both axes (hidden while a plot shows a note). */
    static void showTickLabels(Plot plot, boolean show) {
        Axis[] axes;
        if (plot instanceof XYPlot xy) {
            axes = new Axis[] {xy.getDomainAxis(), xy.getRangeAxis()};
            xy.setDomainGridlinesVisible(show);
            xy.setRangeGridlinesVisible(show);
        } else if (plot instanceof CategoryPlot c) {
            axes = new Axis[] {c.getDomainAxis(), c.getRangeAxis()};
            c.setRangeGridlinesVisible(show);
        } else {
            return;
        }
        for (Axis a : axes) {
            if (a.isTickLabelsVisible() == show && a.isTickMarksVisible() == show) continue;
            a.setTickLabelsVisible(show);
            a.setTickMarksVisible(show);
        }
    }

    /**
     * A viewer for the chart that does not zoom or pan (a stray scroll or drag during a lecture must
     * not change the picture) and that can shrink with the panel. Its context menu still exports.
     */
    static ChartViewer viewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, true);
        ChartCanvas canvas = viewer.getCanvas();
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        for (String id : new String[] {"zoom", "pan", "scroll"}) {
            MouseHandlerFX h = canvas.getMouseHandler(id);
            if (h != null) {
                canvas.removeMouseHandler(h);
                canvas.removeAuxiliaryMouseHandler(h);
            }
        }
        // The canvas reports its current size as its minimum: without these the panel never shrinks.
        viewer.setMinSize(120, 90);
        viewer.setPrefSize(360, 233);
        return viewer;
    }

    /** Draws a note centred in the area, wrapped to its width (for plots with nothing to show). */
    static void drawNote(Graphics2D g2, Rectangle2D area, String note, Font font, Paint paint) {
        if (note == null || note.isEmpty()) return;
        float width = (float) Math.max(40, area.getWidth() - 16);
        TextBlock block = TextUtils.createTextBlock(note, font, paint, width, 4, new G2TextMeasurer(g2));
        block.setLineAlignment(HorizontalAlignment.CENTER);
        g2.setFont(font);
        g2.setPaint(paint);
        block.draw(g2, (float) area.getCenterX(), (float) area.getCenterY(), TextBlockAnchor.CENTER);
    }
}
