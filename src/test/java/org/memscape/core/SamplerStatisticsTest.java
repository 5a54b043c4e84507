package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stochastic samplers reach the distributions they are for: moments over many particles
 * against the exact ones, within a few standard errors (seeded, so the test is deterministic).
 */
class SamplerStatisticsTest {

    private static final int PARTICLES = 20_000;
    private static final double[] MEMORY = {2, -1};

    private static double[][] moments(Simulation sim) {
        double[] mean = new double[2];
        double[] var = new double[2];
        for (int p = 0; p < sim.particleCount(); p++) {
            double[] v = sim.canvasPosition(p);
            for (int i = 0; i < 2; i++) mean[i] += v[i] / sim.particleCount();
        }
        for (int p = 0; p < sim.particleCount(); p++) {
            double[] v = sim.canvasPosition(p);
            for (int i = 0; i < 2; i++) var[i] += (v[i] - mean[i]) * (v[i] - mean[i]) / (sim.particleCount() - 1);
        }
        return new double[][] {mean, var};
    }

    /** One memory: E = ½|x − y|², so Langevin at temperature T samples N(y, T I). */
    @Test
    void langevinSamplesTheBoltzmannDistribution() {
        DistanceHopfieldModel model = new DistanceHopfieldModel(List.of(new Memory.Point(MEMORY)), 2);
        double temperature = 0.3;
        Simulation sim = new Simulation(model, new Sampler.Langevin(0.01, 800, temperature, Double.NaN), 5,
                new double[PARTICLES][2]);
        while (!sim.finished()) sim.advance();
        double[][] m = moments(sim);
        // Euler–Maruyama on an OU process has stationary variance T/(1 − h/2)
        double variance = temperature / (1 - 0.01 / 2);
        for (int i = 0; i < 2; i++) {
            assertEquals(MEMORY[i], m[0][i], 4 * Math.sqrt(variance / PARTICLES), "mean " + i);
            assertEquals(variance, m[1][i], 4 * variance * Math.sqrt(2.0 / PARTICLES), "variance " + i);
        }
    }

    /**
     * One memory: the reverse SDE from the exact prior at τ = 1 must carry it through N(a y, s² I)
     * at every τ; checked one step before the end (the last step denoises, see SamplerEndingTest).
     * The cosine run stops at τ = 0.85, just past its β cap, where a mismatch would still show.
     */
    @Test
    void reverseSdeTransportsTheMarginal() {
        for (NoiseProcess process : List.of(new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)),
                new NoiseProcess.VariancePreserving(new Schedule.Cosine()), new NoiseProcess.VarianceExploding(0.01, 3))) {
            List<Memory> memories = List.of(new Memory.Point(MEMORY));
            DiffusionModel model = new DiffusionModel(memories, process);
            double tauEnd = process instanceof NoiseProcess.VariancePreserving vp && vp.schedule() instanceof Schedule.Cosine ? 0.85 : 0.3;
            double[][] start = ParticleInit.diffusionMarginal(PARTICLES, memories, process, 1, new Noise(1));
            Sampler.TauGrid grid = new Sampler.TauGrid(1, tauEnd, 1000);
            Simulation sim = new Simulation(model, new Sampler.ReverseSde(process, grid), 2, start);
            while (sim.step() < grid.steps() - 1) sim.advance();
            double[][] m = moments(sim);
            double a = process.signal(sim.tau());
            double s2 = process.variance(sim.tau());
            for (int i = 0; i < 2; i++) {
                // statistical error plus the Euler–Maruyama bias of 1000 steps
                assertEquals(a * MEMORY[i], m[0][i], 4 * Math.sqrt(s2 / PARTICLES) + 0.01, process + " mean " + i);
                assertEquals(s2, m[1][i], s2 * (4 * Math.sqrt(2.0 / PARTICLES) + 0.02), process + " variance " + i);
            }
        }
    }

    @Test
    void aRunOfZeroStepsStaysAtTauMax() {
        Sampler.TauGrid grid = new Sampler.TauGrid(0.8, 0.01, 0);
        assertEquals(0.8, grid.tau(0));
        assertEquals(0.8, new Sampler.TauGrid(0.8, 0.01, 4).tau(0));
        assertEquals(0.01, new Sampler.TauGrid(0.8, 0.01, 4).tau(4));
    }
}
