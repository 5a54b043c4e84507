package org.memscape.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Balls around the minima inside which the descent is known to end at the minimum, so that it
 * can stop there instead of creeping the last digits in (the Hopfield update converges only
 * linearly, slowly in a shallow valley). A ball's radius stays below the distance to every
 * other critical point the search found, so its minimum is the only one inside.
 * <ul>
 * <li>For the Hopfield update T(x) = x − κ g(x), which never raises E: a ball that T maps into
 * itself. Iterates that start in it stay in it and end at a fixed point in it: its minimum.</li>
 * <li>For a gradient flow, which never raises E either: a ball with a level below the lowest E
 * on its rim. A flow started in it below the level can never leave it.</li>
 * </ul>
 * Both are checked at samples, with margins for the space between them: T may move a point at
 * most ‖DT‖ = ‖I − κH‖ times as far as the point moves, and E may dip below a sample by at most
 * |∇E| h + ½ c h² (h half the samples' spacing, c the steepest downward curvature seen); both
 * bounds taken half as large again.
 */
final class Capture {

    /** A ball of {@code radius} around {@code minimum}; {@code level} is +∞ for a ball the update maps into itself. */
    record Ball(CriticalPoint minimum, double radius, double level) {
        boolean invariant() {
            return level == Double.POSITIVE_INFINITY;
        }
    }

    private static final int RINGS = 12;
    private static final int RIM = 96;
    /** The fraction of the radius by which the mapped ball must stay inside the ball. */
    private static final double MARGIN = 0.02;

    private Capture() {}

    /** For each minimum, the largest ball found (trying radii from 0.9 of the nearest other critical point down), or none. */
    static List<Ball> balls(Landscape landscape, List<CriticalPoint> all, double width) {
        List<Ball> out = new ArrayList<>();
        double kappa = landscape.updateStep();
        for (CriticalPoint m : all) {
            if (m.kind() != CriticalPoint.Kind.MINIMUM) continue;
            double nearest = width;
            for (CriticalPoint other : all) {
                if (other != m) nearest = Math.min(nearest, Math.hypot(other.x() - m.x(), other.y() - m.y()));
            }
            for (double r = 0.9 * nearest; r > 1e-9 * width; r *= 0.7) {
                Ball ball = Double.isNaN(kappa) ? levelBall(landscape, m, r) : invariantBall(landscape, m, r, kappa);
                if (ball != null) {
                    out.add(ball);
                    break;
                }
            }
        }
        return out;
    }

    private static Ball invariantBall(Landscape landscape, CriticalPoint m, double r, double kappa) {
        double[] g = new double[2], h = new double[3];
        double inner = 0;
        for (int ring = 1; ring <= RINGS; ring++) {
            // rings of equal area: closer together towards the rim, where the margin matters
            double radius = r * Math.sqrt((double) ring / RINGS);
            double spacing = 0.5 * Math.hypot(2 * Math.PI * radius / RIM, radius - inner);
            inner = radius;
            for (int k = 0; k < RIM; k++) {
                double a = 2 * Math.PI * (k + 0.5 * (ring % 2)) / RIM;
                double x = m.x() + radius * Math.cos(a), y = m.y() + radius * Math.sin(a);
                if (!landscape.gradientAndHessian(x, y, g, h)) return null;
                double tx = x - kappa * g[0] - m.x(), ty = y - kappa * g[1] - m.y();
                double mean = kappa * 0.5 * (h[0] + h[2]);
                double spread = kappa * Math.hypot(0.5 * (h[0] - h[2]), h[1]);
                double stretch = Math.max(Math.abs(1 - (mean - spread)), Math.abs(1 - (mean + spread)));
                if (!(Math.hypot(tx, ty) + 1.5 * stretch * spacing < (1 - MARGIN) * r)) return null;
            }
        }
        return new Ball(m, r, Double.POSITIVE_INFINITY);
    }

    /**
     * A ball of radius r whose rim lies above a level above its minimum's energy; null where none is.
     */
    private static Ball levelBall(Landscape landscape, CriticalPoint m, double r) {
        double h = Math.PI * r / RIM;
        double k = landscape.gradientScale();
        double lowest = Double.POSITIVE_INFINITY;
        double bend = 0;
        double[] g = new double[2], hessian = new double[3];
        for (int s = 0; s < RIM; s++) {
            double a = 2 * Math.PI * s / RIM;
            double x = m.x() + r * Math.cos(a), y = m.y() + r * Math.sin(a);
            if (!landscape.gradientAndHessian(x, y, g, hessian)) return null;
            double e = landscape.energy(x, y);
            if (!Double.isFinite(e)) return null;
            lowest = Math.min(lowest, e - Math.hypot(g[0], g[1]) / k * h);
            double lower = 0.5 * (hessian[0] + hessian[2]) - Math.hypot(0.5 * (hessian[0] - hessian[2]), hessian[1]);
            bend = Math.max(bend, -lower / k);
        }
        double level = lowest - 0.5 * 1.5 * bend * h * h;
        return level > m.energy() ? new Ball(m, r, level) : null;
    }
}
