package org.memscape.app.edit;

import java.util.ArrayList;
import java.util.List;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.ExtendedMemories;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * With the polyline tool, each click on the plot adds a corner; a double click, Enter or another
 * tool ends the line (one undo step), Esc drops it. It outlives the press and release of each
 * click: while it is drawn its own corners and lines lie under the clicks, and they add corners,
 * never grab.
 */
final class Polyline implements Gesture {

    private final Editing editing;
    private final List<MemorySpec.Point> corners = new ArrayList<>();
    private Scene before;

    Polyline(Editing editing) {
        this.editing = editing;
    }

    /** True while a line is being drawn. */
    boolean drawing() { return !corners.isEmpty(); }

    @Override public void drag(PlotFrame plot, Pointer at) { }

    /** A click on the plot: one more corner (a double click also ends the line); anything else is not the line's. */
    @Override public boolean release(PlotFrame plot, Pointer at) {
        if (at.moved() || plot == null || !editing.hits(plot).inside(at.x(), at.y())) return false;
        add(new MemorySpec.Point(editing.sceneX(plot, at.x()), editing.sceneY(plot, at.y())), at.clicks() >= 2);
        return true;
    }

    @Override public boolean editing() { return drawing(); }

    private void add(MemorySpec.Point corner, boolean last) {
        if (corners.isEmpty()) {
            if (!ExtendedMemories.allowed(editing.scene())) {
                editing.say.accept(ExtendedMemories.REFUSAL);
                return;
            }
            before = editing.scene();
        }
        if (corners.isEmpty() || !corners.get(corners.size() - 1).equals(corner)) corners.add(corner);
        if (corners.size() >= 2) {
            List<MemorySpec> memories = new ArrayList<>(before.memories());
            memories.add(new MemorySpec.Polyline(corners));
            editing.preview(before.withMemories(memories));
        }
        if (last) finish();
    }

    /** Ends the line being drawn: one undo step. */
    void finish() {
        if (corners.isEmpty()) return;
        if (corners.size() >= 2) {
            editing.document.commit(before);
            editing.selectNewest();
        }
        corners.clear();
        before = null;
    }

    /** Drops the line being drawn. */
    void cancel() {
        if (corners.isEmpty()) return;
        editing.document.preview(before);
        corners.clear();
        before = null;
    }
}
