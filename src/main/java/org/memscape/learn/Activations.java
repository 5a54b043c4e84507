package org.memscape.learn;

/**
 * The activations and their derivatives, element by element. For SiLU the forward pass keeps
 * σ(z), from which the backward pass takes the derivative σ(z)(1 + z(1 − σ(z))) without a second
 * exponential. Scalar code: the activations are a few percent of a training step, the products
 * the rest.
 */
final class Activations {

    private Activations() {}

    private static final float ROUNDING = 12582912f;   // 1.5·2^23: adding it rounds a float to an integer
    private static final int ROUNDING_BITS = Float.floatToRawIntBits(ROUNDING);

    /**
     * e^x in float for x clamped to [−87, 88], relative error below 1e-7: Cody–Waite reduction
     * x = k ln 2 + f and a degree-6 polynomial, as the engine's vector exp (compute.SimdMath), in
     * plain float adds and multiplies, so the interpreter and the JIT give the same bits (Math.exp
     * need not).
     */
    static float exp(float x) {
        x = Math.max(-87f, Math.min(88f, x));
        float shifted = x * 1.44269504f + ROUNDING;
        float k = shifted - ROUNDING;
        float f = x - k * 0.693359375f - k * -2.12194440e-4f;
        float p = ((((((1.9875691500e-4f * f + 1.3981999507e-3f) * f + 8.3334519073e-3f) * f + 4.1665795894e-2f) * f
                + 1.6666665459e-1f) * f + 5.0000001201e-1f) * f) * f + f + 1f;
        float scale = Float.intBitsToFloat((Float.floatToRawIntBits(shifted) - ROUNDING_BITS + 127) << 23);
        return p * scale;
    }

    /** h = act(z) for n values from {@code off}; for SiLU also σ(z) into {@code sigma}. */
    static void forward(Activation act, float[] z, float[] h, float[] sigma, int off, int n) {
        if (act == Activation.RELU) {
            for (int i = off; i < off + n; i++) h[i] = Math.max(z[i], 0f);
            return;
        }
        for (int i = off; i < off + n; i++) {
            float s = 1f / (1f + exp(-z[i]));
            sigma[i] = s;
            h[i] = z[i] * s;
        }
    }

    /** g ← g ⊙ act'(z) for n values from {@code off} (σ from the forward pass for SiLU). */
    static void backward(Activation act, float[] z, float[] sigma, float[] g, int off, int n) {
        if (act == Activation.RELU) {
            for (int i = off; i < off + n; i++) if (!(z[i] > 0f)) g[i] = 0f;
            return;
        }
        for (int i = off; i < off + n; i++) {
            float s = sigma[i];
            g[i] *= s * (1f + z[i] * (1f - s));
        }
    }
}
