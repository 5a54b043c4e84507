package org.memscape.app.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.core.Noise;
import org.memscape.core.Sampler;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.BasinMap;
import org.memscape.structure.Basins;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.CriticalPoints;

/** The region views' maps against the structure package and the model, cell by cell. */
class RegionMapsTest {

    private static Scene splitting() throws Exception {
        return SceneReader.read(Path.of("presets", "one-valley-splits-in-two.json"));
    }

    @Test
    void basinsLabelEachCellWithTheMemoryItsDescentRetrieves() {
        List<Memory> triangle = List.of(new Memory.Point(new double[] {0, 1.5}), new Memory.Point(new double[] {-1.3, -0.75}),
                new Memory.Point(new double[] {1.3, -0.75}));
        EnergyModel model = new DistanceHopfieldModel(triangle, 3);
        Grid grid = new Grid(-3, 3, -3, 3, 32);
        BasinMap basins = Basins.compute(model, Double.NaN, grid, Cancellation.NEVER);
        RegionMap map = RegionMaps.basins(basins);
        for (int k = 0; k < grid.cells(); k++) assertEquals(basins.memory()[k], map.label()[k], "cell " + k);
        for (int n = 0; n < 3; n++) assertTrue(map.cells(n) > grid.cells() / 6, "memory " + n + " has a basin");
        assertTrue(map.spurious().isEmpty());
    }

    @Test
    void aSpuriousMinimumGetsItsOwnRegion() throws Exception {
        Scene scene = splitting();
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        Grid grid = new Grid(-3, 3, -3, 3, 16);
        RegionMap map = RegionMaps.basins(Basins.compute(model, 0.6, grid, Cancellation.NEVER));
        // one valley, midway: every cell ends at the one spurious minimum
        assertEquals(1, map.spurious().size());
        assertEquals(0, map.spurious().get(0).x(), 1e-9);
        assertEquals(grid.cells(), map.cells(RegionMap.spurious(0)));
        assertEquals(0, RegionMap.spuriousIndex(RegionMap.spurious(0)));
        assertEquals(1, CriticalPoints.find(model, 0.6, scene.domain()).spuriousCount());
    }

    @Test
    void responsibilitiesAreTheLargestSoftmaxWeight() throws Exception {
        Scene scene = splitting();
        EnergyModel model = SceneSetup.model(scene);
        Grid grid = new Grid(-3, 3, -3, 3, 12);
        RegionMap map = RegionMaps.responsibilities(model, 0.3, grid, Cancellation.NEVER);
        for (int j = 0; j < 12; j++) {
            for (int i = 0; i < 12; i++) {
                double[] w = model.memoryWeights(new double[] {grid.x(i), grid.y(j)}, 0.3);
                int best = w[0] >= w[1] ? 0 : 1;
                assertEquals(best, map.label()[j * 12 + i]);
                assertEquals(Math.max(w[0], w[1]), map.strength()[j * 12 + i], 1e-6);
                assertEquals(grid.x(i) < 0 ? 0 : 1, best, "the nearer memory dominates");
            }
        }
    }

    @Test
    void theSamplersBasinsAreWhereTheFlowFromTheShownStepEnds() throws Exception {
        Scene scene = splitting();
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        Grid grid = new Grid(-3, 3, -3, 3, 8);
        int step = 200;
        RegionMap map = RegionMaps.samplerBasins(scene, model, step, grid, Cancellation.NEVER);
        // the same flow by the scene's own sampler, switched to the probability-flow ODE
        DynamicsSpec d = scene.dynamics();
        Scene pf = scene.withDynamics(new DynamicsSpec(DynamicsSpec.Sampler.PROBABILITY_FLOW_ODE, d.step(), d.steps(),
                d.temperature(), d.integrator(), d.tauMax(), d.tauMin()));
        Sampler sampler = SceneSetup.sampler(pf, model);
        for (int j = 0; j < 8; j++) {
            for (int i = 0; i < 8; i++) {
                double[] x = {grid.x(i), grid.y(j)};
                for (int k = step; k < d.steps(); k++) sampler.advance(model, x, 0, k, new Noise(1));
                double[] w = model.memoryWeights(x, d.tauMin());
                int expected = w[0] > 0.5 ? 0 : w[1] > 0.5 ? 1 : -1;
                assertEquals(expected, map.label()[j * 8 + i], "cell " + i + ", " + j);
                assertTrue(expected >= 0, "every start ends at a memory at τ min");
            }
        }
    }

    @Test
    void theSweepFollowsTheMemoriesMainAxis() {
        assertEquals(1, SweepPlan.mainAxis(List.of(new double[] {-1, 0}, new double[] {1, 0}))[0], 1e-12);
        double[] diagonal = SweepPlan.mainAxis(List.of(new double[] {-1, -1}, new double[] {2, 2}));
        assertEquals(Math.sqrt(0.5), diagonal[0], 1e-12);
        assertEquals(Math.sqrt(0.5), diagonal[1], 1e-12);
        assertEquals(1, SweepPlan.mainAxis(List.of(new double[] {0, 0}, new double[] {0, 3}))[1], 1e-12);
    }

}
