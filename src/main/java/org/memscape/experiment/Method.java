package org.memscape.experiment;

import java.util.Locale;

/** A way to retrieve a stored pattern from a corrupted one. */
public enum Method {
    /** Modern Hopfield network: x ← Yᵀ softmax(β Y x). */
    HOPFIELD,
    /** Diffusion with the exact score, probability-flow ODE from t_start to 0. */
    DIFFUSION,
    /** Classical Hopfield network: x ← sign(W x), W = Σ y yᵀ. */
    CLASSIC;

    /** The name on the command line and in CSV files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
