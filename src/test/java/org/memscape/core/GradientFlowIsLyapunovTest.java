package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MATH.md §3: gradient flow never increases E for steps below the stability bound. */
class GradientFlowIsLyapunovTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 10})
    void energyNeverRises(int dim) {
        for (Map.Entry<String, EnergyModel> e : TestModels.hopfieldModels(dim).entrySet()) {
            EnergyModel model = e.getValue();
            // Unbounded landscapes steepen without end, so the stable step shrinks: stay near the origin.
            boolean unbounded = model instanceof HopfieldModel h && h.unboundedBelow();
            Sampler flow = unbounded ? new Sampler.GradientFlow(1e-3, 50, Double.NaN) : new Sampler.GradientFlow(0.01, 300, Double.NaN);
            double scale = unbounded ? 0.3 : e.getKey().startsWith("tanh") ? 0.95 : 2.5;
            Random random = new Random(3);
            double[][] starts = new double[6][];
            for (int p = 0; p < starts.length; p++) starts[p] = TestModels.randomVector(random, dim, scale);
            Simulation run = new Simulation(model, flow, 0, starts);
            double[] previous = new double[starts.length];
            for (int p = 0; p < starts.length; p++) previous[p] = run.energy(p);
            while (!run.finished()) {
                run.advance();
                for (int p = 0; p < starts.length; p++) {
                    double now = run.energy(p);
                    assertTrue(now <= previous[p] + 1e-12 * Math.max(1, Math.abs(previous[p])),
                            e.getKey() + " particle " + p + " rose from " + previous[p] + " to " + now + " at step " + run.step());
                    previous[p] = now;
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10})
    void diffusionEnergyFallsUnderGradientFlowAtFixedTau(int dim) {
        for (Map.Entry<String, DiffusionModel> e : TestModels.diffusionModels(dim).entrySet()) {
            double tau = 0.3;
            DiffusionModel model = e.getValue();
            double s2 = model.process().variance(tau);
            Simulation run = new Simulation(model, new Sampler.GradientFlow(0.05 * s2, 100, tau), 0,
                    new double[][] {TestModels.randomVector(new Random(1), dim, 2)});
            double previous = run.energy(0);
            while (!run.finished()) {
                run.advance();
                assertTrue(run.energy(0) <= previous + 1e-12, e.getKey());
                previous = run.energy(0);
            }
        }
    }
}
