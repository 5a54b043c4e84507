package org.memscape.app.edit;

import java.util.ArrayList;
import java.util.List;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/** With the segment or circle tool, a drag on empty ground draws the memory from the press to the hand. */
final class Create implements Gesture {

    private final Editing editing;
    private final CanvasEditor.Tool tool;
    private final double pressX, pressY;
    private final Scene before;

    Create(Editing editing, CanvasEditor.Tool tool, double pressX, double pressY) {
        this.editing = editing;
        this.tool = tool;
        this.pressX = pressX;
        this.pressY = pressY;
        this.before = editing.scene();
    }

    @Override public void drag(PlotFrame plot, Pointer at) {
        MemorySpec made = at.moved() ? creation(plot, at.x(), at.y()) : null;
        if (made == null) return;
        List<MemorySpec> memories = new ArrayList<>(before.memories());
        memories.add(made);
        editing.preview(before.withMemories(memories));
    }

    @Override public boolean release(PlotFrame plot, Pointer at) {
        editing.document.commit(before);
        if (at.moved()) editing.selectNewest();
        return true;
    }

    /** The memory dragged out from the press point to (px, py), or null while it has no size. */
    private MemorySpec creation(PlotFrame plot, double px, double py) {
        MemorySpec.Point start = new MemorySpec.Point(editing.sceneX(plot, pressX), editing.sceneY(plot, pressY));
        MemorySpec.Point end = new MemorySpec.Point(editing.sceneX(plot, px), editing.sceneY(plot, py));
        if (start.equals(end)) return null;
        if (tool == CanvasEditor.Tool.SEGMENT) return new MemorySpec.Segment(start, end);
        return new MemorySpec.Circle(start, Math.hypot(end.x() - start.x(), end.y() - start.y()));
    }
}
