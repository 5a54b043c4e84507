package org.memscape.core;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The TinyBrain family with the memory layer instantaneous (MATH.md §1):
 * E(x) = [xᵀg − L_v(x)] − L_h(Y g), dynamics dx/dt = Yᵀ f(Y g) − x. Point memories only.
 */
public final class HopfieldModel implements EnergyModel {

    /** The feature Lagrangian L_v: quadratic (g = x) or log-cosh (g = tanh x). */
    public enum Features { QUADRATIC, TANH }

    private static final double EDGE = 1 - 1e-15;

    private final double[][] memories;   // Y, one row per memory
    private final Features features;
    private final MemoryFunction memoryFunction;
    private final int dim;

    public HopfieldModel(List<Memory> memories, Features features, MemoryFunction memoryFunction) {
        if (memories.isEmpty()) throw new IllegalArgumentException("at least one memory is needed");
        this.dim = memories.get(0).dim();
        this.memories = new double[memories.size()][];
        for (int n = 0; n < memories.size(); n++) {
            if (!(memories.get(n) instanceof Memory.Point point)) {
                throw new IllegalArgumentException("the dot-product Hopfield model takes point memories only; memory "
                        + n + " is a " + memories.get(n).getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
            }
            if (point.dim() != dim) throw new IllegalArgumentException("memories differ in dimension");
            this.memories[n] = point.y();
        }
        this.features = features;
        this.memoryFunction = memoryFunction;
    }

    public Features features() { return features; }

    /** The memories as the rows of Y (a copy). */
    public double[][] memoryMatrix() {
        double[][] copy = new double[memories.length][];
        for (int n = 0; n < copy.length; n++) copy[n] = memories[n].clone();
        return copy;
    }

    public MemoryFunction memoryFunction() { return memoryFunction; }

    @Override public int dim() { return dim; }

    @Override public boolean timeDependent() { return false; }

    @Override public int memoryCount() { return memories.length; }

    /**
     * True when E is unbounded below, so that particles run off to infinity. With quadratic
     * features ½|x|² must outgrow L_h(Yx): classical memories fail when W = YᵀY has an eigenvalue
     * above 1 (E = ½xᵀ(I − W)x falls along it), powers above 2 and the exponential always fail
     * along a memory, only log-sum-exp (growing linearly) is always bounded. Tanh features are
     * bounded: the activations live in a box.
     */
    public boolean unboundedBelow() {
        if (features == Features.TANH) return false;
        if (memoryFunction instanceof MemoryFunction.Classical) return largestHebbianEigenvalue() > 1;
        if (memoryFunction instanceof MemoryFunction.Power power) return power.power() > 2 || largestHebbianEigenvalue() > 1;
        return memoryFunction instanceof MemoryFunction.Exp;
    }

    /** The largest eigenvalue of the Hebbian weights W = YᵀY. */
    public double largestHebbianEigenvalue() {
        DMatrixRMaj y = new DMatrixRMaj(memories);
        DMatrixRMaj w = new DMatrixRMaj(dim, dim);
        CommonOps_DDRM.multTransA(y, y, w);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, false, true);
        if (!eig.decompose(w)) throw new IllegalStateException("eigen decomposition failed");
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dim; i++) max = Math.max(max, eig.getEigenvalue(i).getReal());
        return max;
    }

    /** h = Y g. */
    private double[] similarities(double[] g) {
        double[] h = new double[memories.length];
        for (int n = 0; n < memories.length; n++) {
            double dot = 0;
            for (int i = 0; i < dim; i++) dot += memories[n][i] * g[i];
            h[n] = dot;
        }
        return h;
    }

    /** Yᵀ f(Y g) into out. */
    private void memoryPull(double[] g, double[] out) {
        double[] h = similarities(g);
        double[] f = new double[h.length];
        memoryFunction.activation(h, h.length, f);
        java.util.Arrays.fill(out, 0);
        for (int n = 0; n < memories.length; n++) {
            for (int i = 0; i < dim; i++) out[i] += f[n] * memories[n][i];
        }
    }

    @Override public double energy(double[] v, double tau, double[] force) {
        double legendre = 0;
        for (double vi : v) {
            legendre += features == Features.QUADRATIC ? 0.5 * vi * vi : tanhLegendreOfActivation(vi);
        }
        if (force != null) {
            memoryPull(v, force);
            for (int i = 0; i < dim; i++) force[i] -= features == Features.QUADRATIC ? v[i] : artanh(v[i]);
            saturateAll(force);
        }
        return LogMath.saturate(legendre - memoryFunction.lagrangian(similarities(v), memories.length));
    }

    @Override public double[] memoryWeights(double[] v, double tau) {
        double[] h = similarities(v);
        double[] f = new double[h.length];
        memoryFunction.activation(h, h.length, f);
        double total = 0;
        for (double fi : f) total += Math.abs(fi);
        for (int n = 0; n < f.length; n++) f[n] = total > 0 ? Math.abs(f[n]) / total : 1.0 / f.length;
        return f;
    }

    @Override public void velocity(double[] state, double tau, double[] out) {
        if (features == Features.QUADRATIC) {
            energy(state, tau, out);
            return;
        }
        double[] g = new double[dim];
        for (int i = 0; i < dim; i++) g[i] = Math.tanh(state[i]);
        memoryPull(g, out);
        for (int i = 0; i < dim; i++) out[i] -= state[i];
        saturateAll(out);
    }

    /** −∇ₓE = (1 − tanh²x) ⊙ (Yᵀ f(Y tanh x) − x) for tanh features (the chain rule through v = tanh x). */
    @Override public void minusGradientAtState(double[] state, double tau, double[] out) {
        velocity(state, tau, out);
        if (features == Features.TANH) {
            for (int i = 0; i < dim; i++) {
                double g = Math.tanh(state[i]);
                out[i] *= 1 - g * g;
            }
        }
    }

    /** E from the internal state: for tanh features the Legendre term x tanh x − log cosh x stays finite for any x. */
    @Override public double energyAtState(double[] state, double tau) {
        if (features == Features.QUADRATIC) return energy(state, tau, null);
        double legendre = 0;
        double[] g = new double[dim];
        for (int i = 0; i < dim; i++) {
            double x = state[i];
            g[i] = Math.tanh(x);
            double logCosh = Math.abs(x) + Math.log1p(Math.exp(-2 * Math.abs(x))) - Math.log(2);
            legendre += x * g[i] - logCosh;
        }
        return LogMath.saturate(legendre - memoryFunction.lagrangian(similarities(g), memories.length));
    }

    @Override public void toCanvas(double[] state, double[] canvas) {
        if (features == Features.QUADRATIC) { EnergyModel.super.toCanvas(state, canvas); return; }
        for (int i = 0; i < state.length; i++) canvas[i] = Math.tanh(state[i]);
    }

    @Override public void toState(double[] canvas, double[] state) {
        if (features == Features.QUADRATIC) { EnergyModel.super.toState(canvas, state); return; }
        // Clamp into the open box: the edge ±1 is the image of an infinite state.
        for (int i = 0; i < canvas.length; i++) state[i] = artanh(Math.max(-EDGE, Math.min(EDGE, canvas[i])));
    }

    /** v artanh v + ½ log(1 − v²) = ½[(1 + v) log(1 + v) + (1 − v) log(1 − v)], finite on [−1, 1]. */
    static double tanhLegendreOfActivation(double v) {
        return 0.5 * (xLogX(1 + v) + xLogX(1 - v));
    }

    private static double xLogX(double t) { return t <= 0 ? 0 : t * Math.log(t); }

    static double artanh(double v) { return 0.5 * Math.log1p(2 * v / (1 - v)); }

    private static void saturateAll(double[] values) {
        for (int i = 0; i < values.length; i++) values[i] = LogMath.saturate(values[i]);
    }
}
