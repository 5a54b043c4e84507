package org.memscape.app.edit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.memscape.app.landscape.MemoryBodies;
import org.memscape.app.landscape.MemoryHandles;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.MemorySpec;

/**
 * What lies under a point of the landscape, in canvas pixels: a memory's handle (which reshapes
 * or moves it), the line or ring of an extended memory (which moves it whole), a particle, the
 * memories inside a box. Plain geometry on a {@link PlotFrame}, with no JavaFX: unit-tested
 * without a window.
 */
public final class Hits {

    /** A press this close to a handle grabs it (times the look's mark scale: larger marks when presenting). */
    static final double GRAB_PIXELS = 14;
    /** A press this close to a line or ring grabs the whole memory (the lines are drawn 9 px wide). */
    static final double BODY_PIXELS = 7;
    /** A click this close to a particle's centre picks it (its disc is about this big). */
    static final double PICK_PIXELS = 5;

    /** Handle {@code handle} (in {@link MemoryHandles#of}'s order) of memory {@code memory}. */
    public record Handle(int memory, int handle) {}

    /** What a press would take hold of: nothing, a memory to move whole, or a handle that reshapes one. */
    public enum Grab { NOTHING, WHOLE, HANDLE }

    private final PlotFrame plot;
    private final List<MemorySpec> memories;
    private final double markScale;

    /** @param markScale the look's mark scale: memories drawn larger are grabbed farther out */
    public Hits(PlotFrame plot, List<MemorySpec> memories, double markScale) {
        this.plot = plot;
        this.memories = memories;
        this.markScale = markScale;
    }

    /** True when the point is on the plot (its edges included). */
    public boolean inside(double px, double py) {
        return px >= plot.left() && px <= plot.right() && py >= plot.top() && py <= plot.bottom();
    }

    /** The handle nearest the point within reach, or null; on a tie the first memory's. */
    public Handle handleAt(double px, double py) {
        Handle best = null;
        double bestDistance = GRAB_PIXELS * markScale;
        for (int m = 0; m < memories.size(); m++) {
            List<MemorySpec.Point> handles = MemoryHandles.of(memories.get(m));
            for (int h = 0; h < handles.size(); h++) {
                double d = Math.hypot(plot.px(handles.get(h).x()) - px, plot.py(handles.get(h).y()) - py);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new Handle(m, h);
                }
            }
        }
        return best;
    }

    /** The extended memory whose line or ring passes nearest (within reach) of the point, or −1. */
    public int bodyAt(double px, double py) {
        int best = -1;
        double bestDistance = BODY_PIXELS * markScale;
        for (int m = 0; m < memories.size(); m++) {
            double d = MemoryBodies.distance(plot, memories.get(m), px, py);
            if (d <= bestDistance) {   // on a tie the later one, drawn on top, wins
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }

    /**
     * What a press at the point takes hold of: a point memory, a circle's centre, or any memory's
     * line or ring moves it whole; any other handle reshapes it.
     */
    public Grab grabAt(double px, double py) {
        Handle hit = handleAt(px, py);
        if (hit != null) {
            MemorySpec m = memories.get(hit.memory());
            boolean whole = m instanceof MemorySpec.Point || (m instanceof MemorySpec.Circle && hit.handle() == 0);
            return whole ? Grab.WHOLE : Grab.HANDLE;
        }
        return bodyAt(px, py) >= 0 ? Grab.WHOLE : Grab.NOTHING;
    }

    /** The particle (of {@code count}, at x, y pairs in {@code xy}) nearest the point within reach, or −1. */
    public int particleAt(float[] xy, int count, double px, double py) {
        int best = -1;
        double bestDistance = PICK_PIXELS;
        for (int p = 0; p < count; p++) {
            double d = Math.hypot(plot.px(xy[2 * p]) - px, plot.py(xy[2 * p + 1]) - py);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    /** The memories whose handles all lie in the box between two points (its edges included). */
    public Set<Integer> inBox(double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1), right = Math.max(x0, x1), top = Math.min(y0, y1), bottom = Math.max(y0, y1);
        Set<Integer> chosen = new TreeSet<>();
        for (int m = 0; m < memories.size(); m++) {
            boolean inside = true;
            for (MemorySpec.Point h : MemoryHandles.of(memories.get(m))) {
                double px = plot.px(h.x()), py = plot.py(h.y());
                inside &= px >= left && px <= right && py >= top && py <= bottom;
            }
            if (inside) chosen.add(m);
        }
        return chosen;
    }
}
