package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MATH.md §3: every force equals −∇E (the score equals ∇ log p) to finite-difference precision. */
class ForceIsMinusGradientTest {

    private static final double STEP = 1e-5;
    private static final double TOLERANCE = 2e-6;

    @ParameterizedTest
    @ValueSource(ints = {2, 10})
    void hopfieldForces(int dim) {
        for (Map.Entry<String, EnergyModel> e : TestModels.hopfieldModels(dim).entrySet()) {
            boolean tanh = e.getKey().startsWith("tanh");
            checkAtRandomPoints(e.getKey(), e.getValue(), Double.NaN, tanh ? 0.9 : 2.5, dim);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 10})
    void diffusionScores(int dim) {
        for (Map.Entry<String, DiffusionModel> e : TestModels.diffusionModels(dim).entrySet()) {
            for (double tau : new double[] {0.05, 0.3, 0.7, 1.0}) {
                checkAtRandomPoints(e.getKey() + " τ=" + tau, e.getValue(), tau, 3, dim);
            }
        }
    }

    private static void checkAtRandomPoints(String name, EnergyModel model, double tau, double scale, int dim) {
        Random random = new Random(name.hashCode());
        for (int trial = 0; trial < 8; trial++) {
            double[] x = TestModels.randomVector(random, dim, scale);
            double[] force = new double[dim];
            model.energy(x, tau, force);
            double norm = 0;
            for (double f : force) norm = Math.max(norm, Math.abs(f));
            for (int i = 0; i < dim; i++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += STEP;
                down[i] -= STEP;
                double numeric = -(model.energy(up, tau, null) - model.energy(down, tau, null)) / (2 * STEP);
                assertTrue(Double.isFinite(force[i]), name);
                assertEquals(numeric, force[i], TOLERANCE * Math.max(1, norm),
                        name + " at " + java.util.Arrays.toString(x) + ", component " + i);
            }
        }
    }
}
