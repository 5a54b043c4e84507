package org.memscape.core;

/**
 * One kind of particle dynamics: moves a particle's state from step k to step k + 1. Samplers are
 * stateless and immutable, so any particle can be stepped on any thread.
 */
public sealed interface Sampler {

    /** The τ at which step k is evaluated (the row of step k reports it); NaN for a timeless model. */
    double tau(int k);

    /** The number of steps a run takes. */
    int steps();

    /** Advances {@code state} (state coordinates) in place from step k to k + 1. */
    void advance(EnergyModel model, double[] state, long particle, int k, Noise noise);

    /**
     * The energy reported for a particle at {@code state} after k steps: the model's energy there at
     * τ(k). A sampler that leaves its particles in memory space (denoised, Tweedie) reports the
     * energy of the state's image a·x in the landscape at τ, which is β_eff·E_β_eff(x) plus a
     * constant: the distance-similarity Hopfield energy of the memory-space point (MATH.md §2.1).
     */
    default double energy(EnergyModel model, double[] state, int k) {
        return model.energyAtState(state, tau(k));
    }

    /**
     * Tweedie's denoising step: x ← (x + s²(τ) ∇log p(x, τ)) / a(τ), the posterior mean of the
     * memory given that x is a sample of p(·, τ): Σ w_n y_n for point memories, a point on or
     * between the memories for extended ones. It moves x from the landscape into memory space.
     */
    static void denoise(EnergyModel model, NoiseProcess process, double tau, double[] x) {
        double a = process.signal(tau);
        double s2 = process.variance(tau);
        double[] score = new double[x.length];
        model.force(x, tau, score);
        for (int i = 0; i < x.length; i++) x[i] = (x[i] + s2 * score[i]) / a;
    }

    /** The energy at τ of the landscape point a(τ)·x whose memory-space image is x. */
    private static double energyOfImage(EnergyModel model, NoiseProcess process, double tau, double[] x) {
        double a = process.signal(tau);
        double[] image = new double[x.length];
        for (int i = 0; i < x.length; i++) image[i] = a * x[i];
        return model.energyAtState(image, tau);
    }

    /** Euler on the gradient flow, at a fixed τ (tauMin for diffusion models, NaN otherwise). */
    record GradientFlow(double step, int steps, double fixedTau) implements Sampler {
        @Override public double tau(int k) { return fixedTau; }

        @Override public void advance(EnergyModel model, double[] state, long particle, int k, Noise noise) {
            double[] v = new double[state.length];
            model.velocity(state, fixedTau, v);
            for (int i = 0; i < state.length; i++) state[i] += step * v[i];
        }
    }

    /**
     * Overdamped Langevin at temperature T: Euler–Maruyama on dx = −∇ₓE dt + √(2T) dW in the
     * state coordinates, which samples exp(−E(x)/T) there.
     */
    record Langevin(double step, int steps, double temperature, double fixedTau) implements Sampler {
        @Override public double tau(int k) { return fixedTau; }

        @Override public void advance(EnergyModel model, double[] state, long particle, int k, Noise noise) {
            double[] v = new double[state.length];
            double[] z = new double[state.length];
            model.minusGradientAtState(state, fixedTau, v);
            noise.gaussians(Noise.STEP_STREAM, particle, k, z);
            double kick = Math.sqrt(2 * temperature * step);
            for (int i = 0; i < state.length; i++) state[i] += step * v[i] + kick * z[i];
        }
    }

    /**
     * The one-step retrieval x ← Yᵀ f(Y g) is Euler on the gradient flow with step 1 (dx/dt =
     * Yᵀ f(Y g) − x); for the distance form that is x ← Σ w_n y_n. {@code scale} multiplies the
     * step. (A diffusion model has its own: {@link HopfieldOnDiffusion}.)
     */
    static Sampler hopfieldUpdate(int steps, double fixedTau, double scale) {
        return new GradientFlow(scale, steps, fixedTau);
    }

    /**
     * The Hopfield update on a diffusion model at τ: the particle x lives in memory space (where the
     * memories are drawn) and each step is Tweedie's estimate for its landscape point a·x,
     * x ← (a x + s² ∇log p(a x, τ)) / a = Σ_n w_n y_n with w = softmax(−½ β_eff |x − y_n|²).
     * That is the distance-similarity update at β_eff(τ) (MATH.md §2.1, §5), so it never raises the
     * reported energy u(a x, τ) = β_eff·E_β_eff(x) + const and ends on the memories themselves, not
     * on their images a·y_n in the landscape, however large τ is.
     */
    record HopfieldOnDiffusion(NoiseProcess process, int steps, double fixedTau) implements Sampler {
        @Override public double tau(int k) { return fixedTau; }

