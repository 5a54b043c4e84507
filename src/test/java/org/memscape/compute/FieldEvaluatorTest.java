package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/** Every kernel agrees with the core's exact evaluation to 1e-4 relative, cell by cell. */
class FieldEvaluatorTest {

    private static final double RELATIVE = 1e-4;
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    private static List<Memory> points(int count, long seed) {
        Random random = new Random(seed);
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(new double[] {5 * random.nextDouble() - 2.5, 5 * random.nextDouble() - 2.5}));
        return out;
    }

    /** name → (model, τ) */
    private static Map<String, Object[]> cases() {
        Map<String, Object[]> c = new LinkedHashMap<>();
        List<Memory> two = List.of(new Memory.Point(new double[] {1.5, 1.5}), new Memory.Point(new double[] {-1.5, -1.5}));
        c.put("distance β=2, two points", new Object[] {new DistanceHopfieldModel(two, 2), Double.NaN});
        c.put("distance β=4, 64 points", new Object[] {new DistanceHopfieldModel(points(64, 1), 4), Double.NaN});
        c.put("distance β=1e4 (underflowing cells)", new Object[] {new DistanceHopfieldModel(points(7, 2), 1e4), Double.NaN});
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        for (double tau : new double[] {0.001, 0.05, 0.3, 1.0}) {
            c.put("VP τ=" + tau, new Object[] {new DiffusionModel(points(13, 3), vp), tau});
        }
        c.put("VE τ=0.5", new Object[] {new DiffusionModel(points(5, 4), new NoiseProcess.VarianceExploding(0.01, 3)), 0.5});
        List<Memory> mixed = new ArrayList<>(two);
        mixed.add(new Memory.Segment(new double[] {-2, 1}, new double[] {0, 2}));
        c.put("distance, mixed memories (exact path)", new Object[] {new DistanceHopfieldModel(mixed, 3), Double.NaN});
        c.put("hopfield lse (exact path)", new Object[] {new HopfieldModel(two, HopfieldModel.Features.QUADRATIC,
                new MemoryFunction.LogSumExp(3)), Double.NaN});
        return c;
    }

    @ParameterizedTest(name = "simd={0}")
    @ValueSource(booleans = {true, false})
    void kernelsMatchTheCore(boolean simd) {
        FieldEvaluator evaluator = new FieldEvaluator(POOL, simd);
        FieldBuffer buffer = new FieldBuffer();
        Grid grid = new Grid(-3, 3, -3, 3, 67);
        for (Map.Entry<String, Object[]> e : cases().entrySet()) {
            EnergyModel model = (EnergyModel) e.getValue()[0];
            double tau = (double) e.getValue()[1];
            evaluator.evaluate(model, tau, grid, true, buffer, Cancellation.NEVER);
            double[][] exact = new double[grid.cells()][3];
            double forceScale = 0;
            for (int j = 0; j < grid.size(); j++) {
                for (int i = 0; i < grid.size(); i++) {
                    double[] f = new double[2];
                    double energy = model.energy(new double[] {grid.x(i), grid.y(j)}, tau, f);
                    exact[j * grid.size() + i] = new double[] {energy, f[0], f[1]};
                    forceScale = Math.max(forceScale, Math.hypot(f[0], f[1]));
                }
            }
            for (int cell = 0; cell < grid.cells(); cell++) {
                double[] x = exact[cell];
                String where = e.getKey() + ", cell " + cell;
                assertClose(x[0], buffer.energy()[cell], 0, "energy of " + where);
                assertClose(x[1], buffer.forceX()[cell], forceScale, "fx of " + where);
                assertClose(x[2], buffer.forceY()[cell], forceScale, "fy of " + where);
            }
        }
    }

    /** Relative to the value, with a floor of 1% of the field's largest force (float cancels near a minimum). */
    private static void assertClose(double expected, double actual, double scale, String what) {
        double tolerance = RELATIVE * Math.max(Math.max(1, Math.abs(expected)), 1e-2 * scale);
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected " + expected + " got " + actual);
    }

    @Test
    void theVectorPathIsAvailableUnderTest() {
        // surefire adds the Vector API module (pom.xml); without it the fast path would go untested
        assertTrue(Simd.moduleLoaded(), "jdk.incubator.vector is not loaded");
    }

    /** Past the factor budget cells are evaluated one by one: the same numbers, in O(N) memory. */
    @Test
    void cellByCellPathMatchesTheFactoredOne() {
        DistanceHopfieldModel model = new DistanceHopfieldModel(points(50, 6), 3);
        Grid grid = new Grid(-3, 3, -3, 3, 40);
        FieldBuffer factored = new FieldBuffer();
        FieldBuffer cellByCell = new FieldBuffer();
        new FieldEvaluator(POOL, true).evaluate(model, Double.NaN, grid, true, factored, Cancellation.NEVER);
        new FieldEvaluator(POOL, true, 10).evaluate(model, Double.NaN, grid, true, cellByCell, Cancellation.NEVER);
        for (int cell = 0; cell < grid.cells(); cell++) {
            assertClose(factored.energy()[cell], cellByCell.energy()[cell], 0, "energy " + cell);
            assertClose(factored.forceX()[cell], cellByCell.forceX()[cell], 10, "fx " + cell);
        }
    }

    @Test
    void energyOnlyLeavesForceUnasked() {
        FieldBuffer buffer = new FieldBuffer();
        new FieldEvaluator(POOL, true).evaluate(new DistanceHopfieldModel(points(3, 9), 2), Double.NaN,
                new Grid(-1, 1, -1, 1, 8), false, buffer, Cancellation.NEVER);
        assertTrue(buffer.forceX() == null);
        assertTrue(Float.isFinite(buffer.energy()[0]));
    }
}
