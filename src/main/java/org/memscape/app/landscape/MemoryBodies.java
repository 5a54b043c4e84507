package org.memscape.app.landscape;

import org.memscape.app.landscape.PlotFrame;

import java.util.List;
import org.memscape.scene.MemorySpec;

/**
 * The line of a segment or polyline and the ring of a circle, where a press grabs the whole
 * memory to move it (its handles reshape it instead). A point memory has no body: its handle is it.
 */
public final class MemoryBodies {

    private MemoryBodies() {}

    /** Pixels from (px, py) to the memory's line or ring; infinite for a point memory. */
    public static double distance(PlotFrame plot, MemorySpec m, double px, double py) {
        if (m instanceof MemorySpec.Segment s) return toSegment(plot, s.start(), s.end(), px, py);
        if (m instanceof MemorySpec.Polyline l) {
            double nearest = Double.POSITIVE_INFINITY;
            List<MemorySpec.Point> points = l.points();
            for (int k = 1; k < points.size(); k++) nearest = Math.min(nearest, toSegment(plot, points.get(k - 1), points.get(k), px, py));
            return nearest;
        }
        if (m instanceof MemorySpec.Circle c) {
            double fromCentre = Math.hypot(plot.px(c.center().x()) - px, plot.py(c.center().y()) - py);
            return Math.abs(fromCentre - c.radius() * plot.scale());
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double toSegment(PlotFrame plot, MemorySpec.Point a, MemorySpec.Point b, double px, double py) {
        double ax = plot.px(a.x()), ay = plot.py(a.y());
        double dx = plot.px(b.x()) - ax, dy = plot.py(b.y()) - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }

    /**
     * The shift (dx, dy) cut back so that no handle of the given memories leaves [−limit, limit]:
     * a memory moved as a whole stays inside the scene's limits as a dragged handle does, and keeps its shape.
     */
    public static double[] limitedShift(List<MemorySpec> memories, java.util.Collection<Integer> moving, double dx, double dy, double limit) {
        double lowX = Double.NEGATIVE_INFINITY, highX = Double.POSITIVE_INFINITY;
        double lowY = Double.NEGATIVE_INFINITY, highY = Double.POSITIVE_INFINITY;
        for (int m : moving) {
            for (MemorySpec.Point h : MemoryHandles.of(memories.get(m))) {
                lowX = Math.max(lowX, -limit - h.x());
                highX = Math.min(highX, limit - h.x());
                lowY = Math.max(lowY, -limit - h.y());
                highY = Math.min(highY, limit - h.y());
            }
        }
        // a memory already outside (a file may hold one) may still move, just not further out
        return new double[] {clamp(dx, Math.min(lowX, 0), Math.max(highX, 0)), clamp(dy, Math.min(lowY, 0), Math.max(highY, 0))};
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