        @Override public void advance(EnergyModel model, double[] state, long particle, int k, Noise noise) {
            double a = process.signal(fixedTau);
            for (int i = 0; i < state.length; i++) state[i] *= a;
            denoise(model, process, fixedTau, state);
        }

        @Override public double energy(EnergyModel model, double[] state, int k) {
            return energyOfImage(model, process, fixedTau, state);
        }
    }

    /** The reverse-time grid τ_k = tauMax − k h, h = (tauMax − tauMin)/steps. */
    record TauGrid(double tauMax, double tauMin, int steps) {
        public double tau(int k) {
            if (steps == 0) return tauMax;          // no step taken: still at the start
            return k >= steps ? tauMin : tauMax - k * step();
        }

        public double step() { return steps == 0 ? 0 : (tauMax - tauMin) / steps; }

        /** True after the last step, whose particles are denoised into memory space. */
        public boolean denoisedAt(int k) { return steps > 0 && k >= steps; }
    }

    /**
     * Euler–Maruyama on the reverse SDE: x ← x + h [c x + g² s(x, τ)] + g √h z. The last step ends
     * on the data (MATH.md §4; Song et al. 2021, App. D): it takes no noise, whose kick √(g² h) can
     * be far wider than s(tauMin), and is followed by Tweedie's denoising step at tauMin.
     */
    record ReverseSde(NoiseProcess process, TauGrid grid) implements Sampler {
        @Override public double tau(int k) { return grid.tau(k); }

        @Override public int steps() { return grid.steps(); }

        @Override public void advance(EnergyModel model, double[] state, long particle, int k, Noise noise) {
            double tau = grid.tau(k);
            double h = grid.step();
            double c = process.driftRate(tau);
            double g2 = process.noiseRate(tau);
            double[] score = new double[state.length];
            model.force(state, tau, score);
            boolean last = k == grid.steps() - 1;
            double[] z = new double[state.length];
            if (!last) noise.gaussians(Noise.STEP_STREAM, particle, k, z);
            double kick = Math.sqrt(g2 * h);
            for (int i = 0; i < state.length; i++) state[i] += h * (c * state[i] + g2 * score[i]) + kick * z[i];
            if (last) denoise(model, process, grid.tau(k + 1), state);
        }

        @Override public double energy(EnergyModel model, double[] state, int k) {
            return grid.denoisedAt(k) ? energyOfImage(model, process, grid.tau(k), state) : model.energyAtState(state, grid.tau(k));
        }
    }

    /**
     * The probability-flow ODE dx/d(−τ) = c x + ½ g² s, by Euler or Heun (trapezoidal correction).
     * The last step is Euler also for Heun, whose correction would meet the steepest score of the
     * run at a trial point (Karras et al. 2022, Alg. 1), and is followed by Tweedie's denoising step
     * at tauMin.
     */
    record ProbabilityFlow(NoiseProcess process, TauGrid grid, boolean heun) implements Sampler {
        @Override public double tau(int k) { return grid.tau(k); }

        @Override public int steps() { return grid.steps(); }

        private void velocity(EnergyModel model, double[] x, double tau, double[] out) {
            double c = process.driftRate(tau);
            double g2 = process.noiseRate(tau);
            model.force(x, tau, out);
            for (int i = 0; i < x.length; i++) out[i] = c * x[i] + 0.5 * g2 * out[i];
        }

        @Override public void advance(EnergyModel model, double[] state, long particle, int k, Noise noise) {
            double h = grid.step();
            double[] v = new double[state.length];
            velocity(model, state, grid.tau(k), v);
            boolean last = k == grid.steps() - 1;
            if (!heun || last) {
                for (int i = 0; i < state.length; i++) state[i] += h * v[i];
                if (last) denoise(model, process, grid.tau(k + 1), state);
                return;
            }
            double[] trial = new double[state.length];
            for (int i = 0; i < state.length; i++) trial[i] = state[i] + h * v[i];
            double[] vTrial = new double[state.length];
            velocity(model, trial, grid.tau(k + 1), vTrial);
            for (int i = 0; i < state.length; i++) state[i] += 0.5 * h * (v[i] + vTrial[i]);
        }

        @Override public double energy(EnergyModel model, double[] state, int k) {
            return grid.denoisedAt(k) ? energyOfImage(model, process, grid.tau(k), state) : model.energyAtState(state, grid.tau(k));
        }
    }
}
