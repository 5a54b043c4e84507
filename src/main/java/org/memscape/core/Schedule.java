package org.memscape.core;

/**
 * A variance-preserving noise schedule β(τ) on τ ∈ [0, 1] (τ = 0 data, τ = 1 noise), with
 * log ᾱ(τ) = −∫₀^τ β in closed form (MATH.md §2.1).
 */
public sealed interface Schedule {

    /** The noise rate β(τ) per unit τ. */
    double beta(double tau);

    /** log ᾱ(τ) = −∫₀^τ β. */
    double logAlphaBar(double tau);

    /** Song et al. (2021): β(τ) = βmin + τ (βmax − βmin). */
    record Linear(double betaMin, double betaMax) implements Schedule {
        public Linear {
            if (!(betaMin >= 0) || !(betaMax >= betaMin) || !Double.isFinite(betaMax)) {
                throw new IllegalArgumentException("need 0 ≤ betaMin ≤ betaMax, got " + betaMin + ", " + betaMax);
            }
        }

        @Override public double beta(double tau) { return betaMin + tau * (betaMax - betaMin); }

        @Override public double logAlphaBar(double tau) { return -(betaMin * tau + 0.5 * (betaMax - betaMin) * tau * tau); }
    }

    /**
     * Nichol and Dhariwal (2021): ᾱ(τ) = c(τ)/c(0), c(τ) = cos²(((τ + k)/(1 + k))·π/2), whose rate
     * β = −d log ᾱ/dτ grows without bound at τ = 1. It is capped at 20 from τc ≈ 0.90 on, and ᾱ
     * follows the capped rate there (log ᾱ falls by 20 per unit τ): were ᾱ left uncapped, the
     * samplers' β and the marginal's a, s² would describe two different processes.
     */
    record Cosine() implements Schedule {
        static final double OFFSET = 0.008;
        static final double BETA_CAP = 20;
        /** Where the uncapped rate reaches the cap: tan(angle(τc)) = cap (1 + k)/π. */
        static final double CAP_TAU = Math.atan(BETA_CAP * (1 + OFFSET) / Math.PI) * 2 * (1 + OFFSET) / Math.PI - OFFSET;

        private static double angle(double tau) { return (tau + OFFSET) / (1 + OFFSET) * Math.PI / 2; }

        @Override public double beta(double tau) {
            return tau >= CAP_TAU ? BETA_CAP : Math.PI / (1 + OFFSET) * Math.tan(angle(tau));
        }

        /**
         * 2 log(cos(a₀ + δ)/cos a₀) with δ = angle(τ) − a₀ = τπ/(2(1 + k)), written as
         * 2 log1p(−2 sin²(δ/2) − tan a₀ sin δ): the difference of two logarithms lost all but a few
         * digits near τ = 0 (2.8e-6 relative at τ = 1e-10, and exactly 0 at τ = 1e-300), where
         * 1 − ᾱ = −expm1(log ᾱ) needs them all.
         */
        @Override public double logAlphaBar(double tau) {
            if (tau > CAP_TAU) return logAlphaBar(CAP_TAU) - BETA_CAP * (tau - CAP_TAU);
            double delta = tau / (1 + OFFSET) * Math.PI / 2;
            double halfSin = Math.sin(0.5 * delta);
            return 2 * Math.log1p(-2 * halfSin * halfSin - Math.tan(angle(0)) * Math.sin(delta));
        }
    }

    /**
     * Ambrogioni (2023), App. A: a constant rate γ over the time range T = −2 log(θ)/γ that brings
     * the signal amplitude down to θ; τ is that time divided by T, so β per unit τ is γT = −2 log θ.
     * In τ the landscapes therefore depend on θ alone: γ sets only the physical time t = τT.
     */
    record Constant(double gamma, double theta) implements Schedule {
        public Constant {
            if (!(gamma > 0) || !Double.isFinite(gamma)) throw new IllegalArgumentException("gamma must be > 0");
            if (!(theta > 0 && theta < 1)) throw new IllegalArgumentException("theta must be in (0, 1)");
        }

        public double timeRange() { return -2 * Math.log(theta) / gamma; }

        @Override public double beta(double tau) { return gamma * timeRange(); }

        @Override public double logAlphaBar(double tau) { return -gamma * timeRange() * tau; }
    }
}
