package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.MixtureForm;

/**
 * A blurry landscape does not need every cell evaluated: the mixture energy is evaluated on
 * nodes k cells apart and cubic Lagrange interpolation (four nodes per axis) fills the cells in
 * between, with k the largest step whose interpolation error is provably within
 * {@link #ENERGY_ERROR} and {@link #FORCE_ERROR}.
 *
 * <p>The bound. E = −ε log ∫ exp(−|x − z|²/2s²) dμ(z) for a positive measure μ (the scaled
 * memories), so along any unit direction v the n-th derivative of E/ε is, past the second, −κ_n/s^{2n},
 * κ_n the n-th cumulant of v·z under the posterior ∝ exp(−|x − z|²/2s²)μ(dz). That posterior lives
 * on the memories, within a diameter D: with its mean at 0 inside [a, b], b − a ≤ D, M = max(b, −a),
 * its central moments obey |μ_j| ≤ M^{j−2}μ₂ and μ₂ ≤ −ab ≤ D²/4 (Bhatia–Davis), whence
 * |κ₄| = |μ₄ − 3μ₂²| ≤ max(2μ₂², D²μ₂ − 3μ₂²) ≤ D⁴/8 and |κ₅| = |μ₅ − 10μ₃μ₂| ≤ M³μ₂ + 10Mμ₂² ≤
 * max over β = M/D in [½, 1] of D⁵[β⁴(1 − β) + 10β³(1 − β)²] < 0.401·D⁵ (two-point laws reach
 * D⁴/8 and 0.128·D⁵). By Banach's theorem on symmetric forms the mixed derivatives obey the same
 * bounds. Cubic Lagrange interpolation
 * between the middle two of four nodes H apart is off by at most (9/16)/24·H⁴·max|f⁗| along
 * one axis, and the tensor product adds the other axis with its Lebesgue constant 5/4, so
 * <pre>
 *   |ΔE| ≤ (9/16)/24·(1 + 5/4)·H⁴·ε·D⁴/(8 s⁸),    |ΔF| ≤ (9/16)/24·(1 + 5/4)·H⁴·ε·0.401·D⁵/s¹⁰.
 * </pre>
 * The energy is allowed {@link #ENERGY_ERROR}·ε; the force {@link #FORCE_ERROR} of ε·R/s², R
 * the largest distance from the grid to the memories' bounding box, which bounds every force on
 * the grid (F = ε(m − x)/s² with m, the posterior mean, among the memories). With the float
 * kernel's own error (below 1e-4 of the same units, plus float's rounding of 1e-5 of the value
 * in sharp landscapes), fast fields are within 1e-3 of them (ExtendedFieldsTest).
 */
final class CoarseGrid {

    /** The interpolation error allowed in the energy, in units of ε. */
    static final double ENERGY_ERROR = 9e-4;
    /** The interpolation error allowed in the force, as a share of ε·R/s², which bounds every force on the grid. */
    static final double FORCE_ERROR = 9e-4;
    /** The bound on |κ₅|/D⁵. */
    static final double FIFTH_CUMULANT = 0.401;
    /** (9/16)/24 for one axis, times 1 + 5/4 for the tensor product. */
    private static final double LAGRANGE = 9.0 / 16 / 24 * (1 + 1.25);
    /** Below this many nodes per side the saving is not worth a second pass. */
    private static final int SMALLEST = 8;

    /** The node values and the rows interpolated along x, kept from frame to frame. */
    final FieldBuffer nodes = new FieldBuffer();
    private float[] rowsE = new float[0], rowsX = new float[0], rowsY = new float[0];

    /** The largest node step, in cells, within both error bounds (1: evaluate every cell). */
    static int step(MixtureComponents comps, MixtureForm form, Grid grid, boolean withForce) {
        double s2 = form.variance();
        double d = comps.diameter();
        if (!(d > 0)) d = Double.MIN_NORMAL;
        // |ΔE|/ε ≤ LAGRANGE·H⁴·D⁴/(8s⁸)  →  H ≤ (s²/D)·(8·ENERGY_ERROR/LAGRANGE)^¼
        double h = s2 / d * StrictMath.pow(8 * ENERGY_ERROR / LAGRANGE, 0.25);
        if (withForce) {
            // |ΔF| ≤ ε·LAGRANGE·H⁴·0.401·D⁵/s¹⁰ ≤ FORCE_ERROR·ε·R/s²  →  H ≤ (s²/D)·(FORCE_ERROR·R/(LAGRANGE·0.401·D))^¼
            double reach = comps.reachFrom(grid.xmin(), grid.xmax(), grid.ymin(), grid.ymax());
            h = Math.min(h, s2 / d * StrictMath.pow(FORCE_ERROR * reach / (LAGRANGE * FIFTH_CUMULANT * d), 0.25));
        }
        double cell = Math.max(grid.xmax() - grid.xmin(), grid.ymax() - grid.ymin()) / grid.size();
        double k = Math.floor(h / cell);
        if (!(k >= 2) || grid.size() / k < SMALLEST) return 1;
        return (int) Math.min(k, grid.size());
    }

