package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MATH.md §3: the marginals integrate to 1, and u(x,τ) = β_eff E_{β_eff}(x/a) + const. */
class DiffusionIdentitiesTest {

    /** ∫∫ exp(−E) over a grid wide enough for every component, by the midpoint rule. */
    private static double integral(EnergyModel model, double tau, double half, int cells) {
        double h = 2 * half / cells;
        double sum = 0;
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                double[] x = {-half + (i + 0.5) * h, -half + (j + 0.5) * h};
                sum += Math.exp(-model.energy(x, tau, null));
            }
        }
        return sum * h * h;
    }

    @Test
    void marginalsIntegrateToOne() {
        for (Map.Entry<String, DiffusionModel> e : TestModels.diffusionModels(2).entrySet()) {
            for (double tau : new double[] {0.2, 0.5, 1.0}) {
                double s = Math.sqrt(e.getValue().process().variance(tau));
                double half = 3 + 10 * s;   // memories lie within ±3; ten noise widths beyond
                int cells = (int) Math.min(1600, Math.max(400, 12 * half / s));
                assertEquals(1.0, integral(e.getValue(), tau, half, cells), 1e-6, e.getKey() + " τ=" + tau);
            }
        }
    }

    @Test
    void diffusionEnergyIsModernHopfieldAtBetaEff() {
        List<Memory> points = TestModels.randomPoints(5, 2, 1.5, 3);
        List<Memory> mixed = TestModels.mixedMemories(2, 9);
        for (List<Memory> memories : List.of(points, mixed)) {
            for (NoiseProcess process : List.of(
                    new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)),
                    new NoiseProcess.VariancePreserving(new Schedule.Cosine()),
                    new NoiseProcess.VarianceExploding(0.01, 3))) {
                DiffusionModel diffusion = new DiffusionModel(memories, process);
                for (double tau : new double[] {0.05, 0.2, 0.6}) {
                    double a = process.signal(tau);
                    double betaEff = process.betaEff(tau);
                    DistanceHopfieldModel hopfield = new DistanceHopfieldModel(memories, betaEff);
                    Random random = new Random(2);
                    Double constant = null;
                    for (int trial = 0; trial < 10; trial++) {
                        double[] x = TestModels.randomVector(random, 2, 2.5);
                        double[] scaled = {x[0] / a, x[1] / a};
                        double difference = diffusion.energy(x, tau, null) - betaEff * hopfield.energy(scaled, 0, null);
                        if (constant == null) constant = difference;
                        assertEquals(constant, difference, 1e-9 * Math.max(1, Math.abs(constant)), process + " τ=" + tau);
                    }
                    // the constant is the normalization: log N + (D/2) log(2π s²)
                    double s2 = process.variance(tau);
                    assertEquals(Math.log(memories.size()) + Math.log(2 * Math.PI * s2), constant, 1e-9);
                }
            }
        }
    }

    @Test
    void betaEffIsTheSignalToNoiseRatio() {
        NoiseProcess.VariancePreserving vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        for (double tau : new double[] {0.001, 0.1, 0.5, 1}) {
            double alphaBar = Math.exp(vp.schedule().logAlphaBar(tau));
            assertEquals(alphaBar / (1 - alphaBar), vp.betaEff(tau), 1e-9 * vp.betaEff(tau));
        }
        NoiseProcess.VarianceExploding ve = new NoiseProcess.VarianceExploding(0.01, 3);
        assertEquals(1 / (ve.sigma(0.4) * ve.sigma(0.4)), ve.betaEff(0.4), 1e-9);
    }

    @Test
    void scheduleBetaIsMinusDerivativeOfLogAlphaBar() {
        for (Schedule schedule : List.of(new Schedule.Linear(0.1, 20), new Schedule.Cosine(), new Schedule.Constant(0.8, 0.01))) {
            for (double tau : new double[] {0.01, 0.3, 0.7, 0.9, 0.95, 0.99}) {
                double h = 1e-6;
                double numeric = -(schedule.logAlphaBar(tau + h) - schedule.logAlphaBar(tau - h)) / (2 * h);
                assertEquals(numeric, schedule.beta(tau), 1e-6 * Math.max(1, numeric), schedule + " τ=" + tau);
            }
        }
    }
}
