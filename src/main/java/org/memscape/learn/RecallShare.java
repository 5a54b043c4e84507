package org.memscape.learn;

import java.util.List;
import org.memscape.core.Memory;

/**
 * Recall versus generation (Ambrogioni 2023, Fig. 2b): the share of particles that end on a memory,
 * within a radius of it (of the point, or of the nearest point of a segment, polyline or ring),
 * rather than between memories.
 */
public final class RecallShare {

    private RecallShare() {}

    /** The share of the {@code count} positions (x0, y0, x1, y1, …) within {@code radius} of a memory. */
    public static double of(List<Memory> memories, float[] xy, int count, double radius) {
        if (count == 0) return Double.NaN;
        int on = 0;
        for (int p = 0; p < count; p++) {
            if (distance(memories, xy[2 * p], xy[2 * p + 1]) <= radius) on++;
        }
        return (double) on / count;
    }

    /** The distance from (x, y) to the nearest memory (in the plane of the first two coordinates). */
    public static double distance(List<Memory> memories, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (Memory m : memories) best = Math.min(best, distance(m, x, y));
        return best;
    }

    static double distance(Memory m, double x, double y) {
        if (m instanceof Memory.Point p) {
            double[] c = p.y();
            return Math.hypot(x - c[0], y - c[1]);
        }
        if (m instanceof Memory.Segment s) return toSegment(s.start(), s.end(), x, y);
        if (m instanceof Memory.Polyline l) {
            List<double[]> v = l.vertices();
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k + 1 < v.size(); k++) best = Math.min(best, toSegment(v.get(k), v.get(k + 1), x, y));
            return best;
        }
        Memory.Circle c = (Memory.Circle) m;
        double[] o = c.center();
        return Math.abs(Math.hypot(x - o[0], y - o[1]) - c.radius());
    }

    private static double toSegment(double[] a, double[] b, double x, double y) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / length2));
        return Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy);
    }
}
