package org.memscape.structure;

import java.util.OptionalInt;
import org.memscape.scene.Domain;

/**
 * The number of turns ∇E makes along the edge of a box, counter-clockwise: by Poincaré–Hopf the
 * sum of the indices of the critical points inside (+1 for a minimum or maximum, −1 for a saddle).
 * Starts from the scan's samples on the edge and halves any stretch over which the direction of
 * ∇E turns by more than π/4, so that no turn is missed between samples.
 */
final class BoundaryWinding {

    private static final double MAX_TURN = Math.PI / 4;
    private static final int MAX_HALVINGS = 40;

    private BoundaryWinding() {}

    /** The winding number, or empty where ∇E vanishes or is undefined on the edge. */
    static OptionalInt of(Landscape landscape, Domain box, CriticalPoints.Scan scan) {
        int n = scan.size;
        // the edge's corners of the scan grid, counter-clockwise from (xmin, ymin)
        int count = 4 * n;
        double[][] points = new double[count + 1][];
        int p = 0;
        for (int i = 0; i < n; i++) points[p++] = node(scan, i, 0);
        for (int j = 0; j < n; j++) points[p++] = node(scan, n, j);
        for (int i = n; i > 0; i--) points[p++] = node(scan, i, n);
        for (int j = n; j > 0; j--) points[p++] = node(scan, 0, j);
        points[p] = points[0];
        double total = 0;
        double[] g = new double[2];
        for (int k = 0; k < count; k++) {
            double turn = turn(landscape, points[k], points[k + 1], 0, g);
            if (Double.isNaN(turn)) return OptionalInt.empty();
            total += turn;
        }
        return OptionalInt.of((int) Math.round(total / (2 * Math.PI)));
    }

    /** {x, y, gx, gy} at node (i, j) of the scan. */
    private static double[] node(CriticalPoints.Scan scan, int i, int j) {
        int k = j * (scan.size + 1) + i;
        return new double[] {scan.x(i), scan.y(j), scan.gx[k], scan.gy[k]};
    }

    /** The turn of ∇E from a to b along the straight edge between them; NaN where it cannot be told. */
    private static double turn(Landscape landscape, double[] a, double[] b, int depth, double[] g) {
        if (!usable(a) || !usable(b)) return Double.NaN;
        double delta = angle(b) - angle(a);
        if (delta > Math.PI) delta -= 2 * Math.PI;
        if (delta < -Math.PI) delta += 2 * Math.PI;
        if (Math.abs(delta) <= MAX_TURN) return delta;
        if (depth == MAX_HALVINGS) return Double.NaN;
        double mx = 0.5 * (a[0] + b[0]), my = 0.5 * (a[1] + b[1]);
        if (!landscape.gradient(mx, my, g)) return Double.NaN;
        double[] m = {mx, my, g[0], g[1]};
        return turn(landscape, a, m, depth + 1, g) + turn(landscape, m, b, depth + 1, g);
    }

    private static boolean usable(double[] p) {
        return Double.isFinite(p[2]) && Double.isFinite(p[3]) && (p[2] != 0 || p[3] != 0);
    }

    private static double angle(double[] p) {
        return Math.atan2(p[3], p[2]);
    }
}
