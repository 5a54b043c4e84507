package org.memscape.app.landscape;

import java.util.ArrayList;
import java.util.List;
import org.memscape.scene.MemorySpec;

/**
 * The points a user grabs to move a memory: a point itself, a segment's two ends, a polyline's
 * vertices, a circle's centre and a point on its ring (the radius). Moving a handle makes a new memory.
 */
public final class MemoryHandles {

    private MemoryHandles() {}

    public static List<MemorySpec.Point> of(MemorySpec m) {
        if (m instanceof MemorySpec.Point p) return List.of(p);
        if (m instanceof MemorySpec.Segment s) return List.of(s.start(), s.end());
        if (m instanceof MemorySpec.Polyline l) return l.points();
        MemorySpec.Circle c = (MemorySpec.Circle) m;
        // the centre, and a point on the ring that sets the radius
        return List.of(c.center(), new MemorySpec.Point(c.center().x() + c.radius(), c.center().y()));
    }

    /** The memory moved by (dx, dy) as a whole. */
    public static MemorySpec shifted(MemorySpec m, double dx, double dy) {
        if (m instanceof MemorySpec.Point p) return new MemorySpec.Point(p.x() + dx, p.y() + dy);
        if (m instanceof MemorySpec.Segment s) return new MemorySpec.Segment(shift(s.start(), dx, dy), shift(s.end(), dx, dy));
        if (m instanceof MemorySpec.Polyline l) return new MemorySpec.Polyline(l.points().stream().map(p -> shift(p, dx, dy)).toList());
        MemorySpec.Circle c = (MemorySpec.Circle) m;
        return new MemorySpec.Circle(shift(c.center(), dx, dy), c.radius());
    }

    private static MemorySpec.Point shift(MemorySpec.Point p, double dx, double dy) {
        return new MemorySpec.Point(p.x() + dx, p.y() + dy);
    }

    /** The memory with handle {@code index} moved to (x, y); a circle's centre moves the circle. */
    public static MemorySpec moved(MemorySpec m, int index, double x, double y) {
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
        MemorySpec.Circle c = (MemorySpec.Circle) m;
        if (index == 1) {
            double radius = Math.hypot(x - c.center().x(), y - c.center().y());
            return radius > 0 ? new MemorySpec.Circle(c.center(), radius) : c;
        }
        return new MemorySpec.Circle(to, c.radius());
    }
}
