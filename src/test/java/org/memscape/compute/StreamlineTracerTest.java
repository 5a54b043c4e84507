package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memscape.core.EnergyModel;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/** Streamlines go along the force, keep apart, end in valleys, and are the same every time. */
class StreamlineTracerTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final Grid VIEW = new Grid(-3, 3, -3, 3, FrameEngine.STREAMLINE_GRID);
    private static final double SEPARATION = 6.0 / StreamlineTracer.LINES_ACROSS;

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    private static EnergyModel model(String memories) throws Exception {
        return SceneSetup.model(SceneReader.parse("{\"memscape\": 1, \"memories\": [" + memories + "],"
                + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2}}", "test"));
    }

    private static final String TWO_POINTS_AND_A_SEGMENT =
            "{\"point\": [1.5, 1]}, {\"point\": [-1.5, -0.5]}, {\"segment\": [[-2, 2], [0, 2.5]]}";

    private static Streamlines trace(EnergyModel model) {
        FieldBuffer force = new FieldBuffer();
        new FieldEvaluator(POOL).evaluate(model, Double.NaN, VIEW, true, force, Cancellation.NEVER);
        Streamlines lines = new Streamlines();
        new StreamlineTracer().trace(force, lines);
        return lines;
    }

    @Test
    void everyStepGoesAlongTheForce() throws Exception {
        EnergyModel model = model(TWO_POINTS_AND_A_SEGMENT);
        Streamlines lines = trace(model);
        assertTrue(lines.lineCount() > 30, "lines fill the view: " + lines.lineCount());
        double[] force = new double[2];
        for (int l = 0; l < lines.lineCount(); l++) {
            for (int p = lines.start(l); p + 1 < lines.end(l); p++) {
                double dx = lines.x(p + 1) - lines.x(p), dy = lines.y(p + 1) - lines.y(p);
                model.energy(new double[] {(lines.x(p) + lines.x(p + 1)) / 2, (lines.y(p) + lines.y(p + 1)) / 2}, Double.NaN, force);
                assertTrue(dx * force[0] + dy * force[1] > 0, "line " + l + " point " + p + " goes against the force");
            }
        }
    }

    @Test
    void linesKeepApartAndCoverTheView() throws Exception {
        Streamlines lines = trace(model(TWO_POINTS_AND_A_SEGMENT));
        double closest = Double.POSITIVE_INFINITY;
        int[] covered = new int[36];
        for (int a = 0; a < lines.lineCount(); a++) {
            for (int p = lines.start(a); p < lines.end(a); p++) {
                covered[(int) ((lines.y(p) + 3) / 1.0001) * 6 + (int) ((lines.x(p) + 3) / 1.0001)]++;
                for (int b = a + 1; b < lines.lineCount(); b++) {
                    for (int q = lines.start(b); q < lines.end(b); q++) {
                        closest = Math.min(closest, Math.hypot(lines.x(p) - lines.x(q), lines.y(p) - lines.y(q)));
                    }
                }
            }
        }
        assertTrue(closest >= 0.5 * SEPARATION * (1 - 1e-5), "two lines came within " + closest + " of each other");
        for (int cell = 0; cell < covered.length; cell++) assertTrue(covered[cell] > 0, "no line crosses sixth " + cell);
    }

    @Test
    void aSinglePointMemoryDrawsEveryLineIntoIt() throws Exception {
        Streamlines lines = trace(model("{\"point\": [0.5, -0.5]}"));
        assertTrue(lines.lineCount() > 10, "lines: " + lines.lineCount());
        double nearestEnd = Double.POSITIVE_INFINITY;
        for (int l = 0; l < lines.lineCount(); l++) {
            for (int p = lines.start(l); p + 1 < lines.end(l); p++) {
                double dx = lines.x(p + 1) - lines.x(p), dy = lines.y(p + 1) - lines.y(p);
                double tx = 0.5 - lines.x(p), ty = -0.5 - lines.y(p);
                assertTrue(dx * tx + dy * ty > 0, "line " + l + " turns away from the memory at point " + p);
            }
            int last = lines.end(l) - 1;
            nearestEnd = Math.min(nearestEnd, Math.hypot(lines.x(last) - 0.5, lines.y(last) + 0.5));
        }
        assertTrue(nearestEnd < 0.25 * SEPARATION, "a line reaches the memory: " + nearestEnd);
    }

    @Test
    void theSameFieldGivesTheSameLinesFromAReusedTracer() throws Exception {
        FieldBuffer force = new FieldBuffer();
        FieldEvaluator evaluator = new FieldEvaluator(POOL);
        evaluator.evaluate(model(TWO_POINTS_AND_A_SEGMENT), Double.NaN, VIEW, true, force, Cancellation.NEVER);
        StreamlineTracer tracer = new StreamlineTracer();
        Streamlines first = new Streamlines();
        tracer.trace(force, first);
        float[] before = Arrays.copyOf(first.xy(), 2 * first.pointCount());
        FieldBuffer other = new FieldBuffer();
        evaluator.evaluate(model("{\"point\": [2, 2]}"), Double.NaN, VIEW, true, other, Cancellation.NEVER);
        Streamlines reused = new Streamlines();
        tracer.trace(other, reused);
        tracer.trace(force, reused);
        assertEquals(first.lineCount(), reused.lineCount());
        assertArrayEquals(before, Arrays.copyOf(reused.xy(), 2 * reused.pointCount()));
    }

    @Test
    void aFieldWithoutForceHasNoLines() {
        FieldBuffer flat = new FieldBuffer();
        flat.prepare(VIEW, true);
        Streamlines lines = new Streamlines();
        new StreamlineTracer().trace(flat, lines);
        assertEquals(0, lines.lineCount());
    }

    @Test
    void noLineCreepsAlongASharpRidge() throws Exception {
        // two steep valleys: the ridge between them is the line y = x, where the force jumps from one side to the other
        Streamlines lines = trace(SceneSetup.model(SceneReader.parse("{\"memscape\": 1, \"memories\": "
                + "[{\"point\": [-1.5, 1.5]}, {\"point\": [1.5, -1.5]}], \"model\": {\"type\": \"hopfield-distance\", \"beta\": 200}}", "test")));
        double cell = 6.0 / FrameEngine.STREAMLINE_GRID;
        for (int l = 0; l < lines.lineCount(); l++) {
            int onRidge = 0;
            for (int p = lines.start(l); p < lines.end(l); p++) {
                if (Math.abs(lines.x(p) - lines.y(p)) / Math.sqrt(2) < cell) onRidge++;
            }
            assertTrue(onRidge <= 2, "line " + l + " runs along the ridge for " + onRidge + " points");
        }
    }
}
