package org.memscape.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;
import org.memscape.scene.Domain;

/** The critical-point search: its count, its classification, and what it says it cannot resolve. */
class CriticalPointsTest {

    private static final Domain VIEW = new Domain(-3, 3, -3, 3);

    private static List<Memory> points(double[]... ys) {
        List<Memory> out = new ArrayList<>();
        for (double[] y : ys) out.add(new Memory.Point(y));
        return out;
    }

    private static List<Memory> random(Random r, int count, double half) {
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(new double[] {half * (2 * r.nextDouble() - 1), half * (2 * r.nextDouble() - 1)}));
        return out;
    }

    /**
     * Poincaré–Hopf: on landscapes that confine with every critical point in view, minima −
     * saddles + maxima = 1, for every model kind over many random scenes (a missed or doubled
     * point would break it), and the winding of ∇E around the edge says 1 too.
     */
    @Test
    void eulerCharacteristicHoldsOnRandomConfinedScenes() {
        Random r = new Random(14);
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        NoiseProcess ve = new NoiseProcess.VarianceExploding(0.01, 3);
        for (int trial = 0; trial < 12; trial++) {
            List<Memory> memories = random(r, 2 + r.nextInt(9), 2.2);
            List<Memory> inBox = random(r, 2 + r.nextInt(5), 0.8);
            double tau = 0.02 + 0.6 * r.nextDouble();
            List<EnergyModel> models = List.of(
                    new DistanceHopfieldModel(memories, Math.exp(-1 + 4 * r.nextDouble())),
                    new DiffusionModel(memories, vp),
                    new DiffusionModel(memories, ve),
                    new HopfieldModel(memories, HopfieldModel.Features.QUADRATIC, new MemoryFunction.LogSumExp(1 + 10 * r.nextDouble())),
                    new HopfieldModel(inBox, HopfieldModel.Features.TANH, new MemoryFunction.LogSumExp(1 + 30 * r.nextDouble())));
            for (EnergyModel model : models) {
                Domain view = model instanceof HopfieldModel h && h.features() == HopfieldModel.Features.TANH ? new Domain(-1, 1, -1, 1) : VIEW;
                FixedPoints found = CriticalPoints.find(model, tau, view);
                String what = "trial " + trial + ", " + model.getClass().getSimpleName() + " at τ " + tau + ": " + found.points();
                assertTrue(found.confinedInView(), what);
                assertEquals(0, found.degenerate(), what);
                assertEquals(1, found.indexSum(), what);
                assertEquals(1, found.boundaryWinding().getAsInt(), what);
                assertTrue(found.count(CriticalPoint.Kind.MINIMUM) >= 1, what);
            }
        }
    }

    /** A view that cuts through a landscape: the points inside still sum to the turns of ∇E along its edge. */
    @Test
    void aViewThatCutsTheLandscapeCountsWhatItHolds() {
        Random r = new Random(3);
        for (int trial = 0; trial < 10; trial++) {
            EnergyModel model = new DistanceHopfieldModel(random(r, 8, 3), 3);
            double x = -2 + 2 * r.nextDouble(), y = -2 + 2 * r.nextDouble();
            Domain view = new Domain(x, x + 1 + 2 * r.nextDouble(), y, y + 1 + 2 * r.nextDouble());
            FixedPoints found = CriticalPoints.find(model, Double.NaN, view);
            assertFalse(found.confinedInView());
            assertTrue(found.consistent(), found.toString());
            for (CriticalPoint p : found.points()) assertTrue(p.x() >= view.xmin() && p.x() <= view.xmax() && p.y() >= view.ymin() && p.y() <= view.ymax());
        }
    }

    /** Three memories equally far apart: a minimum at each, a saddle between each pair, the maximum at the centre. */
    @Test
    void aTriangleHasThreeMinimaThreeSaddlesAndItsCentreAsMaximum() {
        List<Memory> triangle = new ArrayList<>();
        for (int k = 0; k < 3; k++) triangle.add(new Memory.Point(new double[] {Math.cos(2 * Math.PI * k / 3), Math.sin(2 * Math.PI * k / 3)}));
        for (double beta : new double[] {4, 20, 1000}) {
            FixedPoints found = CriticalPoints.find(new DistanceHopfieldModel(triangle, beta), Double.NaN, VIEW);
            assertEquals(3, found.count(CriticalPoint.Kind.MINIMUM), "β " + beta);
            assertEquals(3, found.count(CriticalPoint.Kind.SADDLE), "β " + beta);
            assertEquals(1, found.count(CriticalPoint.Kind.MAXIMUM), "β " + beta);
            CriticalPoint centre = found.points().get(6);
            assertEquals(0, Math.hypot(centre.x(), centre.y()), 1e-12, "β " + beta);
            for (CriticalPoint m : found.minima()) assertTrue(m.memory() >= 0 && !m.spurious(), "β " + beta);
        }
    }

    /** Below β|m|² = 1 two memories at ±m share one valley, a spurious blend; above it each has its own. */
    @Test
    void twoMemoriesSplitAtBetaTimesMSquaredOne() {
        double[] m = {1.2, 0.5};
        List<Memory> pair = points(m, new double[] {-m[0], -m[1]});
        double critical = 1 / (m[0] * m[0] + m[1] * m[1]);
        double split = BifurcationSweep.split(beta -> CriticalPoints.find(new DistanceHopfieldModel(pair, beta), Double.NaN, VIEW),
                0.5 * critical, 2 * critical, 1e-4 * critical);
        assertEquals(critical, split, 0.01 * critical);
        FixedPoints below = CriticalPoints.find(new DistanceHopfieldModel(pair, 0.9 * critical), Double.NaN, VIEW);
        assertEquals(1, below.points().size());
        assertTrue(below.points().get(0).spurious());
        FixedPoints above = CriticalPoints.find(new DistanceHopfieldModel(pair, 1.5 * critical), Double.NaN, VIEW);
        assertEquals(2, above.count(CriticalPoint.Kind.MINIMUM));
        assertEquals(1, above.count(CriticalPoint.Kind.SADDLE));
        assertEquals(0, above.spuriousCount());
    }

    /** Memories close together at low β blur into one valley at no memory: a spurious minimum. */
    @Test
    void aBlendOfMemoriesIsASpuriousMinimum() {
        List<Memory> close = points(new double[] {0, 0.4}, new double[] {0.35, -0.2}, new double[] {-0.35, -0.2}, new double[] {2.5, 2.5});
        FixedPoints found = CriticalPoints.find(new DistanceHopfieldModel(close, 4), Double.NaN, VIEW);
        assertEquals(1, found.spuriousCount(), found.toString());
        CriticalPoint blend = found.minima().stream().filter(CriticalPoint::spurious).findFirst().orElseThrow();
        assertEquals(0, Math.hypot(blend.x(), blend.y() - 0.0), 0.1);
        assertTrue(found.minima().stream().anyMatch(p -> p.memory() == 3), found.toString());
    }

    /** The classical network has no softmax weights: its only minimum, the origin, is at no memory unless one sits there. */
    @Test
    void modelsWithoutSoftmaxWeightsMatchTheMemoryWithinOnePercent() {
        List<Memory> memories = points(new double[] {0.3, 0.2}, new double[] {-0.2, 0.4}, new double[] {0.004, -0.005});
        HopfieldModel classical = new HopfieldModel(memories, HopfieldModel.Features.QUADRATIC, new MemoryFunction.Classical());
        FixedPoints found = CriticalPoints.find(classical, Double.NaN, new Domain(-1, 1, -1, 1));
        assertEquals(1, found.points().size());
        assertEquals(CriticalPoint.Kind.MINIMUM, found.points().get(0).kind());
        assertEquals(2, found.points().get(0).memory(), "memory 2 lies within 1% of the width (0.02) of the origin");
        HopfieldModel without = new HopfieldModel(memories.subList(0, 2), HopfieldModel.Features.QUADRATIC, new MemoryFunction.Classical());
        assertTrue(CriticalPoints.find(without, Double.NaN, new Domain(-1, 1, -1, 1)).points().get(0).spurious());
    }

    /** Along a segment memory at low noise E is flat to rounding: no point there can be located, and none is listed. */
    @Test
    void aValleyFlatToRoundingIsCountedNotListed() {
        List<Memory> memories = List.of(new Memory.Segment(new double[] {-2, -1}, new double[] {1, 2}), new Memory.Point(new double[] {2, -1.5}));
        DiffusionModel model = new DiffusionModel(memories, new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)));
        FixedPoints found = CriticalPoints.find(model, 0.001, VIEW);
        assertTrue(found.degenerate() > 0);
        for (CriticalPoint p : found.points()) {
            // no listed point lies on the segment away from its ends
            double u = ((p.x() + 2) + (p.y() + 1)) / 6, off = Math.abs((p.x() + 2) - (p.y() + 1)) / Math.sqrt(2);
            assertFalse(off < 0.05 && u > 0.1 && u < 0.9, p.toString());
        }
    }

    @Test
    void aCancelledSearchStops() {
        EnergyModel model = new DistanceHopfieldModel(random(new Random(1), 6, 2), 3);
        assertThrows(CancellationException.class, () -> CriticalPoints.find(model, Double.NaN, VIEW, () -> true));
    }

    /** Curvatures are those of the analytic Hessian I − β Cov_w(y) (MATH.md §5) at the two-memory saddle. */
    @Test
    void theSaddleOfTwoMemoriesHasCurvatureOneMinusBetaMSquared() {
        double[] m = {1, 0};
        double beta = 3;
        FixedPoints found = CriticalPoints.find(new DistanceHopfieldModel(points(m, new double[] {-1, 0}), beta), Double.NaN, VIEW);
        CriticalPoint saddle = found.points().stream().filter(p -> p.kind() == CriticalPoint.Kind.SADDLE).findFirst().orElseThrow();
        assertEquals(1 - beta, saddle.lowerCurvature(), 1e-12);
        assertEquals(1, saddle.upperCurvature(), 1e-12);
    }
}
