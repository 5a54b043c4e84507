package org.memscape.app;

import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.NoiseProcess;

/**
 * The noise level of the shown step as text: τ, the noise rate and β_eff, each named for what it is.
 * VP has β(τ) and β_eff = ᾱ/(1 − ᾱ); VE has no β and no ᾱ: its rate is g² = dσ²/dτ and its
 * β_eff is 1/σ². No JavaFX.
 */
final class TimeReadout {

    static final String NO_TIME = "no noise level \u03C4 in this model";

    private TimeReadout() {}

    static String text(EnergyModel model, double tau) {
        if (Double.isNaN(tau) || !(model instanceof DiffusionModel diffusion)) return NO_TIME;
        NoiseProcess p = diffusion.process();
        String rate = Format.number(p.noiseRate(tau));
        String betaEff = Format.number(p.betaEff(tau));
        if (p instanceof NoiseProcess.VarianceExploding) {
            return String.format("\u03C4 = %.3f  g\u00B2(\u03C4) = d\u03C3\u00B2/d\u03C4 = %s  \u03B2_eff(\u03C4) = 1/\u03C3\u00B2 = %s", tau, rate, betaEff);
        }
        return String.format("\u03C4 = %.3f  \u03B2(\u03C4) = %s  \u03B2_eff(\u03C4) = %s", tau, rate, betaEff);
    }
}
