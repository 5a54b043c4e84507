package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.EnergyModel;
import org.memscape.core.MixtureForm;

/**
 * The energy E = −ε log Σ_c w_c K_c + const of a plane mixture of points, segments and circles
 * (and its force) over a grid, in float lanes, cell by cell from the closed forms:
 * <ul>
 *   <li>segment: K = e^{−d²/2s²}·(√(2π)/Λ)·R, d the distance to the segment, Λ = aℓ/s, and R
 *       from erfcx of the projections: inside the ends, 1 − ½e^{−A²/2}erfcx(A/√2) − (the same for
 *       B), A and B the distances to the ends along the axis in units of s; beyond an end,
 *       ½[erfcx(o/√2) − e^{(o² − (o + Λ)²)/2}erfcx((o + Λ)/√2)], o the distance past it;</li>
 *   <li>circle: K = e^{−(ρ − ar)²/2s²}·I0e(ρ·ar/s²);</li>
 *   <li>point: K = e^{−d²/2s²}.</li>
 * </ul>
 * Each cell's terms are shifted by its largest −d²/2s² (taken over the components first), so
 * none overflows and the largest is at least its shape factor. The grid goes in tiles of 16×16
 * cells; a component whose largest possible term over a tile is below 2⁻²⁶/N of the tile's
 * smallest possible sum is skipped there (see {@link #activeIn}), so a cell loses at most a
 * 2⁻²⁶ share of its sum: far memories cost nothing when the noise is narrow. The tiles do not
 * depend on the number of threads, so neither do the bits.
 */
final class SimdMixtureGridKernel {

    static final int TILE = MixtureTile.TILE;
    /** A skipped component's term is below e^−SKIP/N of the sum, for every cell of the tile. */
    static final double SKIP = 26 * Math.log(2);
    private static final float TINY_SUM = 1e-30f;
    private static final double MIDDLE = 0.5 * (TILE - 1);

    private final ThreadLocal<MixtureTile> tiles = ThreadLocal.withInitial(MixtureTile::new);

    void evaluate(MixtureComponents comps, MixtureForm form, EnergyModel exact, double tau, FieldBuffer out,
                  boolean withForce, ForkJoinPool pool, Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        int across = (g + TILE - 1) / TILE;
        pool.submit(() -> IntStream.range(0, across * across).parallel().forEach(t -> {
            if (cancel.cancelled()) return;
            tile(t % across * TILE, t / across * TILE, comps, form, exact, tau, out, withForce);
        })).join();
    }

    private void tile(int i0, int j0, MixtureComponents comps, MixtureForm form, EnergyModel exact, double tau,
                      FieldBuffer out, boolean withForce) {
        Grid grid = out.grid();
        int g = grid.size();
        double hx = (grid.xmax() - grid.xmin()) / g, hy = (grid.ymax() - grid.ymin()) / g;
        double x0 = grid.x(i0), y0 = grid.y(j0);
        MixtureTile t = tiles.get();
        activeIn(t, comps, form, x0, y0, hx, hy);
        // cells relative to the tile's centre: small offsets keep float's rounding small beside the distances
        for (int l = 0; l < TILE; l++) t.offsets[l] = (float) ((l - MIDDLE) * hx);
        double epsilon = form.epsilon();
        int columns = Math.min(TILE, g - i0);
        for (int r = 0; r < TILE && j0 + r < g; r++) {
            float yOffset = (float) ((r - MIDDLE) * hy);
            for (int l = 0; l < TILE; l += SimdMath.LANES) {
                t.cells(l, yOffset, (float) (0.5 / form.variance()));
            }
            int base = (j0 + r) * g + i0;
            for (int l = 0; l < columns; l++) {
                if (!(t.sum[l] >= TINY_SUM) || !Float.isFinite(t.sum[l])) {
                    exactCell(exact, tau, grid.x(i0 + l), grid.y(j0 + r), out, base + l, withForce);
                    continue;
                }
                out.energy()[base + l] = (float) (-epsilon * t.energy[l] + form.constant());
                if (withForce) {
                    out.forceX()[base + l] = (float) (epsilon * t.forceX[l]);
                    out.forceY()[base + l] = (float) (epsilon * t.forceY[l]);
                }
            }
        }
    }

