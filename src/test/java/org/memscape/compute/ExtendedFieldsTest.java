package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.core.MixtureForm;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/**
 * The fast fields of segments, polylines and circles against the core's exact double
 * evaluation, on random scenes of every kind, blurry and sharp: the energy within
 * 1e-3·ε + 1e-5·|E| and the force within 1e-3·ε·R/s² + 1e-5·|F| (ε the energy's unit, R/s²·ε
 * a bound on every force on the grid, see {@link CoarseGrid}), cell by cell.
 */
class ExtendedFieldsTest {

    static final double TOLERANCE = 1e-3;
    /** Float's rounding of the distances: the energy of a sharp landscape is off by a few millionths of itself. */
    static final double RELATIVE = 1e-5;
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final NoiseProcess VP = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    /** Random memories of one kind ("segment", "polyline", "circle", "point" or "mixed") in [−2.5, 2.5]². */
    static List<Memory> scene(String kind, int count, long seed) {
        Random r = new Random(seed);
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String k = kind.equals("mixed") ? List.of("point", "segment", "polyline", "circle").get(n % 4) : kind;
            double x = -2.5 + 5 * r.nextDouble(), y = -2.5 + 5 * r.nextDouble();
            switch (k) {
                case "segment" -> {
                    double a = Math.PI * r.nextDouble(), h = 0.05 + 0.7 * r.nextDouble();
                    out.add(new Memory.Segment(new double[] {x - h * Math.cos(a), y - h * Math.sin(a)},
                            new double[] {x + h * Math.cos(a), y + h * Math.sin(a)}));
                }
                case "polyline" -> {
                    List<double[]> v = new ArrayList<>();
                    v.add(new double[] {x, y});
                    for (int p = 0; p < 4; p++) {
                        double a = 2 * Math.PI * r.nextDouble(), l = 0.2 + 0.6 * r.nextDouble();
                        x += l * Math.cos(a);
                        y += l * Math.sin(a);
                        v.add(new double[] {x, y});
                    }
                    out.add(new Memory.Polyline(v));
                }
                case "circle" -> out.add(new Memory.Circle(new double[] {x, y}, 0.1 + 0.9 * r.nextDouble()));
                default -> out.add(new Memory.Point(new double[] {x, y}));
            }
        }
        return out;
    }

    /** The largest difference from the exact field over the checked cells, as a share of the tolerance (≤ 1 passes). */
    static double worst(EnergyModel model, double tau, Grid grid, FieldBuffer fast, int checks, long seed, StringBuilder where) {
        MixtureForm form = ((MixtureForm.Source) model).mixtureAt(tau);
        double reach = MixtureComponents.of(form).reachFrom(grid.xmin(), grid.xmax(), grid.ymin(), grid.ymax());
        double forceUnit = form.epsilon() * reach / form.variance();
        Random r = new Random(seed);
        int g = grid.size();
        double worst = 0;
        for (int c = 0; c < checks; c++) {
            int cell = checks >= grid.cells() ? c : r.nextInt(grid.cells());
            if (cell >= grid.cells()) break;
            double[] f = new double[2];
            double e = model.energy(new double[] {grid.x(cell % g), grid.y(cell / g)}, tau, f);
            double energyShare = Math.abs(e - fast.energy()[cell]) / (TOLERANCE * form.epsilon() + RELATIVE * Math.abs(e));
            double forceAllowed = TOLERANCE * forceUnit + 1e-5 * Math.hypot(f[0], f[1]);
            double forceShare = Math.max(Math.abs(f[0] - fast.forceX()[cell]), Math.abs(f[1] - fast.forceY()[cell])) / forceAllowed;
            double share = Math.max(energyShare, forceShare);
            if (share > worst) {
                worst = share;
                where.setLength(0);
                where.append(String.format("cell %d: E %.9g vs %.9g, F (%.6g, %.6g) vs (%.6g, %.6g)", cell, e,
                        fast.energy()[cell], f[0], f[1], fast.forceX()[cell], fast.forceY()[cell]));
            }
        }
        return worst;
    }

    private static void check(String name, EnergyModel model, double tau, Grid grid, int checks, boolean simd) {
        FieldBuffer fast = new FieldBuffer();
        new FieldEvaluator(POOL, simd).evaluate(model, tau, grid, true, fast, Cancellation.NEVER);
        StringBuilder where = new StringBuilder();
        double worst = worst(model, tau, grid, fast, checks, 3, where);
        assertTrue(worst <= 1, name + ": " + String.format("%.3g", worst) + " × the tolerance at " + where);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"segment", "polyline", "circle", "mixed"})
    void everyKindMatchesTheExactFieldBlurryAndSharp(String kind) {
        List<Memory> memories = scene(kind, 16, kind.hashCode());
        Grid whole = new Grid(-3, 3, -3, 3, 80);
        for (double tau : new double[] {0.001, 0.02, 0.1, 0.3, 1}) {
            check(kind + ", VP τ=" + tau, new DiffusionModel(memories, VP), tau, whole, whole.cells(), true);
        }
        check(kind + ", VE τ=0.5", new DiffusionModel(memories, new NoiseProcess.VarianceExploding(0.01, 3)), 0.5, whole,
                whole.cells(), true);
        for (double beta : new double[] {0.3, 4, 100, 1e4, 1e5}) {
            check(kind + ", distance β=" + beta, new DistanceHopfieldModel(memories, beta), Double.NaN, whole, whole.cells(), true);
        }
        // zoomed in on a corner: far memories skipped, a fine grid interpolated where blurry
        Grid corner = new Grid(0.5, 1.5, -1.5, -0.5, 200);
        for (double tau : new double[] {0.003, 0.3}) {
            check(kind + ", VP τ=" + tau + ", zoomed", new DiffusionModel(memories, VP), tau, corner, 4000, true);
        }
    }

    /** The benchmark's figure: 64 memories, 512² cells at τ = 0.3, where the nodes are 4 cells apart. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"segment", "polyline", "circle"})
    void benchmarkScenesMatchWhereTheyAreInterpolated(String kind) {
        DiffusionModel model = new DiffusionModel(scene(kind, 64, 7), VP);
        Grid grid = new Grid(-3, 3, -3, 3, 512);
        MixtureForm form = model.mixtureAt(0.3);
        assertTrue(CoarseGrid.step(MixtureComponents.of(form), form, grid, true) >= 3, "this case is meant to interpolate");
        check(kind + " ×64, 512², τ=0.3", model, 0.3, grid, 3000, true);
    }

    /** Without the Vector API the nodes come from the core's exact evaluation, interpolated the same way. */
    @Test
    void theScalarPathInterpolatesWithinTheSameBound() {
        DiffusionModel model = new DiffusionModel(scene("mixed", 12, 5), VP);
        Grid grid = new Grid(-3, 3, -3, 3, 300);
        MixtureForm form = model.mixtureAt(0.5);
        assertTrue(CoarseGrid.step(MixtureComponents.of(form), form, grid, true) >= 2, "this case is meant to interpolate");
        check("scalar, τ=0.5", model, 0.5, grid, 2000, false);
    }

    /** The comparison can fail: nodes eight times further apart than the bound allows miss the tolerance. */
    @Test
    void nodesTooFarApartAreCaught() {
        DiffusionModel model = new DiffusionModel(scene("segment", 16, 11), VP);
        Grid grid = new Grid(-3, 3, -3, 3, 512);
        MixtureForm form = model.mixtureAt(0.3);
        MixtureComponents components = MixtureComponents.of(form);
        int step = 8 * CoarseGrid.step(components, form, grid, true);
        CoarseGrid coarse = new CoarseGrid();
        coarse.nodes.prepare(CoarseGrid.nodes(grid, step), true);
        new SimdMixtureGridKernel().evaluate(components, form, model, 0.3, coarse.nodes, true, POOL, Cancellation.NEVER);
        FieldBuffer out = new FieldBuffer();
        out.prepare(grid, true);
        coarse.interpolate(step, out, true, POOL);
        double worst = worst(model, 0.3, grid, out, 4000, 1, new StringBuilder());
        assertTrue(worst > 1, "a step of " + step + " cells stayed within the tolerance: " + worst);
    }

    /** Cubic interpolation is exact for cubics: the nodes sit where {@link CoarseGrid#nodes} says. */
    @Test
    void interpolationReproducesACubicExactly() {
        Grid grid = new Grid(-1, 2, -2, 1, 50);
        int step = 3;
        CoarseGrid coarse = new CoarseGrid();
        Grid nodes = CoarseGrid.nodes(grid, step);
        assertEquals(grid.x(0), nodes.x(1), 1e-12);
        assertEquals(grid.x(3 * step), nodes.x(4), 1e-12);
        coarse.nodes.prepare(nodes, true);
        for (int j = 0; j < nodes.size(); j++) {
            for (int i = 0; i < nodes.size(); i++) {
                int k = j * nodes.size() + i;
                coarse.nodes.energy()[k] = (float) cubic(nodes.x(i), nodes.y(j));
                coarse.nodes.forceX()[k] = (float) nodes.x(i);
                coarse.nodes.forceY()[k] = (float) (nodes.y(j) * nodes.y(j));
            }
        }
        FieldBuffer out = new FieldBuffer();
        out.prepare(grid, true);
        coarse.interpolate(step, out, true, POOL);
        for (int j = 0; j < grid.size(); j++) {
            for (int i = 0; i < grid.size(); i++) {
                int k = j * grid.size() + i;
                assertEquals(cubic(grid.x(i), grid.y(j)), out.energy()[k], 1e-4, "cell " + i + ", " + j);
                assertEquals(grid.x(i), out.forceX()[k], 1e-5);
                assertEquals(grid.y(j) * grid.y(j), out.forceY()[k], 1e-5);
            }
        }
    }

    private static double cubic(double x, double y) {
        return 0.3 * x * x * x - x * y * y + 2 * y - 1;
    }

    /** Far memories are skipped where their terms cannot count, and the tile's sum is the same without them. */
    @Test
    void farComponentsAreSkippedWhenTheNoiseIsNarrow() {
        List<Memory> memories = scene("mixed", 40, 2);
        DistanceHopfieldModel model = new DistanceHopfieldModel(memories, 400);
        MixtureForm form = model.mixtureAt(Double.NaN);
        MixtureComponents components = MixtureComponents.of(form);
        MixtureTile tile = new MixtureTile();
        SimdMixtureGridKernel.activeIn(tile, components, form, 0, 0, 0.01, 0.01);
        int active = tile.points + tile.segments + tile.circles;
        assertTrue(active < components.count / 4, active + " of " + components.count + " kept");
        assertTrue(active >= 1);
        check("β=400 (mostly skipped)", model, Double.NaN, new Grid(-3, 3, -3, 3, 128), 128 * 128, true);
    }

    /** The same bits whatever the number of threads, and from one call to the next. */
    @Test
    void bitsDoNotDependOnThreadsOrOnTheJit() {
        DiffusionModel model = new DiffusionModel(scene("mixed", 20, 9), VP);
        Grid grid = new Grid(-3, 3, -3, 3, 200);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            for (double tau : new double[] {0.01, 0.3}) {
                FieldBuffer a = new FieldBuffer(), b = new FieldBuffer();
                new FieldEvaluator(one, true).evaluate(model, tau, grid, true, a, Cancellation.NEVER);
                FieldEvaluator many = new FieldEvaluator(POOL, true);
                for (int run = 0; run < 30; run++) many.evaluate(model, tau, grid, true, b, Cancellation.NEVER);
                assertArrayEquals(a.energy(), b.energy(), "energy at τ=" + tau);
                assertArrayEquals(a.forceX(), b.forceX(), "fx at τ=" + tau);
                assertArrayEquals(a.forceY(), b.forceY(), "fy at τ=" + tau);
            }
        } finally {
            one.shutdown();
        }
    }
}
