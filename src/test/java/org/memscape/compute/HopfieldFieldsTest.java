package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;

/**
 * The dot-product Hopfield fields ({@link SimdHopfieldGridKernel}) against the core's exact
 * evaluation for both feature maps and every memory function, cell by cell: within 2e-6 of the
 * largest |E| (or |F|) on the grid, plus 1e-5 of the cell's own value (float sums of terms that
 * cancel in the energy, which is a difference of the Legendre and memory terms).
 */
class HopfieldFieldsTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    private static List<Memory> memories(int count, double spread, long seed) {
        Random r = new Random(seed);
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(new double[] {spread * (2 * r.nextDouble() - 1), spread * (2 * r.nextDouble() - 1)}));
        return out;
    }

    private static Map<String, MemoryFunction> functions() {
        Map<String, MemoryFunction> f = new LinkedHashMap<>();
        f.put("lse β=4", new MemoryFunction.LogSumExp(4));
        f.put("lse β=300 (underflowing cells)", new MemoryFunction.LogSumExp(300));
        f.put("exp β=2", new MemoryFunction.Exp(2));
        f.put("exp β=400 (saturating cells)", new MemoryFunction.Exp(400));
        f.put("classical", new MemoryFunction.Classical());
        f.put("power 4", new MemoryFunction.Power(4, false));
        f.put("rectified power 3", new MemoryFunction.Power(3, true));
        f.put("rectified power 2.5", new MemoryFunction.Power(2.5, true));
        return f;
    }

    @Test
    void everyFeatureAndMemoryFunctionMatchesTheCore() {
        for (HopfieldModel.Features features : HopfieldModel.Features.values()) {
            boolean tanh = features == HopfieldModel.Features.TANH;
            Grid grid = tanh ? new Grid(-1, 1, -1, 1, 90) : new Grid(-2, 2, -2, 2, 90);
            for (int count : new int[] {3, 64}) {
                List<Memory> memories = memories(count, tanh ? 0.9 : 1, count);
                for (Map.Entry<String, MemoryFunction> f : functions().entrySet()) {
                    HopfieldModel model = new HopfieldModel(memories, features, f.getValue());
                    check(features + ", " + count + " memories, " + f.getKey(), model, grid);
                }
            }
        }
    }

    private static void check(String name, HopfieldModel model, Grid grid) {
        FieldBuffer fast = new FieldBuffer();
        new FieldEvaluator(POOL, true).evaluate(model, Double.NaN, grid, true, fast, Cancellation.NEVER);
        int g = grid.size();
        double[][] exact = new double[grid.cells()][];
        double energyScale = 0, forceScale = 0;
        for (int cell = 0; cell < grid.cells(); cell++) {
            double[] f = new double[2];
            double e = model.energy(new double[] {grid.x(cell % g), grid.y(cell / g)}, Double.NaN, f);
            exact[cell] = new double[] {e, f[0], f[1]};
            if (Float.isFinite((float) e)) energyScale = Math.max(energyScale, Math.abs(e));
            if (Float.isFinite((float) f[0]) && Float.isFinite((float) f[1])) {
                forceScale = Math.max(forceScale, Math.max(Math.abs(f[0]), Math.abs(f[1])));
            }
        }
        for (int cell = 0; cell < grid.cells(); cell++) {
            double[] x = exact[cell];
            String where = name + ", cell " + cell;
            assertClose(x[0], fast.energy()[cell], energyScale, "energy of " + where);
            assertClose(x[1], fast.forceX()[cell], forceScale, "fx of " + where);
            assertClose(x[2], fast.forceY()[cell], forceScale, "fy of " + where);
        }
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        if (Float.isInfinite((float) expected)) {
            // beyond float, as the exact kernel's float buffer holds it too
            assertTrue(actual == (float) expected, what + ": expected " + (float) expected + " got " + actual);
            return;
        }
        double tolerance = 2e-6 * Math.max(1, scale) + 1e-5 * Math.abs(expected);
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected " + expected + " got " + actual);
    }

    @Test
    void bitsDoNotDependOnThreads() {
        HopfieldModel model = new HopfieldModel(memories(40, 0.9, 5), HopfieldModel.Features.TANH, new MemoryFunction.LogSumExp(4));
        Grid grid = new Grid(-1, 1, -1, 1, 200);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            FieldBuffer a = new FieldBuffer(), b = new FieldBuffer();
            new FieldEvaluator(one, true).evaluate(model, Double.NaN, grid, true, a, Cancellation.NEVER);
            new FieldEvaluator(POOL, true).evaluate(model, Double.NaN, grid, true, b, Cancellation.NEVER);
            assertArrayEquals(a.energy(), b.energy());
            assertArrayEquals(a.forceX(), b.forceX());
        } finally {
            one.shutdown();
        }
    }
}
