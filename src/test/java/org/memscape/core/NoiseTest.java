package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseTest {

    @Test
    void gaussiansHaveUnitVarianceAndZeroMean() {
        Noise noise = new Noise(42);
        double[] z = new double[2];
        double sum = 0, sumSq = 0;
        int n = 200_000;
        for (int p = 0; p < n / 2; p++) {
            noise.gaussians(Noise.STEP_STREAM, p, 0, z);
            sum += z[0] + z[1];
            sumSq += z[0] * z[0] + z[1] * z[1];
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sumSq / n, 0.01);
    }

    @Test
    void sameSeedSameRunBitForBit() {
        List<Memory> memories = TestModels.mixedMemories(2, 3);
        DiffusionModel model = new DiffusionModel(memories, new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)));
        Sampler sde = new Sampler.ReverseSde(model.process(), new Sampler.TauGrid(1, 0.001, 50));
        double[][] a = run(model, sde, 7);
        double[][] b = run(model, sde, 7);
        for (int p = 0; p < a.length; p++) assertArrayEquals(a[p], b[p], 0.0);
        assertNotEquals(a[0][0], run(model, sde, 8)[0][0]);
    }

    private static double[][] run(DiffusionModel model, Sampler sampler, long seed) {
        double[][] start = ParticleInit.diffusionMarginal(20, model.memories(), model.process(), 1, new Noise(seed));
        Simulation sim = new Simulation(model, sampler, seed, start);
        while (!sim.finished()) sim.advance();
        double[][] out = new double[20][];
        for (int p = 0; p < 20; p++) out[p] = sim.canvasPosition(p);
        return out;
    }
}
