package org.memscape.app.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.memscape.app.landscape.MemoryBodies;
import org.memscape.app.landscape.MemoryHandles;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * A memory grabbed by a handle (which moves that handle) or by its line or ring (which moves it
 * whole); when it is one of several selected, they all move whole together. The field follows
 * during the drag; one undo takes the whole drag back.
 */
final class Drag implements Gesture {

    private final Editing editing;
    private final int memory;
    /** The handle being dragged, or −1 when the memory was grabbed by its line or ring. */
    private final int handle;
    private final Set<Integer> group;
    /** Where the memory was grabbed, in scene coordinates. */
    private final double grabX, grabY;
    private final Scene before;

    /** Grabs {@code memory} at a press at (px, py), by {@code handle} or (−1) by its body, and selects it. */
    Drag(Editing editing, PlotFrame plot, int memory, int handle, double px, double py) {
        this.editing = editing;
        this.memory = memory;
        this.handle = handle;
        this.grabX = editing.sceneX(plot, px);
        this.grabY = editing.sceneY(plot, py);
        this.before = editing.scene();
        if (editing.view.selectedMemories().contains(memory)) {
            group = editing.view.selectedMemories();
        } else {
            group = Set.of(memory);
            editing.view.select(memory, editing.view.selectedParticle());
        }
    }

    @Override public void drag(PlotFrame plot, Pointer at) {
        if (!at.moved()) return;
        double x = editing.sceneX(plot, at.x()), y = editing.sceneY(plot, at.y());
        List<MemorySpec> memories = new ArrayList<>(before.memories());
        if (handle < 0 || group.size() > 1) {
            // grabbed by its line, or several selected: all move whole, by the hand's (or the grabbed handle's) displacement
            MemorySpec.Point grabbed = handle < 0 ? new MemorySpec.Point(grabX, grabY) : MemoryHandles.of(memories.get(memory)).get(handle);
            double[] shift = MemoryBodies.limitedShift(memories, group, x - grabbed.x(), y - grabbed.y(), editing.limit());
            for (int m : group) memories.set(m, MemoryHandles.shifted(memories.get(m), shift[0], shift[1]));
        } else {
            memories.set(memory, MemoryHandles.moved(memories.get(memory), handle, x, y));
        }
        editing.preview(before.withMemories(memories));
    }

    @Override public boolean release(PlotFrame plot, Pointer at) {
        if (at.moved()) editing.document.commit(before);
        return true;
    }
}
