package org.memscape.structure;

import java.util.List;

/**
 * The deterministic descent from one start to where it ends, in canvas coordinates:
 * <ul>
 * <li>for the distance and diffusion energies and the quadratic softmax network, the Hopfield
 * update x ← x − κ g(x) (x ← c Σ w y for point memories, MATH.md §5), which never raises E;</li>
 * <li>for the other networks, their gradient flow dx/dt = velocity (for tanh features the
 * network's own dynamics of the internal state), integrated by the Bogacki–Shampine 3(2) pair
 * with an error per step below 1e-9 of the view's width.</li>
 * </ul>
 * It ends in a {@link Capture} ball (at the ball's minimum, exactly), or where the Newton step to
 * the nearest root is below 1e-11 of the width (at that root), or after {@link #MAX_STEPS}
 * steps (not converged), or when the flow runs off (NaN).
 */
final class Descent {

    record End(double x, double y, int memory, boolean converged) {}

    static final int MAX_STEPS = 100_000;
    /** Below this fraction of the width per step the descent checks whether it has arrived. */
    private static final double SLOW = 1e-5;
    private static final double ARRIVED = 1e-11;
    private static final double RUN_OFF = 1e6;

    private final Landscape landscape;
    private final List<Capture.Ball> balls;
    private final double width;
    private final double kappa;
    private final double slow2;

    Descent(Landscape landscape, List<Capture.Ball> balls, double width) {
        this.landscape = landscape;
        this.balls = balls;
        this.width = width;
        this.kappa = landscape.updateStep();
        this.slow2 = SLOW * width * SLOW * width;
    }

    End from(double x, double y) {
        return Double.isNaN(kappa) ? flow(x, y) : update(x, y);
    }

    private End update(double x, double y) {
        double[] g = new double[2];
        double[] h = new double[3];
        for (int k = 0; k < MAX_STEPS; k++) {
            Capture.Ball ball = ballAround(x, y);
            if (ball != null && (ball.invariant() || landscape.energy(x, y) < ball.level())) return at(ball.minimum());
            if (!landscape.gradient(x, y, g)) return new End(x, y, -1, false);
            double sx = kappa * g[0], sy = kappa * g[1];
            if (sx * sx + sy * sy < slow2) {
                End end = arrived(x, y, g, h);
                if (end != null) return end;
            }
            x -= sx;
            y -= sy;
        }
        return new End(x, y, MemoryMatch.at(landscape, x, y, width), false);
    }

    private End flow(double cx, double cy) {
        int n = landscape.model.dim();
        double[] state = new double[n];
        landscape.model.toState(new double[] {cx, cy}, state);
        double[] k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n];
        double[] trial = new double[n], next = new double[n], canvas = new double[n];
        double[] g = new double[2], h = new double[3];
        double tolerance = 1e-9 * Math.max(1, width);
        double step = 0.01;
        landscape.model.velocity(state, landscape.tau, k1);
        for (int k = 0; k < MAX_STEPS; k++) {
            landscape.model.toCanvas(state, canvas);
            if (!finite(state) || norm(state) > RUN_OFF * Math.max(1, width)) return new End(Double.NaN, Double.NaN, -1, false);
            Capture.Ball ball = ballAround(canvas[0], canvas[1]);
            if (ball != null && landscape.energy(canvas[0], canvas[1]) < ball.level()) return at(ball.minimum());
            if (norm(k1) < SLOW * width && landscape.gradient(canvas[0], canvas[1], g)) {
                End end = arrived(canvas[0], canvas[1], g, h);
                if (end != null) return end;
            }
            // Bogacki–Shampine: third order with a second-order error estimate; k1 of the next step is k4
            for (int i = 0; i < n; i++) trial[i] = state[i] + 0.5 * step * k1[i];
            landscape.model.velocity(trial, landscape.tau, k2);
            for (int i = 0; i < n; i++) trial[i] = state[i] + 0.75 * step * k2[i];
            landscape.model.velocity(trial, landscape.tau, k3);
            for (int i = 0; i < n; i++) next[i] = state[i] + step * (2 * k1[i] + 3 * k2[i] + 4 * k3[i]) / 9;
            landscape.model.velocity(next, landscape.tau, k4);
            double error = 0;
            for (int i = 0; i < n; i++) {
                double e = step * (-5 * k1[i] / 72 + k2[i] / 12 + k3[i] / 9 - k4[i] / 8);
                error = Math.max(error, Math.abs(e));
            }
            if (!(error <= tolerance) && Double.isFinite(error)) {
                step *= Math.max(0.2, 0.9 * Math.cbrt(tolerance / error));
                continue;
            }
            if (!Double.isFinite(error)) {
                step *= 0.2;
                continue;
            }
            System.arraycopy(next, 0, state, 0, n);
            System.arraycopy(k4, 0, k1, 0, n);
            step *= error == 0 ? 5 : Math.min(5, 0.9 * Math.cbrt(tolerance / error));
        }
        landscape.model.toCanvas(state, canvas);
        return new End(canvas[0], canvas[1], MemoryMatch.at(landscape, canvas[0], canvas[1], width), false);
    }

    /** The root a Newton step away, if that step is below 1e-11 of the width. */
    private End arrived(double x, double y, double[] g, double[] h) {
        if (!landscape.gradientAndHessian(x, y, g, h)) return null;
        double det = h[0] * h[2] - h[1] * h[1];
        if (det == 0) return null;
        double dx = -(h[2] * g[0] - h[1] * g[1]) / det;
        double dy = -(h[0] * g[1] - h[1] * g[0]) / det;
        if (!(Math.hypot(dx, dy) <= ARRIVED * width)) return null;
        return new End(x + dx, y + dy, MemoryMatch.at(landscape, x + dx, y + dy, width), true);
    }

    /** The first ball that holds (x, y), invariant balls first. */
    private Capture.Ball ballAround(double x, double y) {
        Capture.Ball found = null;
        for (Capture.Ball ball : balls) {
            double dx = x - ball.minimum().x(), dy = y - ball.minimum().y();
            if (dx * dx + dy * dy < ball.radius() * ball.radius()) {
                if (ball.invariant()) return ball;
                if (found == null) found = ball;
            }
        }
        return found;
    }

    private static End at(CriticalPoint minimum) {
        return new End(minimum.x(), minimum.y(), minimum.memory(), true);
    }

    private static boolean finite(double[] v) {
        for (double c : v) if (!Double.isFinite(c)) return false;
        return true;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double c : v) s += c * c;
        return Math.sqrt(s);
    }
}
