package org.memscape.core;

import java.util.List;

/**
 * The distance-similarity modern Hopfield energy E_β(x) = −β⁻¹ log Σ_n K_n(x; 1, 1/β), which for
 * point memories is −β⁻¹ lse(−½β|x − y_n|²) (MATH.md §1). Every memory is a minimum at large β.
 */
public final class DistanceHopfieldModel implements EnergyModel, MixtureForm.Source {

    private final KernelMixture mixture;
    private final double beta;

    public DistanceHopfieldModel(List<Memory> memories, double beta) {
        if (!(beta > 0) || !Double.isFinite(beta)) throw new IllegalArgumentException("beta must be > 0, got " + beta);
        this.mixture = new KernelMixture(memories);
        this.beta = beta;
    }

    public double beta() { return beta; }

    @Override public MixtureForm mixtureAt(double tau) {
        return new MixtureForm(mixture.memories(), 1, 1 / beta, 1 / beta, 0);
    }

    @Override public int dim() { return mixture.dim(); }

    @Override public boolean timeDependent() { return false; }

    @Override public int memoryCount() { return mixture.size(); }

    @Override public double energy(double[] v, double tau, double[] force) {
        double lse = mixture.logSum(v, 1, 1 / beta, force, null);
        if (force != null) {
            for (int i = 0; i < force.length; i++) force[i] /= beta;
        }
        return -lse / beta;
    }

    @Override public double[] memoryWeights(double[] v, double tau) {
        double[] w = new double[mixture.size()];
        mixture.logSum(v, 1, 1 / beta, null, w);
        return w;
    }
}
