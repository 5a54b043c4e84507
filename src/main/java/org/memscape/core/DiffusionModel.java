package org.memscape.core;

import java.util.List;

/**
 * A diffusion model whose data are the memories: the marginal p(x, τ) is a Gaussian mixture with
 * one (set-averaged) component per memory, so the score is exact (MATH.md §2). The energy is
 * −log p(x, τ), normalized, so that exp(−E) integrates to 1.
 */
public final class DiffusionModel implements EnergyModel, MixtureForm.Source {

    private final KernelMixture mixture;
    private final NoiseProcess process;

    public DiffusionModel(List<Memory> memories, NoiseProcess process) {
        this.mixture = new KernelMixture(memories);
        this.process = process;
    }

    public NoiseProcess process() { return process; }

    public List<Memory> memories() { return mixture.memories(); }

    @Override public int dim() { return mixture.dim(); }

    @Override public boolean timeDependent() { return true; }

    @Override public int memoryCount() { return mixture.size(); }

    @Override public double energy(double[] v, double tau, double[] force) {
        double s2 = process.variance(tau);
        return -mixture.logSum(v, process.signal(tau), s2, force, null) + normalization(s2);
    }

    /**
     * log N + (D/2) log(2π s²(τ)): the part of −log p(x, τ) that does not depend on x. What is left,
     * −log p minus this, is β_eff·E_β_eff(x/a), the distance-similarity Hopfield energy at β_eff
     * (MATH.md §2.1).
     */
    public double logNormalization(double tau) {
        return normalization(process.variance(tau));
    }

    /** −log p = −lse + log N + (D/2) log(2π s²). */
    private double normalization(double s2) {
        return Math.log(mixture.size()) + 0.5 * dim() * (LogMath.LOG_2PI + Math.log(s2));
    }

    @Override public MixtureForm mixtureAt(double tau) {
        double s2 = process.variance(tau);
        return new MixtureForm(mixture.memories(), process.signal(tau), s2, 1, normalization(s2));
    }

    @Override public double[] memoryWeights(double[] v, double tau) {
        double[] w = new double[mixture.size()];
        mixture.logSum(v, process.signal(tau), process.variance(tau), null, w);
        return w;
    }
}
