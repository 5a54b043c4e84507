package org.memscape.core;

import java.util.List;

/**
 * Initial particle positions in canvas coordinates, drawn from the seeded {@link Noise}: the same
 * seed gives the same particles on every machine.
 */
public final class ParticleInit {

    private ParticleInit() {}

    /** Uniform over the box [lo, hi] (per coordinate). */
    public static double[][] uniform(int count, double[] lo, double[] hi, Noise noise) {
        double[][] out = new double[count][lo.length];
        for (int p = 0; p < count; p++) {
            for (int i = 0; i < lo.length; i++) {
                out[p][i] = lo[i] + (hi[i] - lo[i]) * noise.uniform(Noise.INIT_STREAM, p, 0, i);
            }
        }
        return out;
    }

    /** Normal around {@code mean} with standard deviation {@code sd} per coordinate. */
    public static double[][] gaussian(int count, double[] mean, double sd, Noise noise) {
        double[][] out = new double[count][mean.length];
        double[] z = new double[mean.length];
        for (int p = 0; p < count; p++) {
            noise.gaussians(Noise.INIT_STREAM, p, 1, z);
            for (int i = 0; i < mean.length; i++) out[p][i] = mean[i] + sd * z[i];
        }
        return out;
    }

    /**
     * Exact draws from the diffusion marginal p(x, τ): a memory chosen uniformly, a point on it
     * by arc length, then x = a y + s z.
     */
    public static double[][] diffusionMarginal(int count, List<Memory> memories, NoiseProcess process,
                                               double tau, Noise noise) {
        int dim = memories.get(0).dim();
        double a = process.signal(tau);
        double s = Math.sqrt(process.variance(tau));
        double[][] out = new double[count][dim];
        double[] z = new double[dim];
        for (int p = 0; p < count; p++) {
            int n = (int) Math.min(memories.size() - 1, Math.floor(noise.uniform(Noise.INIT_STREAM, p, 2, 0) * memories.size()));
            double[] y = memories.get(n).pointAt(noise.uniform(Noise.INIT_STREAM, p, 2, 1));
            noise.gaussians(Noise.INIT_STREAM, p, 3, z);
            for (int i = 0; i < dim; i++) out[p][i] = a * y[i] + s * z[i];
        }
        return out;
    }
}
