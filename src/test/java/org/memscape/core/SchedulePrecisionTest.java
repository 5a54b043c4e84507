package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cosine schedule near τ = 0, where 1 − ᾱ is tiny and every digit of log ᾱ counts. Its
 * closed form there: β(τ) = c tan(a₀ + cτ/2) with c = π/(1 + k), so
 * log ᾱ(τ) = −∫₀^τ β = −(β₀τ + β₀′τ²/2 + O(τ³)), β₀ = c tan a₀, β₀′ = (c²/2) sec² a₀; at τ = 1e-10
 * the τ³ term is 1e-17 of the rest. The subtraction of two logarithms was off by 2.8e-6 there.
 */
class SchedulePrecisionTest {

    private static final double K = 0.008;
    private static final double C = Math.PI / (1 + K);
    private static final double A0 = K / (1 + K) * Math.PI / 2;

    /** log ᾱ(τ) from its Taylor series, for τ so small that two terms are exact to rounding. */
    private static double seriesLogAlphaBar(double tau) {
        double beta0 = C * Math.tan(A0);
        double slope = C * C / 2 / (Math.cos(A0) * Math.cos(A0));
        return -(beta0 * tau + slope * tau * tau / 2);
    }

    @Test
    void cosineLogAlphaBarAndNoiseVarianceNearZeroAreExact() {
        Schedule cosine = new Schedule.Cosine();
        NoiseProcess vp = new NoiseProcess.VariancePreserving(cosine);
        for (double tau : new double[] {1e-300, 1e-100, 1e-12, 1e-10, 1e-8}) {
            double expected = seriesLogAlphaBar(tau);
            assertEquals(expected, cosine.logAlphaBar(tau), 1e-14 * Math.abs(expected), "log ᾱ at τ = " + tau);
            double variance = -Math.expm1(expected);
            assertEquals(variance, vp.variance(tau), 1e-14 * variance, "1 − ᾱ at τ = " + tau);
            assertTrue(vp.variance(tau) > 0, "1 − ᾱ is positive at τ = " + tau);
        }
    }

    @Test
    void cosineEnergyAndScoreAtTauOneInTenBillionAreExact() {
        double tau = 1e-10;
        DiffusionModel model = new DiffusionModel(List.of(new Memory.Point(new double[] {0, 0})),
                new NoiseProcess.VariancePreserving(new Schedule.Cosine()));
        double s2 = -Math.expm1(seriesLogAlphaBar(tau));
        double[] x = {3e-6, -2e-6};
        // one point memory at the origin: p(x, τ) = N(x; 0, s²I), so −log p = ‖x‖²/(2s²) + log(2πs²) and the score is −x/s²
        double energy = (x[0] * x[0] + x[1] * x[1]) / (2 * s2) + Math.log(2 * Math.PI * s2);
        double[] force = new double[2];
        assertEquals(energy, model.energy(x, tau, force), 1e-13 * Math.abs(energy));
        assertEquals(-x[0] / s2, force[0], 1e-13 * Math.abs(x[0] / s2));
        assertEquals(-x[1] / s2, force[1], 1e-13 * Math.abs(x[1] / s2));
    }

    @Test
    void cosineAwayFromZeroIsTheProductOfCosinesAsBefore() {
        Schedule cosine = new Schedule.Cosine();
        for (double tau = 0.05; tau < Schedule.Cosine.CAP_TAU; tau += 0.1) {
            double angle = (tau + K) / (1 + K) * Math.PI / 2;
            double direct = 2 * Math.log(Math.cos(angle) / Math.cos(A0));
            assertEquals(direct, cosine.logAlphaBar(tau), 1e-13 * Math.abs(direct), "τ = " + tau);
        }
    }
}
