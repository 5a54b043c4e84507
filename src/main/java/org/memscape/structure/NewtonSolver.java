package org.memscape.structure;

import org.memscape.scene.Domain;

/**
 * Solves ∇E = 0 from a start: Levenberg–Marquardt on ½|g|² with the landscape's Jacobian (Madsen,
 * Nielsen and Tingleff, "Methods for non-linear least squares problems", 2004, Alg. 3.16). Far
 * from a root it takes damped, gradient-like steps that never raise |g|; near one the damping
 * vanishes and the steps are Newton's, which converge quadratically. It stops when the Newton
 * step H⁻¹g is below 1e-12 of the view's width and takes that last step.
 */
final class NewtonSolver {

    static final int MAX_ITERATIONS = 200;
    /** The converged point is within about this fraction of the view's width of the root. */
    static final double TOLERANCE = 1e-12;

    private NewtonSolver() {}

    /**
     * Writes a root to {@code out} and returns true, or returns false when the search stalls at a
     * minimum of |g| that is no root, or walks out of {@code region} (or where E is undefined).
     */
    static boolean solve(Landscape landscape, double x0, double y0, Domain region, double width, double[] out) {
        double[] g = new double[2], h = new double[3], gt = new double[2], ht = new double[3];
        double x = x0, y = y0;
        if (!landscape.gradientAndHessian(x, y, g, h)) return false;
        double f = g[0] * g[0] + g[1] * g[1];
        double mu = -1;
        double nu = 2;
        double maxStep = 0.25 * width;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (f == 0) {
                out[0] = x;
                out[1] = y;
                return true;
            }
            double det = h[0] * h[2] - h[1] * h[1];
            if (det != 0) {
                double nx = -(h[2] * g[0] - h[1] * g[1]) / det;
                double ny = -(h[0] * g[1] - h[1] * g[0]) / det;
                if (Math.hypot(nx, ny) <= TOLERANCE * width) {
                    out[0] = x + nx;
                    out[1] = y + ny;
                    return true;
                }
            }
            double a11 = h[0] * h[0] + h[1] * h[1];
            double a12 = h[0] * h[1] + h[1] * h[2];
            double a22 = h[1] * h[1] + h[2] * h[2];
            double b1 = -(h[0] * g[0] + h[1] * g[1]);
            double b2 = -(h[1] * g[0] + h[2] * g[1]);
            if (mu < 0) mu = 1e-3 * Math.max(a11, a22);
            double d11 = a11 + mu, d22 = a22 + mu;
            double d = d11 * d22 - a12 * a12;
            double px = (d22 * b1 - a12 * b2) / d;
            double py = (d11 * b2 - a12 * b1) / d;
            double length = Math.hypot(px, py);
            if (!Double.isFinite(length)) return false;
            if (length > maxStep) {
                px *= maxStep / length;
                py *= maxStep / length;
                length = maxStep;
            }
            if (length <= 1e-15 * (width + Math.abs(x) + Math.abs(y))) return false;
            double xt = x + px, yt = y + py;
            double rho = -1;
            if (within(region, xt, yt) && landscape.gradientAndHessian(xt, yt, gt, ht)) {
                double lx = g[0] + h[0] * px + h[1] * py;
                double ly = g[1] + h[1] * px + h[2] * py;
                double predicted = f - (lx * lx + ly * ly);
                double ft = gt[0] * gt[0] + gt[1] * gt[1];
                if (predicted > 0 && Double.isFinite(ft)) rho = (f - ft) / predicted;
                if (rho > 0) {
                    x = xt;
                    y = yt;
                    System.arraycopy(gt, 0, g, 0, 2);
                    System.arraycopy(ht, 0, h, 0, 3);
                    f = ft;
                    double t = 2 * rho - 1;
                    mu *= Math.max(1.0 / 3, 1 - t * t * t);
                    nu = 2;
                    continue;
                }
            }
            mu *= nu;
            nu *= 2;
            if (!(mu < 1e300)) return false;
        }
        return false;
    }

    static boolean within(Domain box, double x, double y) {
        return x >= box.xmin() && x <= box.xmax() && y >= box.ymin() && y <= box.ymax();
    }
}
