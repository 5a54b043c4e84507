package org.memscape.compute;

import org.memscape.core.EnergyModel;
import org.memscape.core.MixtureForm;

/**
 * A faster stand-in for a distance-similarity or diffusion model whose memories are all points
 * in the plane: the same energy and force as the core's, without allocating per call, and with
 * the exponentials in vector lanes when {@link Simd#enabled()}. Particles are stepped through
 * it by the core's own samplers, so the dynamics are written once.
 */
final class PointMixtureModel implements EnergyModel {

    private final EnergyModel exact;
    private final MixtureForm.Source source;
    private final boolean simd;
    // The two τ of the newest step: Heun evaluates at τ_k and τ_{k+1} for every particle.
    private volatile Prepared prepared;
    private volatile Prepared other;

    /** The mixture at one τ, as flat arrays. */
    private record Prepared(double tau, double[] cx, double[] cy, SimdMath.PointMemories lanes,
                            double halfLambda, double epsilon, double constant) {}

    private final ThreadLocal<SimdMath.PointScratch> simdScratch;
    private final ThreadLocal<double[]> scalarScratch;

    /** Returns the stand-in when it applies (points only, D = 2), else the model itself. */
    static EnergyModel of(EnergyModel model, boolean simd) {
        if (model instanceof MixtureForm.Source source && model.dim() == 2
                && source.mixtureAt(timeOf(model)).pointsOnly()) {
            return new PointMixtureModel(model, source, simd);
        }
        return model;
    }

    private static double timeOf(EnergyModel model) {
        return model.timeDependent() ? 0.5 : Double.NaN;
    }

    private PointMixtureModel(EnergyModel exact, MixtureForm.Source source, boolean simd) {
        this.exact = exact;
        this.source = source;
        this.simd = simd;
        int n = exact.memoryCount();
        this.simdScratch = simd ? ThreadLocal.withInitial(() -> new SimdMath.PointScratch(n)) : null;
        this.scalarScratch = ThreadLocal.withInitial(() -> new double[n]);
    }

    private Prepared at(double tau) {
        Prepared p = prepared;
        if (p != null && Double.compare(p.tau, tau) == 0) return p;
        Prepared q = other;
        if (q != null && Double.compare(q.tau, tau) == 0) return q;
        MixtureForm form = source.mixtureAt(tau);
        double[][] centres = form.centres();
        double[] cx = new double[centres.length];
        double[] cy = new double[centres.length];
        for (int k = 0; k < centres.length; k++) {
            cx[k] = centres[k][0];
            cy[k] = centres[k][1];
        }
        double halfLambda = 0.5 / form.variance();
        Prepared made = new Prepared(tau, cx, cy, simd ? SimdMath.PointMemories.of(cx, cy, halfLambda) : null,
                halfLambda, form.epsilon(), form.constant());
        other = p;
        prepared = made;
        return made;
    }

    @Override public double energy(double[] v, double tau, double[] force) {
        return evaluate(v, tau, force, true);
    }

    /** The samplers need only the force: skip the logarithm. */
    @Override public void force(double[] v, double tau, double[] force) {
        evaluate(v, tau, force, false);
    }

    private double evaluate(double[] v, double tau, double[] force, boolean withEnergy) {
        Prepared p = at(tau);
        double lse;
        double pullX, pullY;
        if (simd && !withEnergy && SimdMath.pullInFloat(v[0], v[1], p.lanes, force, simdScratch.get().lanes)) {
            double scale = 2 * p.epsilon * p.halfLambda;
            force[0] *= scale;
            force[1] *= scale;
            return Double.NaN;
        }
        if (simd) {
            SimdMath.PointScratch s = simdScratch.get();
            lse = SimdMath.logSumExpAt(v[0], v[1], p.cx, p.cy, p.cx.length, p.halfLambda, s, withEnergy);
            pullX = s.pull[0];
            pullY = s.pull[1];
        } else {
            double[] logits = scalarScratch.get();
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < p.cx.length; k++) {
                double dx = p.cx[k] - v[0], dy = p.cy[k] - v[1];
                logits[k] = -p.halfLambda * (dx * dx + dy * dy);
                max = Math.max(max, logits[k]);
            }
            double sum = 0, sx = 0, sy = 0;
            for (int k = 0; k < p.cx.length; k++) {
                double w = Math.exp(logits[k] - max);
                sum += w;
                sx += w * (p.cx[k] - v[0]);
                sy += w * (p.cy[k] - v[1]);
            }
            lse = withEnergy ? max + Math.log(sum) : Double.NaN;
            pullX = sx / sum;
            pullY = sy / sum;
        }
        if (force != null) {
            // F = ε ∇lse = ε λ Σ w (c − x), λ = 2·halfLambda
            double scale = 2 * p.epsilon * p.halfLambda;
            force[0] = scale * pullX;
            force[1] = scale * pullY;
        }
        return -p.epsilon * lse + p.constant;
    }

    boolean simd() { return simd; }

    /** The memories at τ as {@link SimdMath#pullInFloat} takes them (only when {@link #simd()}). */
    SimdMath.PointMemories lanesAt(double tau) { return at(tau).lanes; }

    /** The force per unit of pull at τ: F = scale · Σ w (c − x). */
    double forceScaleAt(double tau) {
        Prepared p = at(tau);
        return 2 * p.epsilon * p.halfLambda;
    }

    @Override public int dim() { return 2; }

    @Override public boolean timeDependent() { return exact.timeDependent(); }

    @Override public int memoryCount() { return exact.memoryCount(); }

    @Override public double[] memoryWeights(double[] v, double tau) { return exact.memoryWeights(v, tau); }
}
