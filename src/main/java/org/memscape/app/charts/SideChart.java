package org.memscape.app.charts;

import org.jfree.chart.JFreeChart;

/**
 * One of the side charts: its JFreeChart and whether its data changed since it was last drawn.
 * A change only marks the chart and tells the panel, which redraws it once on the next pulse.
 */
abstract class SideChart {

    private final Runnable changed;
    private boolean dirty;

    /** @param changed called on every change of the data (the panel then asks for a redraw) */
    SideChart(Runnable changed) {
        this.changed = changed;
    }

    abstract JFreeChart chart();

    final void markDirty() {
        dirty = true;
        changed.run();
    }

    /** Draws the chart if its data changed since the last draw. */
    final void redrawIfDirty() {
        if (dirty) {
            JFreeChart chart = chart();
            chart.setNotify(true); // fires one change event: the viewer's canvas draws the chart
            chart.setNotify(false);
        }
        dirty = false;
    }
}
