package org.memscape.app.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/**
 * A chart that resynchronises the drawing state before each draw. The viewer's canvas wraps every
 * draw in save/restore of its GraphicsContext, which resets the line width and font, while
 * FXGraphics2D skips a setStroke or setFont equal to the last one it applied: the first line drawn
 * with the stroke the previous draw ended on came out 1 px wide (seen on the energy legend).
 * Setting a stroke and a font used nowhere else makes the next real ones apply.
 */
final class ThemedChart extends JFreeChart {

    private static final long serialVersionUID = 1L;
    private static final Stroke RESET_STROKE = new BasicStroke(1.0001f);
    private static final Font RESET_FONT = new Font(Font.DIALOG, Font.PLAIN, 1);

    ThemedChart(String title, Font titleFont, Plot plot, boolean legend) {
        super(title, titleFont, plot, legend);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
        g2.setStroke(RESET_STROKE);
        g2.setFont(RESET_FONT);
        super.draw(g2, area, anchor, info);
    }
}
