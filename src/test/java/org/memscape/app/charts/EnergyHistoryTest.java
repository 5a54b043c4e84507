package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnergyHistoryTest {

    private static float[] energies(float... e) { return e; }

    /** Energies that identify the step and particle: step + particle / 100. */
    private static float[] tagged(int step, int particles) {
        float[] e = new float[particles];
        for (int p = 0; p < particles; p++) e[p] = step + p / 100f;
        return e;
    }

    @Test
    void add_recordsTheMeanOfTheFiniteEnergies() {
        EnergyHistory h = new EnergyHistory();
        assertTrue(h.add(0, energies(1, 2, Float.NaN, Float.POSITIVE_INFINITY, 6, 99), 4));
        assertEquals(1, h.pointCount());
        assertEquals(0, h.step(0));
        assertEquals(1.5, h.mean(0), 1e-12, "only the first count energies, and only finite ones");
    }

    @Test
    void add_skipsAStepWithoutFiniteEnergies() {
        EnergyHistory h = new EnergyHistory();
        assertFalse(h.add(0, energies(Float.NaN), 1));
        assertFalse(h.add(1, energies(), 0));
        assertFalse(h.add(2, null, 3));
        assertEquals(0, h.pointCount());
    }

    @Test
    void add_followsAtMostEightParticlesSpreadOverTheBatch() {
        EnergyHistory h = new EnergyHistory();
        h.add(0, tagged(0, 16), 16);
        assertEquals(EnergyHistory.MAX_TRACES, h.traceCount());
        for (int t = 0; t < 8; t++) assertEquals(2 * t / 100.0, h.trace(t, 0), 1e-6, "trace " + t + " follows particle " + 2 * t);

        EnergyHistory few = new EnergyHistory();
        few.add(0, tagged(0, 3), 3);
        assertEquals(3, few.traceCount());
        few.add(1, energies(1, Float.NaN, 3), 3);
        assertTrue(Double.isNaN(few.trace(1, 1)), "a non-finite energy breaks its trace");
        assertEquals(2, few.mean(1), 1e-12);
    }

    @Test
    void add_keepsEveryStepWhileThereIsRoom() {
        EnergyHistory h = new EnergyHistory(100);
        for (int s = 0; s < 100; s++) h.add(s, tagged(s, 2), 2);
        assertEquals(100, h.pointCount());
        assertEquals(1, h.stride());
        for (int i = 0; i < 100; i++) assertEquals(i, h.step(i));
    }

    @Test
    void add_staysBoundedAndSpreadOverALongRun() {
        EnergyHistory h = new EnergyHistory();
        int steps = 100_000;
        for (int s = 0; s < steps; s++) {
            h.add(s, tagged(s, 10), 10);
            assertTrue(h.pointCount() <= h.capacity() + 1, "bounded at step " + s);
        }
        assertEquals(0, h.step(0), "the first step stays");
        assertEquals(steps - 1, h.step(h.pointCount() - 1), "the newest step is always shown");
        assertTrue(h.pointCount() > h.capacity() / 2, "still detailed: " + h.pointCount());
        int last = -1;
        for (int i = 0; i < h.pointCount(); i++) {
            assertTrue(h.step(i) > last, "steps increase");
            last = h.step(i);
            assertEquals(h.step(i) + 0.045, h.mean(i), 1e-2, "mean belongs to its step");
            assertEquals(h.step(i) + 0.05, h.trace(4, i), 1e-2, "trace 4 follows particle 5: 4·10/8");
        }
        // evenly spread: no gap between kept points more than twice the stride
        for (int i = 1; i < h.pointCount() - 1; i++) assertTrue(h.step(i) - h.step(i - 1) <= 2 * h.stride());
    }

    @Test
    void add_steppingBackDropsThePointsFromThatStepOn() {
        EnergyHistory h = new EnergyHistory();
        for (int s = 0; s < 100; s++) h.add(s, tagged(s, 4), 4);
        h.add(40, energies(-7, -7, -7, -7), 4);
        assertEquals(41, h.pointCount());
        assertEquals(40, h.step(40));
        assertEquals(-7, h.mean(40), 1e-12);
        assertEquals(39.015, h.mean(39), 1e-4);
        h.add(41, tagged(41, 4), 4);
        assertEquals(42, h.pointCount());
    }

    @Test
    void add_steppingBackAfterDecimation() {
        EnergyHistory h = new EnergyHistory(20);
        for (int s = 0; s < 200; s++) h.add(s, tagged(s, 1), 1);
        assertTrue(h.stride() > 1);
        h.add(101, tagged(101, 1), 1);
        for (int i = 0; i < h.pointCount() - 1; i++) assertTrue(h.step(i) < 101);
        assertEquals(101, h.step(h.pointCount() - 1));
        h.add(0, tagged(0, 1), 1);
        assertEquals(1, h.pointCount(), "back to the start: only the new point");
        assertEquals(1, h.stride());
    }

    @Test
    void clear_forgetsTheRun() {
        EnergyHistory h = new EnergyHistory(8);
        for (int s = 0; s < 50; s++) h.add(s, tagged(s, 12), 12);
        h.clear();
        assertEquals(0, h.pointCount());
        assertEquals(1, h.stride());
        h.add(5, tagged(5, 2), 2);
        assertEquals(2, h.traceCount(), "traces chosen anew");
        assertEquals(5, h.step(0));
    }
}
