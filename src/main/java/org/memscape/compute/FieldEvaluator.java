package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.MixtureForm;

/**
 * Fills a {@link FieldBuffer} with a model's energy (and force) at τ, by the fastest kernel for
 * it: the factored Gaussian kernel (vectorized when {@link Simd#enabled()}) for point memories
 * under the distance-similarity and diffusion energies; for segments, polylines and circles the
 * closed forms in float lanes ({@link SimdMixtureGridKernel}), on nodes a few cells apart when
 * the landscape is blurry enough ({@link CoarseGrid}, within its stated error); for dot-product
 * Hopfield models {@link SimdHopfieldGridKernel}; the core's per-point evaluation otherwise.
 * One evaluator per view: it keeps its kernels' buffers between frames.
 */
public final class FieldEvaluator {

    /**
     * The factored kernel keeps N·G factors; past this many (10⁵ memories on a 1024² grid would
     * need 800 MB) cells are evaluated one by one instead, in O(N) memory: slower, never out of memory.
     */
    static final long MAX_FACTORS = 1L << 23;

    private final ForkJoinPool pool;
    private final GridKernel gaussian;
    private final SimdMixtureGridKernel mixture;
    private final SimdHopfieldGridKernel hopfield;
    private final CoarseGrid coarse = new CoarseGrid();
    private final boolean simd;
    private final long maxFactors;

    FieldEvaluator(ForkJoinPool pool, boolean simd, long maxFactors) {
        this.pool = pool;
        this.simd = simd;
        this.maxFactors = maxFactors;
        this.gaussian = simd ? new SimdGaussianGridKernel() : new GaussianGridKernel();
        this.mixture = simd ? new SimdMixtureGridKernel() : null;
        this.hopfield = simd ? new SimdHopfieldGridKernel() : null;
    }

    public FieldEvaluator(ForkJoinPool pool, boolean simd) {
        this(pool, simd, MAX_FACTORS);
    }

    public FieldEvaluator(ForkJoinPool pool) {
        this(pool, Simd.enabled());
    }

    public void evaluate(EnergyModel model, double tau, Grid grid, boolean withForce, FieldBuffer out, Cancellation cancel) {
        out.prepare(grid, withForce);
        if (model instanceof MixtureForm.Source source && model.dim() == 2) {
            MixtureForm form = source.mixtureAt(tau);
            if (form.pointsOnly()) {
                if ((long) form.memories().size() * grid.size() <= maxFactors) {
                    gaussian.evaluate(form, out, withForce, pool, cancel);
                } else {
                    ExactGridKernel.evaluate(PointMixtureModel.of(model, simd), tau, out, withForce, pool, cancel);
                }
                return;
            }
            MixtureComponents components = MixtureComponents.of(form);
            int step = CoarseGrid.step(components, form, grid, withForce);
            if (step == 1) {
                extended(components, form, model, tau, out, withForce, cancel);
                return;
            }
            coarse.nodes.prepare(CoarseGrid.nodes(grid, step), withForce);
            extended(components, form, model, tau, coarse.nodes, withForce, cancel);
            if (!cancel.cancelled()) coarse.interpolate(step, out, withForce, pool);
            return;
        }
        if (simd && model instanceof HopfieldModel dotProduct && model.dim() == 2) {
            hopfield.evaluate(dotProduct, out, withForce, pool, cancel);
            return;
        }
        ExactGridKernel.evaluate(model, tau, out, withForce, pool, cancel);
    }

    private void extended(MixtureComponents components, MixtureForm form, EnergyModel model, double tau, FieldBuffer out,
                          boolean withForce, Cancellation cancel) {
        if (simd) {
            mixture.evaluate(components, form, model, tau, out, withForce, pool, cancel);
        } else {
            ExactGridKernel.evaluate(model, tau, out, withForce, pool, cancel);
        }
    }
}
