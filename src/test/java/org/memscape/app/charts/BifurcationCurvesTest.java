package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Cancellation;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.Memory;
import org.memscape.scene.Domain;
import org.memscape.structure.BifurcationSweep;
import org.memscape.structure.CriticalPoint;

/**
 * The bifurcation chart's curves for two memories at ±m under the distance energy: one minimum
 * at 0 while β m² < 1, then (the pitchfork, MATH.md §5) two minima at ±x and a saddle at 0, the
 * new branches growing out of the old one.
 */
class BifurcationCurvesTest {

    @Test
    void twoMemoriesAtPlusMinusMSplitAtBetaMSquaredOne() {
        double m = 1.5;
        List<Memory> memories = List.of(new Memory.Point(new double[] {-m, 0}), new Memory.Point(new double[] {m, 0}));
        double[] betas = BifurcationSweep.geometric(0.1 / (m * m), 10 / (m * m), 41);
        List<BifurcationSweep.Slice> slices = BifurcationSweep.overBeta(b -> new DistanceHopfieldModel(memories, b),
                new Domain(-3, 3, -3, 3), betas, Cancellation.NEVER);
        BifurcationCurves curves = BifurcationCurves.of(slices, 1, 0, 0.9);
        for (double beta : betas) {
            List<Double> minima = curves.at(CriticalPoint.Kind.MINIMUM, beta);
            List<Double> saddles = curves.at(CriticalPoint.Kind.SADDLE, beta);
            double bm2 = beta * m * m;
            if (bm2 < 0.98) {
                assertEquals(1, minima.size(), "one valley at β m² = " + bm2);
                assertEquals(0, minima.get(0), 1e-9);
                assertTrue(saddles.isEmpty());
            } else if (bm2 > 1.02) {
                assertEquals(2, minima.size(), "two valleys at β m² = " + bm2);
                assertEquals(-minima.get(0), minima.get(1), 1e-9, "symmetric");
                assertTrue(minima.get(1) > 0 && minima.get(1) < m);
                assertEquals(List.of(0.0), saddles.stream().map(s -> Math.abs(s) < 1e-9 ? 0.0 : s).toList(), "the saddle between");
            }
        }
        // the branches: two minima (the old one bending off, one grown out of it) and the saddle grown out of it
        long minimumBranches = curves.branches().stream().filter(b -> b.kind() == CriticalPoint.Kind.MINIMUM).count();
        List<BifurcationCurves.Branch> saddles = curves.branches().stream().filter(b -> b.kind() == CriticalPoint.Kind.SADDLE).toList();
        assertEquals(2, minimumBranches, curves.branches().stream().map(b -> b.kind() + " " + b.grown() + " " + b.points().stream().map(p -> String.format("(%.3f,%.3f)", p[0] * m * m, p[1])).toList()).toList().toString());
        assertEquals(1, saddles.size());
        assertTrue(saddles.get(0).grown(), "the saddle grows out of the one minimum");
        double[] root = saddles.get(0).points().get(0);
        assertTrue(root[0] * m * m < 1 && root[0] * m * m > 0.85, "… at the last β before the split: β m² = " + root[0] * m * m);
    }
}
