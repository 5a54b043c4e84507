package org.memscape.app.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.CategoryDataset;

/** A category plot whose "no data" note wraps to the plot's width. */
final class NotedCategoryPlot extends CategoryPlot {
    private static final long serialVersionUID = 1L;

    NotedCategoryPlot(CategoryDataset data, CategoryAxis x, ValueAxis y, CategoryItemRenderer renderer) {
        super(data, x, y, renderer);
    }

    @Override
    protected void drawNoDataMessage(Graphics2D g2, Rectangle2D area) {
        ChartTheme.drawNote(g2, area, getNoDataMessage(), getNoDataMessageFont(), getNoDataMessagePaint());
    }
}
