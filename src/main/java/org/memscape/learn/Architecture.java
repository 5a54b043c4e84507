package org.memscape.learn;

import java.util.Arrays;

/**
 * The shape of the noise-prediction network ε̂(x, τ): the point x ∈ R^D, scaled by
 * c_in(τ) = 1/√(a²(τ)·m₂ + s²(τ)) (m₂ the memories' mean squared coordinate, so the input has about
 * unit size at every noise level, as in Karras et al. 2022), and an embedding of τ,
 * [τ, sin(kπτ), cos(kπτ) for k = 1 … F], go through hidden layers of the given widths with one
 * activation, then a linear layer to D outputs.
 *
 * @param dim          D, the dimension of the points (2 on the canvas)
 * @param frequencies  F, the number of Fourier frequencies of the τ embedding
 * @param hidden       the widths of the hidden layers
 * @param activation   the hidden layers' nonlinearity
 * @param secondMoment m₂ of the data the network was made for (in c_in)
 */
public record Architecture(int dim, int frequencies, int[] hidden, Activation activation, double secondMoment) {

    public static final int DEFAULT_WIDTH = 128;
    public static final int DEFAULT_DEPTH = 3;
    public static final int DEFAULT_FREQUENCIES = 8;
    /** The widest layer a file or an option may ask for (a 4096² weight matrix is 64 MB). */
    public static final int MAX_WIDTH = 4096;
    public static final int MAX_DEPTH = 16;
    public static final int MAX_FREQUENCIES = 64;

    public Architecture {
        hidden = hidden.clone();
        if (dim < 1) throw new IllegalArgumentException("dim must be at least 1");
        if (frequencies < 0 || frequencies > MAX_FREQUENCIES) throw new IllegalArgumentException("frequencies must be 0 to " + MAX_FREQUENCIES);
        if (hidden.length < 1 || hidden.length > MAX_DEPTH) throw new IllegalArgumentException("need 1 to " + MAX_DEPTH + " hidden layers");
        for (int w : hidden) if (w < 1 || w > MAX_WIDTH) throw new IllegalArgumentException("hidden widths must be 1 to " + MAX_WIDTH);
        if (activation == null) throw new IllegalArgumentException("no activation");
        if (!(secondMoment >= 0) || !Double.isFinite(secondMoment)) throw new IllegalArgumentException("secondMoment must be finite and ≥ 0");
    }

    /** The default: three hidden layers of {@code width}, SiLU, 8 frequencies. */
    public static Architecture standard(int dim, int width, Activation activation, double secondMoment) {
        int[] hidden = new int[DEFAULT_DEPTH];
        Arrays.fill(hidden, width);
        return new Architecture(dim, DEFAULT_FREQUENCIES, hidden, activation, secondMoment);
    }

    @Override public int[] hidden() { return hidden.clone(); }

    /** Inputs of the first layer: D coordinates and 1 + 2F features of τ. */
    public int inputs() { return dim + 1 + 2 * frequencies; }

    /** Linear layers: the hidden ones and the output. */
    public int layers() { return hidden.length + 1; }

    /** Inputs of linear layer l. */
    public int in(int l) { return l == 0 ? inputs() : hidden[l - 1]; }

    /** Outputs of linear layer l. */
    public int out(int l) { return l == hidden.length ? dim : hidden[l]; }

    /** Where layer l's weights (in × out, row-major) start in the flat parameter array; its biases follow them. */
    public int weightOffset(int l) {
        int off = 0;
        for (int k = 0; k < l; k++) off += (in(k) + 1) * out(k);
        return off;
    }

    public int biasOffset(int l) { return weightOffset(l) + in(l) * out(l); }

    public int parameterCount() { return weightOffset(layers()); }

    /** The widest layer (buffers are sized by it). */
    int widest() {
        int w = Math.max(inputs(), dim);
        for (int h : hidden) w = Math.max(w, h);
        return w;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Architecture a && a.dim == dim && a.frequencies == frequencies && Arrays.equals(a.hidden, hidden)
                && a.activation == activation && Double.compare(a.secondMoment, secondMoment) == 0;
    }

    @Override public int hashCode() { return Arrays.hashCode(hidden) * 31 + dim; }

    @Override public String toString() {
        return "Architecture[dim=" + dim + ", frequencies=" + frequencies + ", hidden=" + Arrays.toString(hidden)
                + ", activation=" + activation.key() + ", secondMoment=" + secondMoment + "]";
    }
}
