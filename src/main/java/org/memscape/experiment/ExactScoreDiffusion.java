package org.memscape.experiment;

/**
 * The variance-preserving diffusion with constant rate γ (Ambrogioni App. A) whose data are the
 * stored patterns, run backwards from t_start to 0 with its exact score. Forward: dx = −½γx dt +
 * √γ dW, so the signal is a(t) = e^(−γt/2) and the variance s²(t) = 1 − e^(−γt) (computed as
 * −expm1(−γt)). The marginal is the mixture (1/n) Σ N(a y_n, s² I), whose score is
 * (a Σ w_n y_n − x)/s² with w = softmax(−|x − a y_n|²/2s²) = softmax((a/s²) Y x) for patterns of
 * equal norm.
 *
 * <p>Euler steps of width h = t_start/K go from t_k = (K − k) h to t_{k+1}, k = 0 … K − 1, with the
 * drift taken at the start of each step: the last step ends at t = 0 but the score is last taken at
 * t = h, where s² ≈ γh. The score at t = 0 (s² = 0) is never needed, and every number stays finite:
 * at step k the pull toward the posterior mean has weight ½γh/s²(t_k) ≈ 1/(2(K − k)) for the ODE,
 * at most about ½, well inside Euler's stability bound.
 */
public final class ExactScoreDiffusion {

    private ExactScoreDiffusion() {}

    /** The time of the drift of step k out of {@code steps}: t_k = (K − k)·t_start/K. */
    public static double time(double startTime, int steps, int k) {
        return (steps - k) * (startTime / steps);
    }

    /**
     * The probability-flow ODE x ← x + h[½γx + ½γ score(x, t_k)], {@code steps} Euler steps from
     * {@code x} (changed in place). {@code path}, if not null, receives the state before every step
     * and after the last ((steps + 1) × d, row after row).
     */
    public static void probabilityFlow(SoftmaxRecall patterns, double[] x, double gamma, double startTime, int steps,
                                       double[] path) {
        run(patterns, x, gamma, startTime, steps, 0.5, null, 0, path);
    }

    /**
     * The reverse SDE, Euler–Maruyama: x ← x + h[½γx + γ score(x, t_k)] + √(γh) z_k, with z_k the
     * draws' SDE noise of repetition {@code rep} at step k.
     */
    public static void reverseSde(SoftmaxRecall patterns, double[] x, double gamma, double startTime, int steps,
                                  Draws draws, int rep, double[] path) {
        run(patterns, x, gamma, startTime, steps, 1.0, draws, rep, path);
    }

    private static void run(SoftmaxRecall patterns, double[] x, double gamma, double startTime, int steps,
                            double scoreWeight, Draws draws, int rep, double[] path) {
        int dim = patterns.dim();
        double h = startTime / steps;
        double[] mean = new double[dim];
        double[] z = draws == null ? null : new double[dim];
        double kick = Math.sqrt(gamma * h);
        for (int k = 0; k < steps; k++) {
            if (path != null) System.arraycopy(x, 0, path, k * dim, dim);
            double t = time(startTime, steps, k);
            double a = Math.exp(-0.5 * gamma * t);
            double s2 = -Math.expm1(-gamma * t);
            patterns.recall(x, a / s2, mean);
            double pull = scoreWeight * gamma / s2;
            if (z != null) draws.sdeNoise(dim, rep, k, z);
            for (int i = 0; i < dim; i++) {
                double drift = 0.5 * gamma * x[i] + pull * (a * mean[i] - x[i]);
                x[i] += h * drift;
                if (z != null) x[i] += kick * z[i];
            }
        }
        if (path != null) System.arraycopy(x, 0, path, steps * dim, dim);
    }
}
