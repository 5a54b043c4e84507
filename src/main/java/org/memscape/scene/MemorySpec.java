package org.memscape.scene;

import java.util.List;

/** A memory as the scene file states it, in canvas coordinates. */
public sealed interface MemorySpec {

    record Point(double x, double y) implements MemorySpec {}

    record Segment(Point start, Point end) implements MemorySpec {}

    record Polyline(List<Point> points) implements MemorySpec {
        public Polyline { points = List.copyOf(points); }
    }

    record Circle(Point center, double radius) implements MemorySpec {}
}