    /**
     * Keeps the components that can matter somewhere in the tile. With d the distance from the
     * tile's centre to a set and ½δ the tile's half diagonal, every cell is at least
     * d − ½δ and at most d + ½δ from it, so the term w·K is at most w·e^{−(d − ½δ)²/2s²} and at
     * least w·e^{−(d + ½δ)²/2s² + shape} ({@link MixtureComponents#shapeFloor}); the largest
     * lower bound bounds the sum from below.
     */
    static void activeIn(MixtureTile t, MixtureComponents comps, MixtureForm form, double x0, double y0, double hx, double hy) {
        int n = comps.count;
        double s = Math.sqrt(form.variance());
        double halfLambda = 0.5 / form.variance();
        double halfX = MIDDLE * hx, halfY = MIDDLE * hy;
        double cx = x0 + halfX, cy = y0 + halfY;
        double half = Math.sqrt(halfX * halfX + halfY * halfY);
        t.ensure(n);
        double[] upper = t.upper;
        double floor = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            double d = comps.distance(c, cx, cy);
            double near = Math.max(0, d - half), far = d + half;
            upper[c] = comps.logWeight[c] - halfLambda * near * near;
            double lower = comps.logWeight[c] - halfLambda * far * far;
            // the shape's share is at most 1: only a lower bound that could raise the floor needs it
            if (lower > floor) floor = Math.max(floor, lower + comps.shapeFloor(c, far, comps.anchorDistance(c, cx, cy) + half, s));
        }
        double cut = floor - SKIP - StrictMath.log(n);
        t.points = t.segments = t.circles = 0;
        for (int c = 0; c < n; c++) {
            if (upper[c] < cut) continue;
            double wx = comps.x[c] - cx, wy = comps.y[c] - cy;
            float px = (float) wx, py = (float) wy, w = (float) comps.logWeight[c];
            switch (comps.kind[c]) {
                case MixtureComponents.SEGMENT -> {
                    int k = t.segments++;
                    // the centre's coordinates along and across the segment, and to its end, in double
                    double along = -(wx * comps.dirX[c] + wy * comps.dirY[c]);
                    t.sAlong[k] = (float) along;
                    t.sAcross[k] = (float) (wx * comps.dirY[c] - wy * comps.dirX[c]);
                    t.sBack[k] = (float) (comps.size[c] - along);
                    t.sdx[k] = (float) comps.dirX[c];
                    t.sdy[k] = (float) comps.dirY[c];
                    t.sLength[k] = (float) comps.size[c];
                    t.sLambda[k] = (float) (comps.size[c] / (s * Math.sqrt(2)));     // Λ/√2
                    t.sw[k] = w;
                    t.sScale[k] = (float) (Math.sqrt(2 * Math.PI) * s / comps.size[c]);
                }
                case MixtureComponents.CIRCLE -> {
                    int k = t.circles++;
                    t.cx[k] = px;
                    t.cy[k] = py;
                    t.cRadius[k] = (float) comps.size[c];
                    t.cw[k] = w;
                }
                default -> {
                    int k = t.points++;
                    t.px[k] = px;
                    t.py[k] = py;
                    t.pw[k] = w;
                }
            }
        }
    }

    /** A cell whose float sum failed (never seen in the tests; kept so that no cell can be wrong): the core's double. */
    private static void exactCell(EnergyModel model, double tau, double x, double y, FieldBuffer out, int cell, boolean withForce) {
        double[] force = withForce ? new double[2] : null;
        out.energy()[cell] = (float) model.energy(new double[] {x, y}, tau, force);
        if (withForce) {
            out.forceX()[cell] = (float) force[0];
            out.forceY()[cell] = (float) force[1];
        }
    }
}
