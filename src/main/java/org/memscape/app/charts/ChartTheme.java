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
import org.memscape.plot.ChartLook;
import org.memscape.plot.Palette;

/**
 * The look of the side charts: plot.ChartLook's colours and fonts (the palette's, the same as the
 * commands' charts), sizes that read from the back of a lecture room when projected (axis names
 * 15 px, ticks 13 px, lines from 2.5 px), and a viewer that does not zoom.
 */
final class ChartTheme {

    static final Color BACKGROUND = ChartLook.BACKGROUND;
    static final Color PLOT_BACKGROUND = ChartLook.PLOT_BACKGROUND;
    static final Color TEXT = ChartLook.TEXT;
    static final Color MUTED_TEXT = ChartLook.MUTED_TEXT;
    static final Color AXIS_LINE = ChartLook.AXIS_LINE;
    static final Color GRID = ChartLook.GRID;

    static final Color ORANGE = Palette.awt(Palette.ORANGE);
    static final Color SKY_BLUE = Palette.awt(Palette.SKY_BLUE);
    static final Color YELLOW = Palette.awt(Palette.YELLOW);
    /** Single particles: faint grey, so eight of them stay behind the mean. */
    static final Color TRACE = Palette.awt(Palette.TRACE);
    static final Color TRACE_LEGEND = Palette.awt(Palette.TRACE_LEGEND);
    static final Color MARKER = ChartLook.MARKER;

    static final Font TITLE_FONT = ChartLook.TITLE_FONT;
    static final Font AXIS_LABEL_FONT = ChartLook.AXIS_LABEL_FONT;
    static final Font TICK_FONT = ChartLook.TICK_FONT;
    static final Font LEGEND_FONT = ChartLook.LEGEND_FONT;
    static final Font NOTE_FONT = ChartLook.NOTE_FONT;

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

    /** Fonts, colours and tick labels of an axis, as the commands' charts have them. */
    static void style(Axis axis) {
        org.memscape.plot.ChartLook.style(axis);
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
