package org.memscape.experiment;

import java.util.Locale;

/** What is done to the stored pattern before retrieval. */
public enum Task {
    /** ỹ = θ y + √(1 − θ²) ε, ε standard Gaussian. */
    DENOISING,
    /** Each entry kept with probability ½, the others set to 0. */
    COMPLETION;

    /** The name on the command line and in CSV files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
