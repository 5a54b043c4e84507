package org.memscape.core;

/**
 * The forward diffusion dx = −c(τ) x dτ + g(τ) dW, whose marginal for a data point y is
 * N(a(τ) y, s²(τ) I). Its reverse-time samplers need c and g²; its energy needs a and s².
 */
public sealed interface NoiseProcess {

    /** a(τ), the factor that shrinks the data. */
    double signal(double tau);

    /** s²(τ), the variance of the added noise. */
    double variance(double tau);

    /** c(τ) in the drift −c x. */
    double driftRate(double tau);

    /** g²(τ), the rate at which noise variance is injected (β(τ) for VP, dσ²/dτ for VE). */
    double noiseRate(double tau);

    /** β_eff(τ) = a²/s², the inverse temperature of the equivalent Hopfield energy (Ambrogioni eq. 14). */
    default double betaEff(double tau) {
        double a = signal(tau);
        return a * a / variance(tau);
    }

    /** Variance preserving: a = √ᾱ, s² = 1 − ᾱ, c = β/2, g² = β. */
    record VariancePreserving(Schedule schedule) implements NoiseProcess {
        @Override public double signal(double tau) { return Math.exp(0.5 * schedule.logAlphaBar(tau)); }

        @Override public double variance(double tau) { return -Math.expm1(schedule.logAlphaBar(tau)); }

        @Override public double driftRate(double tau) { return 0.5 * schedule.beta(tau); }

        @Override public double noiseRate(double tau) { return schedule.beta(tau); }

        @Override public double betaEff(double tau) {
            double logAlphaBar = schedule.logAlphaBar(tau);
            return Math.exp(logAlphaBar) / -Math.expm1(logAlphaBar);
        }
    }

    /** Variance exploding: σ(τ) = σmin (σmax/σmin)^τ, a = 1, s² = σ², no drift. */
    record VarianceExploding(double sigmaMin, double sigmaMax) implements NoiseProcess {
        public VarianceExploding {
            if (!(sigmaMin > 0) || !(sigmaMax > sigmaMin) || !Double.isFinite(sigmaMax)) {
                throw new IllegalArgumentException("need 0 < sigmaMin < sigmaMax, got " + sigmaMin + ", " + sigmaMax);
            }
        }

        public double sigma(double tau) { return sigmaMin * Math.pow(sigmaMax / sigmaMin, tau); }

        @Override public double signal(double tau) { return 1; }

        @Override public double variance(double tau) { double s = sigma(tau); return s * s; }

        @Override public double driftRate(double tau) { return 0; }

        @Override public double noiseRate(double tau) { return 2 * variance(tau) * Math.log(sigmaMax / sigmaMin); }
    }
}
