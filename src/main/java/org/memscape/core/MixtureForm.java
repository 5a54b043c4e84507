package org.memscape.core;

import java.util.List;

/**
 * The shape shared by the distance-similarity Hopfield energy and the diffusion energy at one τ:
 * E(x) = −ε log Σ_n K_n(x; a, s²) + c and F(x) = ε ∇ log Σ_n K_n, with K_n the kernel average
 * of memory n ({@link Memory#logKernel}). Fast kernels need only these numbers.
 */
public record MixtureForm(List<Memory> memories, double signal, double variance, double epsilon, double constant) {

    public MixtureForm {
        memories = List.copyOf(memories);
    }

    /** True when every memory is a point, so the kernel factors per axis. */
    public boolean pointsOnly() {
        return memories.stream().allMatch(m -> m instanceof Memory.Point);
    }

    /** The scaled centres a·y_n of point memories, as rows. */
    public double[][] centres() {
        double[][] out = new double[memories.size()][];
        for (int n = 0; n < out.length; n++) {
            double[] y = ((Memory.Point) memories.get(n)).y();
            for (int i = 0; i < y.length; i++) y[i] *= signal;
            out[n] = y;
        }
        return out;
    }

    /** A model whose energy has this shape. */
    public interface Source {
        MixtureForm mixtureAt(double tau);
    }
}
