package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MATH.md §3: the one-step modern Hopfield update is a fixed-point iteration of the same E. */
class HopfieldUpdateTest {

    @Test
    void updateNeverRaisesEnergyAndStopsAtAMemory() {
        List<Memory> memories = TestModels.randomPoints(5, 10, 1, 4);
        HopfieldModel model = new HopfieldModel(memories, HopfieldModel.Features.QUADRATIC, new MemoryFunction.LogSumExp(8));
        Sampler update = Sampler.hopfieldUpdate(30, Double.NaN, 1);
        Random random = new Random(8);
        for (int trial = 0; trial < 10; trial++) {
            double[] x = TestModels.randomVector(random, 10, 1);
            double previous = model.energy(x, 0, null);
            for (int k = 0; k < 30; k++) {
                update.advance(model, x, 0, k, new Noise(0));
                double now = model.energy(x, 0, null);
                assertTrue(now <= previous + 1e-12, "energy rose at iteration " + k);
                previous = now;
            }
            // converged: one more update leaves x where it is, and the force there vanishes
            double[] again = x.clone();
            update.advance(model, again, 0, 30, new Noise(0));
            assertArrayEquals(x, again, 1e-9);
            double[] force = new double[10];
            model.energy(x, 0, force);
            for (double f : force) assertTrue(Math.abs(f) < 1e-9);
        }
    }

    @Test
    void distanceUpdateIsTheWeightedMeanOfMemories() {
        List<Memory> memories = TestModels.randomPoints(3, 2, 2, 1);
        DistanceHopfieldModel model = new DistanceHopfieldModel(memories, 1.5);
        double[] x = {0.3, -0.2};
        double[] w = model.memoryWeights(x, 0);
        double[] expected = new double[2];
        for (int n = 0; n < 3; n++) {
            double[] y = ((Memory.Point) memories.get(n)).y();
            expected[0] += w[n] * y[0];
            expected[1] += w[n] * y[1];
        }
        Sampler.hopfieldUpdate(1, Double.NaN, 1).advance(model, x, 0, 0, new Noise(0));
        assertArrayEquals(expected, x, 1e-12);
    }
}