    /**
     * The nodes for step k: node q sits on cell (q − 1)·k of the grid (continued past its
     * edges), so cell i lies between nodes ⌊i/k⌋ + 1 and ⌊i/k⌋ + 2 with one more on each side.
     * Returned as a grid of its own, whose cell centres are the nodes.
     */
    static Grid nodes(Grid grid, int k) {
        int count = (grid.size() - 1) / k + 4;
        double hx = (grid.xmax() - grid.xmin()) / grid.size() * k;
        double hy = (grid.ymax() - grid.ymin()) / grid.size() * k;
        double x0 = grid.x(0) - hx, y0 = grid.y(0) - hy;     // node 0's centre
        return new Grid(x0 - 0.5 * hx, x0 + (count - 0.5) * hx, y0 - 0.5 * hy, y0 + (count - 0.5) * hy, count);
    }

    /** Fills {@code out} (on its grid) from {@link #nodes} by cubic Lagrange interpolation. */
    void interpolate(int k, FieldBuffer out, boolean withForce, ForkJoinPool pool) {
        int g = out.grid().size();
        int q = nodes.grid().size();
        float[][] weights = weights(k);
        if (rowsE.length < q * g) rowsE = new float[q * g];
        if (withForce && rowsX.length < q * g) {
            rowsX = new float[q * g];
            rowsY = new float[q * g];
        }
        float[] rowsE = this.rowsE, rowsX = this.rowsX, rowsY = this.rowsY;
        pool.submit(() -> IntStream.range(0, q).parallel().forEach(r -> {
            alongRow(nodes.energy(), r * q, weights, k, rowsE, r * g, g);
            if (withForce) {
                alongRow(nodes.forceX(), r * q, weights, k, rowsX, r * g, g);
                alongRow(nodes.forceY(), r * q, weights, k, rowsY, r * g, g);
            }
        })).join();
        pool.submit(() -> IntStream.range(0, g).parallel().forEach(j -> {
            acrossRows(rowsE, weights[j % k], j / k, g, out.energy(), j * g);
            if (withForce) {
                acrossRows(rowsX, weights[j % k], j / k, g, out.forceX(), j * g);
                acrossRows(rowsY, weights[j % k], j / k, g, out.forceY(), j * g);
            }
        })).join();
    }

    /** The four Lagrange weights at t = p/k, p = 0 … k−1, for the nodes at −1, 0, 1, 2. */
    static float[][] weights(int k) {
        float[][] w = new float[k][];
        for (int p = 0; p < k; p++) {
            double t = (double) p / k;
            w[p] = new float[] {(float) (-t * (t - 1) * (t - 2) / 6), (float) ((t + 1) * (t - 1) * (t - 2) / 2),
                (float) (-(t + 1) * t * (t - 2) / 2), (float) ((t + 1) * t * (t - 1) / 6)};
        }
        return w;
    }

    /** One node row interpolated along x to the g cells: cell i uses nodes ⌊i/k⌋ … ⌊i/k⌋ + 3, k cells per interval. */
    private static void alongRow(float[] in, int from, float[][] weights, int k, float[] out, int to, int g) {
        for (int m = 0, i = 0; i < g; m++) {
            int n = from + m;
            float a = in[n], b = in[n + 1], c = in[n + 2], d = in[n + 3];
            for (int p = 0; p < k && i < g; p++, i++) {
                float[] w = weights[p];
                out[to + i] = w[0] * a + w[1] * b + w[2] * c + w[3] * d;
            }
        }
    }

    private static void acrossRows(float[] rows, float[] w, int first, int g, float[] out, int to) {
        int r0 = first * g, r1 = r0 + g, r2 = r1 + g, r3 = r2 + g;
        for (int i = 0; i < g; i++) {
            out[to + i] = w[0] * rows[r0 + i] + w[1] * rows[r1 + i] + w[2] * rows[r2 + i] + w[3] * rows[r3 + i];
        }
    }
}
