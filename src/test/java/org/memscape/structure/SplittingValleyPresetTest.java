package org.memscape.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Cancellation;
import org.memscape.core.DiffusionModel;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/** Every number the preset one-valley-splits-in-two.json tells its audience, checked by the fixed-point search. */
class SplittingValleyPresetTest {

    private static Scene preset() throws Exception {
        return SceneReader.read(Paths.get("presets", "one-valley-splits-in-two.json"));
    }

    @Test
    void theDescriptionsCountsOfValleysHold() throws Exception {
        Scene scene = preset();
        String text = scene.description();
        for (String claim : List.of("Two memories, 3 apart", "At τ = 0.6", "a single valley, midway between them: a minimum at no memory",
                "At τ = 0.2 it has two valleys, one at each memory, with a saddle between them", "splits at τ ≈ 0.34",
                "1/|m|² ≈ 0.44")) {
            assertTrue(text.contains(claim), "the description no longer says: " + claim);
        }
        List<MemorySpec> memories = scene.memories();
        assertEquals(2, memories.size());
        MemorySpec.Point a = (MemorySpec.Point) memories.get(0), b = (MemorySpec.Point) memories.get(1);
        double halfStep = 0.5 * Math.hypot(a.x() - b.x(), a.y() - b.y());
        assertEquals(3, 2 * halfStep, 1e-12, "3 apart");
        assertEquals(0.44, 1 / (halfStep * halfStep), 0.005, "1/|m|² ≈ 0.44");

        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        FixedPoints early = CriticalPoints.find(model, 0.6, scene.domain());
        assertEquals(1, early.points().size(), early.toString());
        CriticalPoint blend = early.points().get(0);
        assertTrue(blend.spurious(), "a minimum at no memory");
        assertEquals(0.5 * (a.x() + b.x()), blend.x(), 1e-9, "midway");
        assertEquals(0.5 * (a.y() + b.y()), blend.y(), 1e-9, "midway");

        FixedPoints late = CriticalPoints.find(model, 0.2, scene.domain());
        assertEquals(2, late.count(CriticalPoint.Kind.MINIMUM), late.toString());
        assertEquals(1, late.count(CriticalPoint.Kind.SADDLE), late.toString());
        assertEquals(0, late.count(CriticalPoint.Kind.MAXIMUM), late.toString());
        assertEquals(List.of(0, 1), late.minima().stream().map(CriticalPoint::memory).sorted().toList(), "one at each memory");

        double split = BifurcationSweep.split(tau -> CriticalPoints.find(model, tau, scene.domain()), 0.2, 0.6, 1e-4);
        assertEquals(0.34, split, 0.005, "splits at τ ≈ 0.34");
        // ... where β_eff reaches 1/|m|² (MATH.md §5), up to the bisection's tolerance
        assertEquals(1 / (halfStep * halfStep), model.process().betaEff(split), 0.01);
    }

    @Test
    void theSweepOverTauShowsOneValleyThenTwo() throws Exception {
        Scene scene = preset();
        List<BifurcationSweep.Slice> slices = BifurcationSweep.of(scene, BifurcationSweep.linear(0.9, 0.05, 18), Cancellation.NEVER);
        long previous = 1;
        for (BifurcationSweep.Slice slice : slices) {
            long minima = slice.fixedPoints().count(CriticalPoint.Kind.MINIMUM);
            assertTrue(minima >= previous, "the count of minima never falls as τ falls: " + slice);
            assertEquals(minima == 1 ? 0 : 1, slice.fixedPoints().count(CriticalPoint.Kind.SADDLE));
            assertEquals(minima == 1, slice.betaEff() < 1 / 2.25, "two minima exactly where β_eff|m|² > 1: " + slice);
            previous = minima;
        }
        assertEquals(1, slices.get(0).fixedPoints().count(CriticalPoint.Kind.MINIMUM));
        assertEquals(2, slices.get(slices.size() - 1).fixedPoints().count(CriticalPoint.Kind.MINIMUM));
    }
}
