package org.memscape.app.charts;

import org.memscape.core.NoiseProcess;

/**
 * β(τ) and β_eff(τ) of a noise process, sampled for the schedule chart. No JavaFX, no JFreeChart.
 * β_eff is infinite at τ = 0, so the samples start at {@link #TAU_START}. The chart's log axis fits
 * both curves over their whole range (β_eff of the linear VP schedule runs from 9095 down to 4e-5);
 * only zero and infinity are clipped, to [{@link #MIN}, {@link #MAX}], so that the axis stays finite.
 */
record ScheduleCurves(double[] tau, double[] beta, double[] betaEff) {

    static final int POINTS = 200;
    static final double TAU_START = 0.001;
    static final double MIN = 1e-12;
    static final double MAX = 1e12;

    static ScheduleCurves of(NoiseProcess process) {
        double[] tau = new double[POINTS];
        double[] beta = new double[POINTS];
        double[] betaEff = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double t = TAU_START + (1 - TAU_START) * i / (POINTS - 1);
            tau[i] = t;
            beta[i] = clip(process.noiseRate(t));
            betaEff[i] = clip(process.betaEff(t));
        }
        return new ScheduleCurves(tau, beta, betaEff);
    }

    /** v clipped to [MIN, MAX]; NaN stays NaN (a gap in the curve). */
    static double clip(double v) {
        if (Double.isNaN(v)) return Double.NaN;
        return Math.max(MIN, Math.min(MAX, v));
    }
}
