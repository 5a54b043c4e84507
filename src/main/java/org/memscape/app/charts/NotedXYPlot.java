package org.memscape.app.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** An XY plot whose "no data" note wraps to the plot's width. */
final class NotedXYPlot extends XYPlot {
    private static final long serialVersionUID = 1L;

    NotedXYPlot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
        super(data, x, y, renderer);
    }

    @Override
    protected void drawNoDataMessage(Graphics2D g2, Rectangle2D area) {
        ChartTheme.drawNote(g2, area, getNoDataMessage(), getNoDataMessageFont(), getNoDataMessagePaint());
    }
}
