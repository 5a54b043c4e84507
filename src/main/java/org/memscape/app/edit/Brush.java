package org.memscape.app.edit;

import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.Scene;

/** Shift+drag paints particles in along the stroke; one undo takes the stroke back. */
final class Brush implements Gesture {

    /** Brushed particles are at least this far apart along a stroke. */
    private static final double SPACING_PIXELS = 7;

    private final Editing editing;
    private final Scene before;
    private double lastX = Double.NaN, lastY;

    /** Starts the stroke with a particle under the press. */
    Brush(Editing editing, PlotFrame plot, double px, double py) {
        this.editing = editing;
        this.before = editing.scene();
        brush(plot, px, py);
    }

    @Override public void drag(PlotFrame plot, Pointer at) {
        brush(plot, at.x(), at.y());
    }

    @Override public boolean release(PlotFrame plot, Pointer at) {
        editing.document.commit(before);
        return true;
    }

    /** Adds a particle under the brush, at least a few pixels from the last one of the stroke. */
    private void brush(PlotFrame plot, double px, double py) {
        if (!Double.isNaN(lastX) && Math.hypot(px - lastX, py - lastY) < SPACING_PIXELS) return;
        lastX = px;
        lastY = py;
        editing.preview(BrushedParticles.add(editing.scene(), editing.sceneX(plot, px), editing.sceneY(plot, py)));
    }
}
