package org.memscape.scene;

import java.util.List;

/** A memory as the scene file states it, in canvas coordinates. */
public sealed interface MemorySpec {

    /** The memory's kind as the scene file names it: point, segment, polyline or circle. */
    default String kind() {
        if (this instanceof Point) return "point";
        if (this instanceof Segment) return "segment";
        return this instanceof Polyline ? "polyline" : "circle";
    }

    record Point(double x, double y) implements MemorySpec {}

    record Segment(Point start, Point end) implements MemorySpec {}

    record Polyline(List<Point> points) implements MemorySpec {
        public Polyline { points = List.copyOf(points); }
    }

    record Circle(Point center, double radius) implements MemorySpec {}
}
