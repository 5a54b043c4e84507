package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import org.memscape.core.EnergyModel;
import org.memscape.core.MixtureForm;

/**
 * Fills a {@link FieldBuffer} with a model's energy (and force) at τ, by the fastest kernel that
 * is exact for it: the factored Gaussian kernel (vectorized when {@link Simd#enabled()}) for
 * point memories under the distance-similarity and diffusion energies, the core's per-point
 * evaluation otherwise. One evaluator per view: it keeps its kernel's buffers between frames.
 */
public final class FieldEvaluator {

    /**
     * The factored kernel keeps N·G factors; past this many (10⁵ memories on a 1024² grid would
     * need 800 MB) cells are evaluated one by one instead, in O(N) memory: slower, never out of memory.
     */
    static final long MAX_FACTORS = 1L << 23;

    private final ForkJoinPool pool;
    private final GridKernel gaussian;
    private final boolean simd;
    private final long maxFactors;

    FieldEvaluator(ForkJoinPool pool, boolean simd, long maxFactors) {
        this.pool = pool;
        this.simd = simd;
        this.maxFactors = maxFactors;
        this.gaussian = simd ? new SimdGaussianGridKernel() : new GaussianGridKernel();
    }

    public FieldEvaluator(ForkJoinPool pool, boolean simd) {
        this(pool, simd, MAX_FACTORS);
    }

    public FieldEvaluator(ForkJoinPool pool) {
        this(pool, Simd.enabled());
    }

    public void evaluate(EnergyModel model, double tau, Grid grid, boolean withForce, FieldBuffer out, Cancellation cancel) {
        out.prepare(grid, withForce);
        if (model instanceof MixtureForm.Source source) {
            MixtureForm form = source.mixtureAt(tau);
            if (form.pointsOnly() && model.dim() == 2) {
                if ((long) form.memories().size() * grid.size() <= maxFactors) {
                    gaussian.evaluate(form, out, withForce, pool, cancel);
                } else {
                    ExactGridKernel.evaluate(PointMixtureModel.of(model, simd), tau, out, withForce, pool, cancel);
                }
                return;
            }
        }
        ExactGridKernel.evaluate(model, tau, out, withForce, pool, cancel);
    }
}
