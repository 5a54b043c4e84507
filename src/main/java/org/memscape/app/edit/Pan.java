package org.memscape.app.edit;

import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.Domain;

/** The middle button, or Ctrl with the left, drags the view; the wheel zooms around the cursor. */
final class Pan implements Gesture {

    private final Editing editing;
    private final Domain start;
    private final double pressX, pressY;

    Pan(Editing editing, double pressX, double pressY) {
        this.editing = editing;
        this.start = editing.view.domain();
        this.pressX = pressX;
        this.pressY = pressY;
    }

    @Override public void drag(PlotFrame plot, Pointer at) {
        double dx = (at.x() - pressX) / plot.scale();
        double dy = (at.y() - pressY) / plot.scale();
        editing.view.setDomain(new Domain(start.xmin() - dx, start.xmax() - dx, start.ymin() + dy, start.ymax() + dy));
        editing.viewMoved();   // coarse frames first while the view moves
    }

    @Override public boolean release(PlotFrame plot, Pointer at) { return true; }

    @Override public boolean editing() { return false; }

    /**
     * The view zoomed by a wheel turn of {@code deltaY} around (cx, cy): a notch (40) brings it
     * 10% closer, and it stays between 10⁴ times closer and 10³ times farther than {@code whole}.
     */
    static Domain zoomed(Domain view, Domain whole, double cx, double cy, double deltaY) {
        double factor = Math.max(1e-4 * whole.width() / view.width(), Math.min(1e3 * whole.width() / view.width(),
                Math.pow(0.9, deltaY / 40)));
        return new Domain(cx + (view.xmin() - cx) * factor, cx + (view.xmax() - cx) * factor,
                cy + (view.ymin() - cy) * factor, cy + (view.ymax() - cy) * factor);
    }
}
