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
     * step: diffusion models pass s²(τ), which makes it Tweedie's x ← x + s² ∇log p.
     */
    static Sampler hopfieldUpdate(int steps, double fixedTau, double scale) {
        return new GradientFlow(scale, steps, fixedTau);
    }

    /** The reverse-time grid τ_k = tauMax − k h, h = (tauMax − tauMin)/steps. */
    record TauGrid(double tauMax, double tauMin, int steps) {
        public double tau(int k) {
            if (steps == 0) return tauMax;          // no step taken: still at the start
            return k >= steps ? tauMin : tauMax - k * step();
        }

        public double step() { return steps == 0 ? 0 : (tauMax - tauMin) / steps; }
    }

    /** Euler–Maruyama on the reverse SDE: x ← x + h [c x + g² s(x, τ)] + g √h z. */
    record ReverseSde(NoiseProcess process, TauGrid grid) implements Sampler {
        @Override public double tau(int k) { return grid.tau(k); }

        @Override public int steps() { return grid.steps(); }

        @Override public void advance(EnergyModel model, double[] state, long particle, int k, Noise noise) {
            double tau = grid.tau(k);
            double h = grid.step();
            double c = process.driftRate(tau);
            double g2 = process.noiseRate(tau);
            double[] score = new double[state.length];
            double[] z = new double[state.length];
            model.force(state, tau, score);
            noise.gaussians(Noise.STEP_STREAM, particle, k, z);
            double kick = Math.sqrt(g2 * h);
            for (int i = 0; i < state.length; i++) state[i] += h * (c * state[i] + g2 * score[i]) + kick * z[i];
        }
    }

    /** The probability-flow ODE dx/d(−τ) = c x + ½ g² s, by Euler or Heun (trapezoidal correction). */
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
            if (!heun) {
                for (int i = 0; i < state.length; i++) state[i] += h * v[i];
                return;
            }
            double[] trial = new double[state.length];
            for (int i = 0; i < state.length; i++) trial[i] = state[i] + h * v[i];
            double[] vTrial = new double[state.length];
            velocity(model, trial, grid.tau(k + 1), vTrial);
            for (int i = 0; i < state.length; i++) state[i] += 0.5 * h * (v[i] + vTrial[i]);
        }
    }
}
