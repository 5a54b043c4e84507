package org.memscape.structure;

import java.util.List;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.MixtureForm;
import org.memscape.scene.Domain;

/**
 * A 2-D model's energy E at one τ over the canvas (for tanh features, the activations v), as the
 * structure tools need it. Not thread-safe state: none; every method may be called from any thread.
 */
abstract class Landscape {

    final EnergyModel model;
    final double tau;

    Landscape(EnergyModel model, double tau) {
        if (model.dim() != 2) throw new IllegalArgumentException("the structure of a landscape is drawn in 2-D; this model has D = " + model.dim());
        this.model = model;
        this.tau = tau;
    }

    /** The exact landscape for point memories under a softmax, finite differences of the force otherwise. */
    static Landscape of(EnergyModel model, double tau) {
        SoftmaxLandscape exact = SoftmaxLandscape.of(model, tau);
        return exact != null ? exact : new ForceLandscape(model, tau);
    }

    /** g = k ∇E at (x, y), with k > 0 the same over the whole plane, into g; false where E is undefined. */
    abstract boolean gradient(double x, double y, double[] g);

    /** g as above and its Jacobian into h = {∂gx/∂x, ∂gx/∂y = ∂gy/∂x, ∂gy/∂y}; false where E is undefined. */
    abstract boolean gradientAndHessian(double x, double y, double[] g, double[] h);

    /**
     * κ such that x ← x − κ g(x) is the model's Hopfield update, a majorize-minimize step that never
     * raises E (x ← c Σ w y for point memories, MATH.md §5), or NaN for models descended by their
     * gradient flow instead.
     */
    abstract double updateStep();

    /** k in g = k ∇E, E the model's own energy. */
    abstract double gradientScale();

    /** True for models whose memoryWeights are a softmax (the memory of a point is one with weight above ½). */
    abstract boolean softmaxWeights();

    /**
     * Extra starts for the root search where the grid alone would miss roots: none by default.
     * {@code scan} holds the grid's corners.
     */
    List<double[]> seeds(CriticalPoints.Scan scan) {
        return List.of();
    }

    /** The energy at (x, y). */
    double energy(double x, double y) {
        return model.energy(new double[] {x, y}, tau, null);
    }

    /** The rectangle where E is defined, intersected with {@code box} (for tanh features, inside the open square). */
    Domain defined(Domain box) {
        if (!tanhFeatures()) return box;
        double edge = 1 - 1e-9;
        return new Domain(Math.max(box.xmin(), -edge), Math.min(box.xmax(), edge), Math.max(box.ymin(), -edge), Math.min(box.ymax(), edge));
    }

    boolean tanhFeatures() {
        return model instanceof HopfieldModel h && h.features() == HopfieldModel.Features.TANH;
    }

    /**
     * A rectangle that holds every critical point, or null where none is known. For the mixture
     * energies ∇E = 0 puts x at c × a posterior mean of the memories, inside the box of the scaled
     * memories; for the softmax memory x = Yᵀ softmax, inside the box of the memories (tanh of it
     * for tanh features).
     */
    Domain criticalBound() {
        if (model instanceof MixtureForm.Source source) {
            MixtureForm form = source.mixtureAt(tau);
            double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (Memory m : form.memories()) include(box, m, form.signal());
            return new Domain(box[0], box[1], box[2], box[3]);
        }
        if (model instanceof HopfieldModel h && h.memoryFunction() instanceof MemoryFunction.LogSumExp) {
            double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (double[] y : h.memoryMatrix()) include(box, new Memory.Point(y), 1);
            if (h.features() == HopfieldModel.Features.TANH) {
                for (int i = 0; i < 4; i++) box[i] = Math.tanh(box[i]);
            }
            return new Domain(box[0], box[1], box[2], box[3]);
        }
        return null;
    }

    /**
     * True when E rises towards infinity (or, for tanh features, its slope towards the edge of the
     * square), so that the descent stays in a bounded region and the Euler count holds.
     */
    boolean confines() {
        if (model instanceof DistanceHopfieldModel || model instanceof DiffusionModel) return true;
        if (model instanceof HopfieldModel h) return !h.unboundedBelow() && !(h.features() == HopfieldModel.Features.QUADRATIC
                && h.memoryFunction() instanceof MemoryFunction.Classical && h.largestHebbianEigenvalue() >= 1);
        return false;
    }

    private static void include(double[] box, Memory m, double scale) {
        double[][] corners;
        if (m instanceof Memory.Point p) corners = new double[][] {p.y()};
        else if (m instanceof Memory.Segment s) corners = new double[][] {s.start(), s.end()};
        else if (m instanceof Memory.Polyline l) corners = l.vertices().toArray(double[][]::new);
        else {
            Memory.Circle c = (Memory.Circle) m;
            double[] o = c.center();
            double r = c.radius();
            corners = new double[][] {{o[0] - r, o[1] - r}, {o[0] + r, o[1] + r}};
        }
        for (double[] p : corners) {
            box[0] = Math.min(box[0], scale * p[0]);
            box[1] = Math.max(box[1], scale * p[0]);
            box[2] = Math.min(box[2], scale * p[1]);
            box[3] = Math.max(box[3], scale * p[1]);
        }
    }
}
