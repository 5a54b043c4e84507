package org.memscape.reference;

import java.util.ArrayList;
import java.util.List;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;

/**
 * Questions about a landscape that preset descriptions make claims about: where its valleys
 * (minima) are, and whether a point is a minimum, a saddle or a hill. Built only on the model's
 * energy and force, so it checks the core as a user of it.
 */
final class Landscape {

    private Landscape() {}

    /**
     * The minima of a distance-similarity or diffusion energy of point memories (MATH.md §5):
     * the mean-shift iteration x ← x + unit·F(x), which is x ← c Σ w y for unit = 1 (distance,
     * c = 1) or s²(τ) (diffusion, c = a), from a 21 × 21 grid over the domain; the distinct end
     * points whose Hessian is positive definite.
     */
    static List<double[]> minima(EnergyModel model, double tau, double unit, Domain box) {
        List<double[]> found = new ArrayList<>();
        double[] force = new double[2];
        for (int j = 0; j < 21; j++) {
            for (int i = 0; i < 21; i++) {
                double[] x = {box.xmin() + i * box.width() / 20, box.ymin() + j * box.height() / 20};
                for (int k = 0; k < 50_000; k++) {
                    model.force(x, tau, force);
                    x[0] += unit * force[0];
                    x[1] += unit * force[1];
                    if (Math.abs(unit * force[0]) + Math.abs(unit * force[1]) < 1e-13) break;
                }
                if (found.stream().noneMatch(m -> Math.hypot(m[0] - x[0], m[1] - x[1]) < 1e-4)
                        && kind(model, tau, x) == Kind.MINIMUM) {
                    found.add(x);
                }
            }
        }
        return found;
    }

    enum Kind { MINIMUM, SADDLE, MAXIMUM }

    /** The kind of critical point at x, by the signs of the Hessian's eigenvalues (central differences of the force). */
    static Kind kind(EnergyModel model, double tau, double[] x) {
        double h = 1e-5;
        double[][] hessian = new double[2][2];
        double[] plus = new double[2];
        double[] minus = new double[2];
        for (int j = 0; j < 2; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            model.force(xp, tau, plus);
            model.force(xm, tau, minus);
            for (int i = 0; i < 2; i++) hessian[i][j] = -(plus[i] - minus[i]) / (2 * h);
        }
        double trace = hessian[0][0] + hessian[1][1];
        double off = 0.5 * (hessian[0][1] + hessian[1][0]);
        double det = hessian[0][0] * hessian[1][1] - off * off;
        if (det < 0) return Kind.SADDLE;
        return trace > 0 ? Kind.MINIMUM : Kind.MAXIMUM;
    }

    /** The distance from x to the nearest of the points. */
    static double nearest(double[] x, List<double[]> points) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] p : points) best = Math.min(best, Math.hypot(x[0] - p[0], x[1] - p[1]));
        return best;
    }

    /** The index of the nearest of the points. */
    static int nearestIndex(double[] x, List<double[]> points) {
        int best = -1;
        double distance = Double.POSITIVE_INFINITY;
        for (int n = 0; n < points.size(); n++) {
            double d = Math.hypot(x[0] - points.get(n)[0], x[1] - points.get(n)[1]);
            if (d < distance) {
                distance = d;
                best = n;
            }
        }
        return best;
    }
}
