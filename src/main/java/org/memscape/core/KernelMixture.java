package org.memscape.core;

import java.util.List;

/**
 * Σ_n K_n(x; a, s²) over a list of memories, in log space: the common core of the
 * distance-similarity Hopfield energy and of the diffusion marginal. Both are Gaussian mixtures
 * whose components are the memories, blurred by s and scaled by a.
 */
final class KernelMixture {

    private final List<Memory> memories;
    private final int dim;

    KernelMixture(List<Memory> memories) {
        if (memories.isEmpty()) throw new IllegalArgumentException("at least one memory is needed");
        this.memories = List.copyOf(memories);
        this.dim = memories.get(0).dim();
        for (Memory m : memories) {
            if (m.dim() != dim) throw new IllegalArgumentException("memories differ in dimension: " + m.dim() + " and " + dim);
        }
    }

    int dim() { return dim; }

    int size() { return memories.size(); }

    List<Memory> memories() { return memories; }

    /**
     * Returns log Σ_n K_n(x) and writes ∇_x of it (= Σ_n w_n ∇ log K_n) to {@code grad} unless
     * null; the responsibilities w_n go to {@code weights} unless null.
     */
    double logSum(double[] x, double a, double s2, double[] grad, double[] weights) {
        int n = memories.size();
        double[] terms = weights != null ? weights : new double[n];
        double[][] grads = grad == null ? null : new double[n][dim];
        for (int k = 0; k < n; k++) {
            terms[k] = memories.get(k).logKernel(x, a, s2, grads == null ? null : grads[k]);
        }
        double lse = LogMath.softmaxInPlace(terms, n);
        if (grad != null) LogMath.weightedSum(terms, grads, grad);
        return lse;
    }
}
