package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

class ScheduleCurvesTest {

    @Test
    void of_samplesLinearVpFromNearZeroToOne() {
        ScheduleCurves c = ScheduleCurves.of(new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)));
        assertEquals(ScheduleCurves.POINTS, c.tau().length);
        assertEquals(0.001, c.tau()[0], 1e-15);
        assertEquals(1.0, c.tau()[ScheduleCurves.POINTS - 1], 1e-15);
        for (int i = 0; i < c.tau().length; i++) {
            double t = c.tau()[i];
            assertEquals(0.1 + t * 19.9, c.beta()[i], 1e-9, "β(τ) at " + t);
            double logAlphaBar = -(0.1 * t + 0.5 * 19.9 * t * t);
            double snr = Math.exp(logAlphaBar) / -Math.expm1(logAlphaBar);
            assertEquals(snr, c.betaEff()[i], 1e-9 * snr, "β_eff(τ) at " + t + ", not clipped");
        }
        assertEquals(9095, c.betaEff()[0], 1, "β_eff is huge near the data");
        assertEquals(4.3e-5, c.betaEff()[ScheduleCurves.POINTS - 1], 0.05e-5, "and tiny at τ = 1, where it was cut off at 1e-3");
    }

    @Test
    void of_usesGSquaredForVe() {
        ScheduleCurves c = ScheduleCurves.of(new NoiseProcess.VarianceExploding(0.01, 3));
        for (int i = 0; i < c.tau().length; i += 37) {
            double sigma = 0.01 * Math.pow(300, c.tau()[i]);
            double g2 = 2 * sigma * sigma * Math.log(300);
            assertEquals(ScheduleCurves.clip(g2), c.beta()[i], 1e-12 * Math.max(1, g2));
            assertEquals(ScheduleCurves.clip(1 / (sigma * sigma)), c.betaEff()[i], 1e-9 / (sigma * sigma));
        }
    }

    @Test
    void clip_keepsValuesInsideTheLogAxis() {
        assertEquals(1e12, ScheduleCurves.clip(Double.POSITIVE_INFINITY));
        assertEquals(1e-12, ScheduleCurves.clip(0));
        assertEquals(1e-12, ScheduleCurves.clip(-5));
        assertEquals(42, ScheduleCurves.clip(42));
        assertEquals(4e-5, ScheduleCurves.clip(4e-5));
        assertTrue(Double.isNaN(ScheduleCurves.clip(Double.NaN)));
    }
}
