package org.memscape.app.charts;

import java.awt.Shape;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Lines only, each series drawn as one path, and no chart entity per point: the viewer would
 * otherwise build thousands of hover regions (unused here) on every frame of a run.
 */
final class LineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    LineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
    }

    @Override
    protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
            double entityX, double entityY) {
        // no hover regions
    }
}
