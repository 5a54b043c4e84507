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

    /**
     * Issue 9, point 8: on a diffusion model the update returns the memory-space estimate (Tweedie,
     * divided by a), which is the distance-similarity update at β_eff(τ): at a raised τ it still
     * lands on a memory itself, not on its image a·y in the landscape, and never raises the energy
     * it reports, u(a x, τ) = β_eff·E_β_eff(x) + const.
     */
    @Test
    void onADiffusionModelTheUpdateIsTheDistanceUpdateAtBetaEffInMemorySpace() {
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        double tau = 0.3;
        double a = vp.signal(tau);
        assertTrue(a < 0.7, "a raised tauMin: the memories' images a·y are far from the memories");
        List<Memory> memories = TestModels.randomPoints(4, 2, 2.5, 3);
        DiffusionModel diffusion = new DiffusionModel(memories, vp);
        DistanceHopfieldModel hopfield = new DistanceHopfieldModel(memories, vp.betaEff(tau));
        Sampler update = new Sampler.HopfieldOnDiffusion(vp, 10, tau);
        Sampler reference = Sampler.hopfieldUpdate(10, Double.NaN, 1);
        Random random = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = TestModels.randomVector(random, 2, 3);
            double[] y = x.clone();
            double previous = update.energy(diffusion, x, 0);
            for (int k = 0; k < 10; k++) {
                update.advance(diffusion, x, 0, k, new Noise(0));
                reference.advance(hopfield, y, 0, k, new Noise(0));
                assertArrayEquals(y, x, 1e-9, "iteration " + k);
                double now = update.energy(diffusion, x, k + 1);
                assertTrue(now <= previous + 1e-12, "energy rose at iteration " + k);
                previous = now;
            }
        }
        // one memory: a single update from anywhere is the memory itself
        List<Memory> one = List.of(new Memory.Point(new double[] {1.5, -1}));
        double[] x = {-2, 2.5};
        update.advance(new DiffusionModel(one, vp), x, 0, 0, new Noise(0));
        assertArrayEquals(new double[] {1.5, -1}, x, 1e-12);
    }
}
