package org.memscape.learn;

/**
 * One forward and backward pass of the network over up to {@code capacity} rows (samples), with
 * the buffers it needs; one per thread. Rows are row-major: a layer's values for row r start at
 * r·width. The gradient of the backward pass is written, not added, so a pass's result depends
 * on its rows alone.
 */
final class Pass {

    final Architecture arch;
    final int capacity;
    /** The first layer's inputs: rows × arch.inputs(). */
    final float[] input;
    /** Per hidden layer: its pre-activations z, activations h and (SiLU) σ(z). */
    final float[][] z, h, sigma;
    /** The output, rows × D: ε̂. */
    final float[] out;
    /** Gradients with respect to one layer's values, two buffers used in turn. */
    private final float[] gradA, gradB;

    Pass(Architecture arch, int capacity) {
        this.arch = arch;
        this.capacity = capacity;
        int hidden = arch.layers() - 1;
        input = new float[capacity * arch.inputs()];
        z = new float[hidden][];
        h = new float[hidden][];
        sigma = new float[hidden][];
        for (int l = 0; l < hidden; l++) {
            z[l] = new float[capacity * arch.out(l)];
            h[l] = new float[capacity * arch.out(l)];
            sigma[l] = arch.activation() == Activation.SILU ? new float[capacity * arch.out(l)] : null;
        }
        out = new float[capacity * arch.dim()];
        gradA = new float[capacity * arch.widest()];
        gradB = new float[capacity * arch.widest()];
    }

    /** ε̂ for the first {@code rows} rows of {@link #input} into {@link #out}. */
    void forward(float[] params, int rows) {
        float[] prev = input;
        for (int l = 0; l < arch.layers(); l++) {
            int in = arch.in(l), width = arch.out(l);
            boolean last = l == arch.layers() - 1;
            float[] target = last ? out : z[l];
            Gemm.multiply(rows, width, in, prev, 0, in, 1, params, arch.weightOffset(l), width, params, arch.biasOffset(l), target, 0, width);
            if (!last) {
                Activations.forward(arch.activation(), z[l], h[l], sigma[l], 0, rows * width);
                prev = h[l];
            }
        }
    }

    /**
     * The gradient of a loss with respect to every parameter into {@code grad} (the layout of the
     * parameters), given its gradient {@code gOut} with respect to the outputs of the last
     * {@link #forward} (rows × D). {@code transposed[l]} is layer l's weight matrix transposed
     * (out × in), for the products that carry the gradient back through it.
     */
    void backward(float[] params, float[][] transposed, float[] gOut, int rows, float[] grad) {
        float[] g = gOut;
        for (int l = arch.layers() - 1; l >= 0; l--) {
            int in = arch.in(l), width = arch.out(l);
            if (l < arch.layers() - 1) Activations.backward(arch.activation(), z[l], sigma[l], g, 0, rows * width);
            float[] below = l == 0 ? input : h[l - 1];
            // dW = belowᵀ·g: A[i][k] = below[k·in + i]
            Gemm.multiply(in, width, rows, below, 0, 1, in, g, 0, width, null, 0, grad, arch.weightOffset(l), width);
            int b = arch.biasOffset(l);
            for (int j = 0; j < width; j++) grad[b + j] = 0f;
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < width; j++) grad[b + j] += g[r * width + j];
            }
            if (l > 0) {
                float[] next = g == gradA ? gradB : gradA;
                Gemm.multiply(rows, in, width, g, 0, width, 1, transposed[l], 0, in, null, 0, next, 0, in);
                g = next;
            }
        }
    }

    /** Each layer's weights transposed (out × in), for {@link #backward}. */
    static float[][] transposes(Architecture arch, float[] params, float[][] reuse) {
        float[][] t = reuse != null ? reuse : new float[arch.layers()][];
        for (int l = 0; l < arch.layers(); l++) {
            int in = arch.in(l), width = arch.out(l), w = arch.weightOffset(l);
            if (t[l] == null) t[l] = new float[in * width];
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < width; j++) t[l][j * in + i] = params[w + i * width + j];
            }
        }
        return t;
    }
}
