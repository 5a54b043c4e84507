package org.memscape.app.landscape;

import org.memscape.app.landscape.PlotFrame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.scene.Domain;
import org.memscape.scene.MemorySpec;

class MemoryBodiesTest {

    /** 100 pixels per unit, the origin at pixel (300, 300). */
    private static final PlotFrame PLOT = new PlotFrame(new Domain(-3, 3, -3, 3), 0, 0, 100);

    private static MemorySpec.Point p(double x, double y) { return new MemorySpec.Point(x, y); }

    @Test
    void distance() {
        MemorySpec segment = new MemorySpec.Segment(p(-1, 0), p(1, 0));
        assertEquals(5, MemoryBodies.distance(PLOT, segment, 300, 305), 1e-9, "beside the middle");
        assertEquals(50, MemoryBodies.distance(PLOT, segment, 450, 300), 1e-9, "past an end: to the end");
        MemorySpec polyline = new MemorySpec.Polyline(List.of(p(-1, 0), p(0, 1), p(1, 0)));
        assertEquals(0, MemoryBodies.distance(PLOT, polyline, 250, 250), 1e-9, "on its first leg");
        MemorySpec circle = new MemorySpec.Circle(p(0, 0), 1);
        assertEquals(3, MemoryBodies.distance(PLOT, circle, 300, 197), 1e-9, "just outside the top of the ring");
        assertEquals(100, MemoryBodies.distance(PLOT, circle, 300, 300), 1e-9, "at the centre: a radius away");
        assertEquals(Double.POSITIVE_INFINITY, MemoryBodies.distance(PLOT, p(0, 0), 300, 300), "a point has no body");
    }

    @Test
    void limitedShift() {
        List<MemorySpec> memories = List.of(new MemorySpec.Segment(p(-1, 0), p(8, 0)), new MemorySpec.Circle(p(0, 0), 1));
        assertArrayEquals(new double[] {2, -3}, MemoryBodies.limitedShift(memories, List.of(0), 5, -3, 10), 1e-12,
                "the right end stops at the limit, the shape stays");
        assertArrayEquals(new double[] {-4, 0.5}, MemoryBodies.limitedShift(memories, List.of(1), -4, 0.5, 10), 1e-12);
        assertArrayEquals(new double[] {2, 0}, MemoryBodies.limitedShift(memories, List.of(0, 1), 20, 0, 10), 1e-12,
                "a group stops when its first member reaches the limit");
        List<MemorySpec> outside = List.of(new MemorySpec.Segment(p(11, 0), p(12, 0)));
        assertArrayEquals(new double[] {-1, 0}, MemoryBodies.limitedShift(outside, List.of(0), -1, 0, 10), 1e-12,
                "one already outside may come back");
        assertArrayEquals(new double[] {0, 0}, MemoryBodies.limitedShift(outside, List.of(0), 1, 0, 10), 1e-12);
    }
}
