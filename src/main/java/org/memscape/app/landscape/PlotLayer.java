package org.memscape.app.landscape;

import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn over the landscape by another part of the window (the structure views: fixed
 * points, paired runs), above the memories and particles and under the selection. The canvas
 * paints it into a layer of its own, again only when {@link #state()} changed or the plot moved.
 */
public interface PlotLayer {

    /**
     * Paints in the canvas's coordinates (plot.px, plot.py), on a cleared layer. Called on the FX
     * thread.
     */
    void paint(GraphicsContext gc, PlotFrame plot, CanvasLook look);

    /** What the picture depends on: a change of it (by equals) repaints the layer. Null: nothing to draw. */
    Object state();
}
