package org.memscape.structure;

import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.MixtureForm;

/**
 * Any landscape, through the model's exact force: g = −F = ∇E, and its Jacobian by central
 * differences of F. The difference step is a millionth of the kernel's width (or of 1 for
 * models without one), and stays well inside the square for tanh features, where ∇E steepens
 * towards the edge.
 */
final class ForceLandscape extends Landscape {

    private final double step;
    private final double update;

    ForceLandscape(EnergyModel model, double tau) {
        super(model, tau);
        double width = 1;
        double update = Double.NaN;
        if (model instanceof MixtureForm.Source source) {
            MixtureForm form = source.mixtureAt(tau);
            width = Math.sqrt(form.variance());
            // the update x ← x + κ F is the posterior mean of the scaled memories: κ = 1/β for the
            // distance energy written as E = −β⁻¹ log Σ K, whose force is β⁻¹ ∇log Σ K; s² for diffusion
            if (model instanceof DistanceHopfieldModel) update = 1;
            if (model instanceof DiffusionModel) update = form.variance();
        }
        this.step = 1e-6 * width;
        this.update = update;
    }

    @Override boolean gradient(double x, double y, double[] g) {
        if (!inside(x, y)) return false;
        model.force(new double[] {x, y}, tau, g);
        g[0] = -g[0];
        g[1] = -g[1];
        return Double.isFinite(g[0]) && Double.isFinite(g[1]);
    }

    @Override boolean gradientAndHessian(double x, double y, double[] g, double[] h) {
        if (!gradient(x, y, g)) return false;
        double hx = step, hy = step;
        if (tanhFeatures()) {
            hx = Math.min(step, 1e-4 * (1 - Math.abs(x)));
            hy = Math.min(step, 1e-4 * (1 - Math.abs(y)));
        }
        double[] a = new double[2], b = new double[2], c = new double[2], d = new double[2];
        if (!gradient(x + hx, y, a) || !gradient(x - hx, y, b) || !gradient(x, y + hy, c) || !gradient(x, y - hy, d)) return false;
        h[0] = (a[0] - b[0]) / (2 * hx);
        h[1] = 0.5 * ((a[1] - b[1]) / (2 * hx) + (c[0] - d[0]) / (2 * hy));
        h[2] = (c[1] - d[1]) / (2 * hy);
        return true;
    }

    private boolean inside(double x, double y) {
        return !tanhFeatures() || (Math.abs(x) < 1 && Math.abs(y) < 1);
    }

    @Override double gradientScale() {
        return 1;
    }

    @Override double updateStep() {
        return update;
    }

    @Override boolean softmaxWeights() {
        return model instanceof MixtureForm.Source;
    }
}
