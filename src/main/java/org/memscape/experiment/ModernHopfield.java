package org.memscape.experiment;

import java.util.Arrays;

/** Modern Hopfield retrieval (Ramsauer et al. 2021): {@code iterations} updates x ← Yᵀ softmax(β Y x). */
public final class ModernHopfield {

    private ModernHopfield() {}

    /**
     * Iterates from {@code start} and leaves the last state in {@code out}. The update is a fixed
     * map, so once a state repeats exactly every later one is the same: the loop stops there, with
     * the result the full count of iterations gives.
     */
    public static void retrieve(SoftmaxRecall patterns, double[] start, double beta, int iterations, double[] out) {
        int dim = patterns.dim();
        double[] x = Arrays.copyOf(start, dim);
        double[] next = new double[dim];
        for (int it = 0; it < iterations; it++) {
            patterns.recall(x, beta, next);
            if (Arrays.equals(next, x)) break;
            double[] swap = x;
            x = next;
            next = swap;
        }
        System.arraycopy(x, 0, out, 0, dim);
    }
}
