package org.memscape.learn;

/**
 * Adam (Kingma and Ba 2015) on a flat float parameter array, as the paper's Algorithm 1 and as
 * optax.adam: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², then
 * θ ← θ − η·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). Moments in float, bias
 * corrections in double (by repeated multiplication, the same bits everywhere).
 */
public final class Adam {

    public static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;

    private final float[] m, v;
    private final float beta1, beta2, eps;
    private double beta1Power = 1, beta2Power = 1;
    private int t;

    public Adam(int parameters) {
        this(parameters, BETA1, BETA2, EPSILON);
    }

    public Adam(int parameters, double beta1, double beta2, double eps) {
        this.m = new float[parameters];
        this.v = new float[parameters];
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.eps = (float) eps;
    }

    /** Steps taken. */
    public int steps() { return t; }

    /** One step with learning rate η: {@code params} moves against the gradient {@code grad}. */
    public void step(float[] params, float[] grad, double learningRate) {
        t++;
        beta1Power *= beta1;
        beta2Power *= beta2;
        float c1 = (float) (1 - beta1Power), c2 = (float) (1 - beta2Power);
        float lr = (float) learningRate;
        float oneMinusBeta1 = 1f - beta1, oneMinusBeta2 = 1f - beta2;
        for (int i = 0; i < params.length; i++) {
            float g = grad[i];
            m[i] = beta1 * m[i] + oneMinusBeta1 * g;
            v[i] = beta2 * v[i] + oneMinusBeta2 * g * g;
            float mHat = m[i] / c1, vHat = v[i] / c2;
            params[i] -= lr * mHat / ((float) Math.sqrt(vHat) + eps);
        }
    }
}
