package org.memscape.app.playback;

import org.memscape.app.playback.TimeReadout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;
import org.memscape.text.NumberText;

/** The τ readout names each number for what it is (issue 9, point 5): VE has no β and no ᾱ. */
class TimeReadoutTest {

    private static final List<Memory> ONE = List.of(new Memory.Point(new double[] {1, 1}));

    @Test
    void vpShowsBetaAndBetaEff() {
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        assertEquals("τ = " + "0.500" + "   β(τ) = " + NumberText.readout(0.1 + 0.5 * (20 - 0.1)) + "\nβ_eff(τ) = " + NumberText.readout(vp.betaEff(0.5)),
                TimeReadout.text(new DiffusionModel(ONE, vp), 0.5));
    }

    @Test
    void veShowsItsNoiseRateAndOneOverSigmaSquared() {
        NoiseProcess.VarianceExploding ve = new NoiseProcess.VarianceExploding(0.01, 3);
        double sigma = ve.sigma(0.5);
        assertEquals("τ = " + "0.500" + "   g²(τ) = dσ²/dτ = " + NumberText.readout(2 * sigma * sigma * Math.log(300))
                        + "\nβ_eff(τ) = 1/σ² = " + NumberText.readout(1 / (sigma * sigma)),
                TimeReadout.text(new DiffusionModel(ONE, ve), 0.5));
    }

    @Test
    void modelsWithoutTimeSaySo() {
        assertEquals(TimeReadout.NO_TIME, TimeReadout.text(new DistanceHopfieldModel(ONE, 2), Double.NaN));
    }
}
