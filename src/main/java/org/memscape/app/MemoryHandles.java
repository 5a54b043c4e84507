package org.memscape.app;

import java.util.ArrayList;
import java.util.List;
import org.memscape.scene.MemorySpec;

/**
 * The points a user grabs to move a memory: a point itself, a segment's two ends, a polyline's
 * vertices, a circle's centre. Moving a handle makes a new memory.
 */
final class MemoryHandles {

    private MemoryHandles() {}

    static List<MemorySpec.Point> of(MemorySpec m) {
        if (m instanceof MemorySpec.Point p) return List.of(p);
        if (m instanceof MemorySpec.Segment s) return List.of(s.start(), s.end());
        if (m instanceof MemorySpec.Polyline l) return l.points();
        return List.of(((MemorySpec.Circle) m).center());
    }

    /** The memory with handle {@code index} moved to (x, y); a circle's centre moves the circle. */
    static MemorySpec moved(MemorySpec m, int index, double x, double y) {
        MemorySpec.Point to = new MemorySpec.Point(x, y);
        if (m instanceof MemorySpec.Point) return to;
        if (m instanceof MemorySpec.Segment s) {
            MemorySpec.Point start = index == 0 ? to : s.start();
            MemorySpec.Point end = index == 1 ? to : s.end();
            // two ends on top of each other would be a zero-length segment: keep the old one
            return start.equals(end) ? s : new MemorySpec.Segment(start, end);
        }
        if (m instanceof MemorySpec.Polyline l) {
            List<MemorySpec.Point> points = new ArrayList<>(l.points());
            points.set(index, to);
            for (int k = 1; k < points.size(); k++) {
                if (points.get(k).equals(points.get(k - 1))) return l;
            }
            return new MemorySpec.Polyline(points);
        }
        return new MemorySpec.Circle(to, ((MemorySpec.Circle) m).radius());
    }
}
