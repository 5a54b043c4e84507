package org.memscape.experiment;

import org.memscape.core.Noise;

/**
 * The random numbers of the experiments, each addressed by (seed, purpose, dimension, repetition,
 * …) through the core's {@link Noise} (SplitMix64, Box–Muller with StrictMath) rather than drawn
 * in sequence: a repetition computes the same problem on any thread, in any order.
 *
 * <p>Pattern k of repetition r does not depend on how many patterns are stored, so runs with 10,
 * 20 and 30 patterns share their first ten (common random numbers): a curve over the pattern count
 * moves with the count, not with new draws, which keeps the capacity search's bisection steady.
 */
public final class Draws {

    private static final int PATTERNS = 0;
    private static final int CORRUPTION = 1;
    private static final int MASK = 2;
    private static final int SDE = 3;
    private static final int BOOTSTRAP = 4;
    private static final int PURPOSES = 8;

    private final Noise noise;

    public Draws(long seed) {
        this.noise = new Noise(seed);
    }

    public long seed() { return noise.seed(); }

    private static long stream(int purpose, int dim) {
        return purpose + (long) PURPOSES * dim;
    }

    /**
     * The first {@code count} binary patterns of repetition {@code rep}, row after row in
     * {@code out}. An entry is +1 or −1 with probability ½ each: the sign of a standard Gaussian,
     * drawn as the sign of a uniform number's offset from ½ (the same distribution).
     */
    public void patterns(int dim, int rep, int count, double[] out) {
        long stream = stream(PATTERNS, dim);
        for (int k = 0; k < count; k++) {
            int row = k * dim;
            for (int i = 0; i < dim; i++) out[row + i] = noise.uniform(stream, rep, k, i) < 0.5 ? 1 : -1;
        }
    }

    /** ỹ = θ y + √(1 − θ²) ε with ε standard Gaussian (the denoising task's start). */
    public void corrupt(double[] pattern, double theta, int dim, int rep, double[] out) {
        noise.gaussians(stream(CORRUPTION, dim), rep, 0, out);
        double spread = Math.sqrt(1 - theta * theta);
        for (int i = 0; i < dim; i++) out[i] = theta * pattern[i] + spread * out[i];
    }

    /** The pattern with each entry kept with probability ½ and the others set to 0 (completion). */
    public void mask(double[] pattern, int dim, int rep, double[] out) {
        long stream = stream(MASK, dim);
        for (int i = 0; i < dim; i++) out[i] = noise.uniform(stream, rep, 0, i) < 0.5 ? pattern[i] : 0;
    }

    /** Standard Gaussian noise for step {@code step} of the reverse SDE of repetition {@code rep}. */
    public void sdeNoise(int dim, int rep, int step, double[] out) {
        noise.gaussians(stream(SDE, dim), rep, step, out);
    }

    /** The j-th repetition drawn (with replacement, out of {@code reps}) by bootstrap resample b of a cell. */
    public int resampled(int dim, long cell, int b, int j, int reps) {
        int k = (int) (noise.uniform(stream(BOOTSTRAP, dim), b, cell, j) * reps);
        return Math.min(k, reps - 1);
    }
}
