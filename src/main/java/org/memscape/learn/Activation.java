package org.memscape.learn;

/**
 * The hidden layers' nonlinearity. SiLU z·σ(z) (smooth, so the learned score is smooth) or ReLU
 * max(z, 0). σ is computed with {@link Activations#exp}, made of float adds and multiplies only,
 * so it gives the same bits on every path and thread.
 */
public enum Activation {
    SILU("silu"), RELU("relu");

    private final String key;

    Activation(String key) { this.key = key; }

    /** The name in network files and on the command line. */
    public String key() { return key; }

    public static Activation of(String key) {
        for (Activation a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
