package org.memscape.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/** Basin maps: the capture balls that end a descent early never change where it ends. */
class BasinsTest {

    private static final Grid GRID = new Grid(-3, 3, -3, 3, 20);

    private static List<Memory> random(Random r, int count, double half) {
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(new double[] {half * (2 * r.nextDouble() - 1), half * (2 * r.nextDouble() - 1)}));
        return out;
    }

    /**
     * The plain Hopfield update x ← x + κ F(x), run until it moves less than 1e-15 of the width,
     * then ended on the nearest critical point by Newton: where each cell's descent ends without
     * any capture ball.
     */
    private static double[] plainDescent(EnergyModel model, double tau, double kappa, double x, double y) {
        double[] p = {x, y};
        double[] f = new double[2];
        for (int k = 0; k < 10_000_000; k++) {
            model.force(p, tau, f);
            p[0] += kappa * f[0];
            p[1] += kappa * f[1];
            if (Math.hypot(kappa * f[0], kappa * f[1]) < 1e-15 * 6) return p;
        }
        throw new AssertionError("no convergence from " + x + ", " + y);
    }

    @Test
    void capturedDescentsEndWhereThePlainUpdateEnds() {
        Random r = new Random(7);
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        for (int trial = 0; trial < 4; trial++) {
            List<Memory> memories = random(r, 3 + r.nextInt(6), 2.5);
            double beta = 1 + 6 * r.nextDouble();
            double tau = 0.02 + 0.3 * r.nextDouble();
            Object[][] cases = {
                    {new DistanceHopfieldModel(memories, beta), Double.NaN, 1.0},
                    {new DiffusionModel(memories, vp), tau, vp.variance(tau)},
                    {new HopfieldModel(memories, HopfieldModel.Features.QUADRATIC, new MemoryFunction.LogSumExp(beta)), Double.NaN, 1.0}};
            for (Object[] c : cases) {
                EnergyModel model = (EnergyModel) c[0];
                double t = (double) c[1], kappa = (double) c[2];
                BasinMap map = Basins.compute(model, t, GRID, Cancellation.NEVER);
                assertEquals(0, map.unconverged());
                for (int j = 0; j < GRID.size(); j++) {
                    for (int i = 0; i < GRID.size(); i++) {
                        int k = j * GRID.size() + i;
                        double[] end = plainDescent(model, t, kappa, GRID.x(i), GRID.y(j));
                        String where = model.getClass().getSimpleName() + " trial " + trial + " cell " + k;
                        // the plain update stops within about 1e-15/(1 − rate) of its limit; the map ends on it
                        assertEquals(end[0], map.endX()[k], 1e-9 * 6, where);
                        assertEquals(end[1], map.endY()[k], 1e-9 * 6, where);
                        int memory = -1;
                        double[] w = model.memoryWeights(new double[] {map.endX()[k], map.endY()[k]}, t);
                        for (int n = 0; n < w.length; n++) if (w[n] > 0.5 + 1e-9) memory = n;
                        assertEquals(memory, map.memory()[k], where);
                    }
                }
            }
        }
    }

    /** Each memory's own cell lies in its basin when every memory has a valley (β large). */
    @Test
    void aMemoryLiesInItsOwnBasin() {
        List<Memory> memories = new ArrayList<>();
        for (int k = 0; k < 5; k++) memories.add(new Memory.Point(new double[] {-2.4 + 1.2 * k + 0.05, 0.5 * Math.sin(k) + 0.05}));
        BasinMap map = Basins.compute(new DistanceHopfieldModel(memories, 20), Double.NaN, GRID, Cancellation.NEVER);
        for (int n = 0; n < memories.size(); n++) {
            double[] y = ((Memory.Point) memories.get(n)).y();
            int i = (int) ((y[0] + 3) / 6 * GRID.size()), j = (int) ((y[1] + 3) / 6 * GRID.size());
            assertEquals(n, map.memory()[j * GRID.size() + i], "memory " + n);
        }
        assertEquals(0, map.mixtureCells());
    }

    /** The tanh network descends by its own flow; each start ends on a critical point of the shown landscape. */
    @Test
    void flowEndsAreCriticalPoints() {
        List<Memory> memories = List.of(new Memory.Point(new double[] {0.7, 0.5}), new Memory.Point(new double[] {-0.6, 0.6}),
                new Memory.Point(new double[] {0.1, -0.75}));
        HopfieldModel model = new HopfieldModel(memories, HopfieldModel.Features.TANH, new MemoryFunction.LogSumExp(20));
        BasinMap map = Basins.compute(model, Double.NaN, new Grid(-1, 1, -1, 1, 16), Cancellation.NEVER);
        assertEquals(0, map.unconverged());
        List<CriticalPoint> all = map.fixedPoints().points();
        for (int k = 0; k < map.memory().length; k++) {
            double x = map.endX()[k], y = map.endY()[k];
            assertTrue(all.stream().anyMatch(p -> Math.hypot(p.x() - x, p.y() - y) < 1e-9 * 2), "cell " + k + " ends at " + x + ", " + y);
        }
    }

    @Test
    void progressiveMapsComeCoarseFirstAndStopWhenCancelled() {
        EnergyModel model = new DistanceHopfieldModel(random(new Random(2), 5, 2.5), 4);
        List<Integer> sizes = new ArrayList<>();
        Basins.progressive(model, Double.NaN, new Grid(-3, 3, -3, 3, 128), map -> sizes.add(map.grid().size()), Cancellation.NEVER);
        assertEquals(List.of(16, 32, 64, 128), sizes);

        List<Integer> before = new ArrayList<>();
        AtomicInteger delivered = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Basins.progressive(model, Double.NaN, new Grid(-3, 3, -3, 3, 128),
                map -> { before.add(map.grid().size()); delivered.incrementAndGet(); }, () -> delivered.get() >= 2));
        assertEquals(List.of(16, 32), before);
    }
}
