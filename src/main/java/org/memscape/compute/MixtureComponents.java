package org.memscape.compute;

import java.util.ArrayList;
import java.util.List;
import org.memscape.core.Memory;
import org.memscape.core.MixtureForm;

/**
 * A plane mixture's memories as flat components, already scaled by the signal a: points,
 * segments (a polyline gives one per piece, weighted by its share of the length) and circles,
 * each with the log of its weight. Σ_c w_c K_c(x) is the sum {@code log} of which the energy
 * takes (MATH.md §2.3); the fast kernels need the numbers in arrays and, to skip far
 * components, the distance from a point to each set.
 */
final class MixtureComponents {

    static final int POINT = 0;
    static final int SEGMENT = 1;
    static final int CIRCLE = 2;

    /**
     * A scaled segment shorter than this many noise widths s is taken as a point at its middle:
     * its log kernel then differs by log(1 + (m² − 1)Λ²/24) (m the distance from the middle in
     * units of s), below 1e-4 wherever the term can carry weight, while the closed form would
     * lose digits to cancellation in float.
     */
    static final double SHORTEST_SEGMENT = 1e-3;

    final int count;
    final int[] kind;
    final double[] logWeight;
    /** Point: the point; segment: its start; circle: its centre. */
    final double[] x, y;
    /** Segment: its unit direction. */
    final double[] dirX, dirY;
    /** Segment: its scaled length aℓ; circle: its scaled radius ar. */
    final double[] size;
    /** The bounding box of every set. */
    final double minX, maxX, minY, maxY;

    private MixtureComponents(List<double[]> rows) {
        count = rows.size();
        kind = new int[count];
        logWeight = new double[count];
        x = new double[count];
        y = new double[count];
        dirX = new double[count];
        dirY = new double[count];
        size = new double[count];
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            double[] r = rows.get(c);
            kind[c] = (int) r[0];
            logWeight[c] = r[1];
            x[c] = r[2];
            y[c] = r[3];
            dirX[c] = r[4];
            dirY[c] = r[5];
            size[c] = r[6];
            double reach = kind[c] == CIRCLE ? size[c] : 0;
            double ex = kind[c] == SEGMENT ? x[c] + size[c] * dirX[c] : x[c];
            double ey = kind[c] == SEGMENT ? y[c] + size[c] * dirY[c] : y[c];
            x0 = Math.min(x0, Math.min(x[c], ex) - reach);
            x1 = Math.max(x1, Math.max(x[c], ex) + reach);
            y0 = Math.min(y0, Math.min(y[c], ey) - reach);
            y1 = Math.max(y1, Math.max(y[c], ey) + reach);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
    }

    /** The components of a 2-D mixture at its signal a and noise s. */
    static MixtureComponents of(MixtureForm form) {
        double a = form.signal();
        double s = Math.sqrt(form.variance());
        List<double[]> rows = new ArrayList<>();
        for (Memory m : form.memories()) {
            if (m instanceof Memory.Point p) {
                double[] c = p.y();
                rows.add(new double[] {POINT, 0, a * c[0], a * c[1], 0, 0, 0});
            } else if (m instanceof Memory.Segment seg) {
                addSegment(rows, seg.start(), seg.end(), 0, a, s);
            } else if (m instanceof Memory.Polyline line) {
                List<double[]> v = line.vertices();
                double total = 0;
                for (int k = 1; k < v.size(); k++) total += Math.hypot(v.get(k)[0] - v.get(k - 1)[0], v.get(k)[1] - v.get(k - 1)[1]);
                for (int k = 1; k < v.size(); k++) {
                    double piece = Math.hypot(v.get(k)[0] - v.get(k - 1)[0], v.get(k)[1] - v.get(k - 1)[1]);
                    addSegment(rows, v.get(k - 1), v.get(k), StrictMath.log(piece / total), a, s);
                }
            } else {
                Memory.Circle circle = (Memory.Circle) m;
                double[] c = circle.center();
                rows.add(new double[] {CIRCLE, 0, a * c[0], a * c[1], 0, 0, a * circle.radius()});
            }
        }
        return new MixtureComponents(rows);
    }

    private static void addSegment(List<double[]> rows, double[] p, double[] q, double logWeight, double a, double s) {
        double dx = q[0] - p[0], dy = q[1] - p[1];
        double length = Math.hypot(dx, dy);
        if (a * length < SHORTEST_SEGMENT * s) {
            rows.add(new double[] {POINT, logWeight, a * 0.5 * (p[0] + q[0]), a * 0.5 * (p[1] + q[1]), 0, 0, 0});
        } else {
            rows.add(new double[] {SEGMENT, logWeight, a * p[0], a * p[1], dx / length, dy / length, a * length});
        }
    }

    /** The distance from (px, py) to component c's set. */
    double distance(int c, double px, double py) {
        double wx = px - x[c], wy = py - y[c];
        switch (kind[c]) {
            case SEGMENT -> {
                double u = Math.max(0, Math.min(size[c], wx * dirX[c] + wy * dirY[c]));
                return norm(wx - u * dirX[c], wy - u * dirY[c]);
            }
            case CIRCLE -> {
                return Math.abs(norm(wx, wy) - size[c]);
            }
            default -> {
                return norm(wx, wy);
            }
        }
    }

    /**
     * A lower bound, over every point within {@code far} of the set, of log K_c − log w_c +
     * far²/(2s²): how much the kernel average falls short of its nearest point's Gaussian.
     * A segment keeps at least the piece of length w = s²/(e + s) around the nearest point
     * (e ≤ far the distance along its axis beyond an end), whose points are at most
     * (d² + 2ew + w²)^½ away, so K ≥ min(1, w/aℓ)·exp(−d²/2s² − 3/2); a circle keeps the arc
     * within θ = min(π, s/√(ρ·ar)) of the nearest point, at most ((ρ − ar)² + ρ·ar·θ²)^½ away,
     * so K ≥ (θ/π)·exp(−d²/2s² − 1/2), for every ρ up to {@code farFromCentre}.
     */
    double shapeFloor(int c, double far, double farFromCentre, double s) {
        return switch (kind[c]) {
            case SEGMENT -> -1.5 - StrictMath.log(Math.max(1, (far + s) * size[c] / (s * s)));
            case CIRCLE -> -0.5 - StrictMath.log(Math.max(1, Math.PI * Math.sqrt(farFromCentre * size[c]) / s));
            default -> 0;
        };
    }

    /** The distance from (px, py) to a circle's centre (or to the point, or the segment's start). */
    double anchorDistance(int c, double px, double py) {
        return norm(px - x[c], py - y[c]);
    }

    /** √(x² + y²): a correctly rounded square root, several times faster than hypot (coordinates are within ±1e6). */
    private static double norm(double x, double y) {
        return Math.sqrt(x * x + y * y);
    }

    /** The diagonal of the bounding box: at least the diameter of the union of the sets. */
    double diameter() {
        return Math.hypot(maxX - minX, maxY - minY);
    }

    /** The largest distance from a point of the rectangle to a point of the bounding box. */
    double reachFrom(double x0, double x1, double y0, double y1) {
        double dx = Math.max(Math.abs(x1 - minX), Math.abs(maxX - x0));
        double dy = Math.max(Math.abs(y1 - minY), Math.abs(maxY - y0));
        return Math.hypot(dx, dy);
    }

    boolean pointsOnly() {
        for (int k : kind) if (k != POINT) return false;
        return true;
    }
}
