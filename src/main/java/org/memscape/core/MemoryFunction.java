package org.memscape.core;

/**
 * A memory-neuron Lagrangian L_h(h) and its activation f = ∇L_h (MATH.md §1), applied to the
 * vector of similarities h_n = y_nᵀ g. Inputs saturate where L_h would pass e^600, so that
 * energies stay finite and ordered at any setting (a value that large has no meaning anyway).
 */
public sealed interface MemoryFunction {

    double MAX_EXPONENT = 600;

    /** L_h(h) over h[0..n). */
    double lagrangian(double[] h, int n);

    /** f(h) into out[0..n). */
    void activation(double[] h, int n, double[] out);

    /** Hebbian: ½ Σ h², f = h (Hopfield 1984). */
    record Classical() implements MemoryFunction {
        @Override public double lagrangian(double[] h, int n) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += 0.5 * h[i] * h[i];
            return sum;
        }

        @Override public void activation(double[] h, int n, double[] out) {
            System.arraycopy(h, 0, out, 0, n);
        }
    }

    /** Σ h^p / p with p even; rectified: Σ max(h, 0)^p / p (Krotov and Hopfield 2016). */
    record Power(double power, boolean rectified) implements MemoryFunction {
        public Power {
            if (!(power >= 2) || !Double.isFinite(power)) throw new IllegalArgumentException("power must be ≥ 2");
            if (!rectified && (power != Math.rint(power) || power % 2 != 0)) {
                throw new IllegalArgumentException("the power memory needs an even power, got " + power);
            }
        }

        private double clip(double h) {
            double limit = Math.exp(MAX_EXPONENT / power);
            double r = rectified ? Math.max(h, 0) : h;
            return Math.max(-limit, Math.min(limit, r));
        }

        @Override public double lagrangian(double[] h, int n) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += Math.pow(clip(h[i]), power) / power;
            return sum;
        }

        @Override public void activation(double[] h, int n, double[] out) {
            for (int i = 0; i < n; i++) out[i] = Math.pow(clip(h[i]), power - 1);
        }
    }

    /** β⁻¹ Σ exp(β h). */
    record Exp(double beta) implements MemoryFunction {
        public Exp { requirePositive(beta); }

        @Override public double lagrangian(double[] h, int n) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += Math.exp(Math.min(beta * h[i], MAX_EXPONENT));
            return sum / beta;
        }

        @Override public void activation(double[] h, int n, double[] out) {
            for (int i = 0; i < n; i++) out[i] = Math.exp(Math.min(beta * h[i], MAX_EXPONENT));
        }
    }

    /** β⁻¹ lse(β h), f = softmax(β h): with quadratic features, the modern Hopfield network. */
    record LogSumExp(double beta) implements MemoryFunction {
        public LogSumExp { requirePositive(beta); }

        @Override public double lagrangian(double[] h, int n) {
            double[] scaled = new double[n];
            for (int i = 0; i < n; i++) scaled[i] = beta * h[i];
            return LogMath.logSumExp(scaled, n) / beta;
        }

        @Override public void activation(double[] h, int n, double[] out) {
            for (int i = 0; i < n; i++) out[i] = beta * h[i];
            LogMath.softmaxInPlace(out, n);
        }
    }

    private static void requirePositive(double beta) {
        if (!(beta > 0) || !Double.isFinite(beta)) throw new IllegalArgumentException("beta must be > 0, got " + beta);
    }
}
