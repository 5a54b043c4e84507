package org.memscape.app.edit;

import org.memscape.app.landscape.PlotFrame;

/**
 * One kind of mouse gesture on the landscape, from the press that starts it to the release that
 * ends it (as chart-fx keeps one plugin per interaction). The {@link CanvasEditor} decides on the
 * press which gesture it is, then hands it the moves and the release; what a gesture changes goes
 * through the document (a preview per move, one commit at the end: one undo step) or the
 * {@link org.memscape.app.landscape.LandscapeView}.
 */
interface Gesture {

    /**
     * Where the pointer is, in canvas pixels; {@code moved}: it has left the few pixels around
     * the press (a click that wobbles is still a click); {@code clicks}: 2 for a double click.
     */
    record Pointer(double x, double y, boolean moved, int clicks) {}

    /** The pointer moved with the button down. {@code plot} is where the view is drawn now. */
    void drag(PlotFrame plot, Pointer at);

    /**
     * The button came up; {@code plot} may be null (no scene shown). False when the gesture made
     * nothing of it and it counts as a click.
     */
    boolean release(PlotFrame plot, Pointer at);

    /** True while it changes the scene: undo, delete and other keys wait for its end. */
    default boolean editing() { return true; }
}
