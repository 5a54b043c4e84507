package org.memscape.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stored memory: a point, or a set (segment, polyline, circle) that the distance-similarity and
 * diffusion energies average over (MATH.md §2.3). Coordinates are in R^D.
 */
public sealed interface Memory {

    int dim();

    /**
     * The log of the kernel average K(x; a, s²) = mean over y in the memory of
     * exp(−|x − a·y|² / (2 s²)) (an unnormalized Gaussian; for a point just the exponent), and its
     * gradient in x, written to {@code grad} unless it is null.
     */
    double logKernel(double[] x, double a, double s2, double[] grad);

    /** The centre of mass of the set, by arc length (the point itself for a point). */
    double[] centroid();

    /** A point of the set at fraction {@code u ∈ [0, 1)} of its arc length (for sampling). */
    double[] pointAt(double u);

    static double[] copyOf(double[] v) {
        for (double c : v) {
            if (!Double.isFinite(c)) throw new IllegalArgumentException("memory coordinates must be finite, got " + Arrays.toString(v));
        }
        return v.clone();
    }

    record Point(double[] y) implements Memory {
        public Point { y = copyOf(y); }

        /** A copy: memories are immutable. */
        @Override public double[] y() { return y.clone(); }

        @Override public int dim() { return y.length; }

        @Override public double logKernel(double[] x, double a, double s2, double[] grad) {
            double sq = 0;
            for (int i = 0; i < y.length; i++) {
                double d = x[i] - a * y[i];
                sq += d * d;
                if (grad != null) grad[i] = -d / s2;
            }
            return -0.5 * sq / s2;
        }

        @Override public double[] centroid() { return y.clone(); }

        @Override public double[] pointAt(double u) { return y.clone(); }
    }

    /** The straight segment from {@code start} to {@code end}; its kernel average has a closed form. */
    record Segment(double[] start, double[] end) implements Memory {
        public Segment {
            start = copyOf(start);
            end = copyOf(end);
            if (start.length != end.length) throw new IllegalArgumentException("segment ends differ in dimension");
            if (length(start, end) == 0) throw new IllegalArgumentException("zero-length segment");
        }

        @Override public double[] start() { return start.clone(); }

        @Override public double[] end() { return end.clone(); }

        @Override public int dim() { return start.length; }

        public double length() { return length(start, end); }

        @Override public double logKernel(double[] x, double a, double s2, double[] grad) {
            int dim = start.length;
            double len = length();
            double s = Math.sqrt(s2);
            if (a * len < 1e-9 * s) {
                // The scaled segment is far shorter than the noise: it acts as a point at its middle.
                return new Point(centroid()).logKernel(x, a, s2, grad);
            }
            double[] dir = new double[dim];
            double u = 0;
            for (int i = 0; i < dim; i++) {
                dir[i] = (end[i] - start[i]) / len;
                u += (x[i] - a * start[i]) * dir[i];
            }
            double r2 = 0;
            for (int i = 0; i < dim; i++) {
                double r = x[i] - a * start[i] - u * dir[i];
                r2 += r * r;
                if (grad != null) grad[i] = -r / s2;
            }
            double b0 = -u / s;
            double b1 = (a * len - u) / s;
            double[] drift = grad == null ? null : new double[1];
            double logMass = LogMath.logNormalCdfDifference(b0, b1, drift);
            if (grad != null) {
                // b0 and b1 both fall by 1/s per unit of u: d/du log(Φ(b1) − Φ(b0)) = drift / s
                for (int i = 0; i < dim; i++) grad[i] += drift[0] / s * dir[i];
            }
            return -0.5 * r2 / s2 + Math.log(s / (a * len)) + 0.5 * LogMath.LOG_2PI + logMass;
        }

        @Override public double[] centroid() { return pointAt(0.5); }

        @Override public double[] pointAt(double u) {
            double[] p = new double[start.length];
            for (int i = 0; i < p.length; i++) p[i] = start[i] + u * (end[i] - start[i]);
            return p;
        }

        /** |q − p|, scaled by its largest component so that tiny and huge lengths neither underflow nor overflow. */
        static double length(double[] p, double[] q) {
            double scale = 0;
            for (int i = 0; i < p.length; i++) scale = Math.max(scale, Math.abs(q[i] - p[i]));
            if (scale == 0 || !Double.isFinite(scale)) return scale;
            double sq = 0;
            for (int i = 0; i < p.length; i++) {
                double d = (q[i] - p[i]) / scale;
                sq += d * d;
            }
            return scale * Math.sqrt(sq);
        }
    }

    /**
     * A chain of segments, weighted by length: its average is the length-weighted sum of theirs.
     * The pieces are built once; the record's arrays never leave it (see {@link #vertices()}).
     */
    final class Polyline implements Memory {
        private final List<double[]> vertices;
        private final List<Segment> pieces;
        private final double length;

        public Polyline(List<double[]> vertices) {
            List<double[]> copies = new ArrayList<>();
            for (double[] v : vertices) copies.add(copyOf(v));
            this.vertices = List.copyOf(copies);
            this.pieces = piecesOf(this.vertices);
            this.length = pieces.stream().mapToDouble(Segment::length).sum();
        }

        private static List<Segment> piecesOf(List<double[]> vertices) {
            if (vertices.size() < 2) throw new IllegalArgumentException("a polyline needs at least two points");
            List<Segment> out = new ArrayList<>();
            for (int k = 1; k < vertices.size(); k++) {
                if (Segment.length(vertices.get(k - 1), vertices.get(k)) == 0) {
                    throw new IllegalArgumentException("polyline has a zero-length piece at point " + k);
                }
                out.add(new Segment(vertices.get(k - 1), vertices.get(k)));
            }
            return out;
        }

        public List<double[]> vertices() { return vertices.stream().map(double[]::clone).toList(); }

        public double length() { return length; }

        @Override public int dim() { return vertices.get(0).length; }

        @Override public double logKernel(double[] x, double a, double s2, double[] grad) {
            int n = pieces.size();
            double[] terms = new double[n];
            double[][] grads = grad == null ? null : new double[n][dim()];
            for (int k = 0; k < n; k++) {
                Segment piece = pieces.get(k);
                terms[k] = Math.log(piece.length() / length)
                        + piece.logKernel(x, a, s2, grads == null ? null : grads[k]);
            }
            double lse = LogMath.softmaxInPlace(terms, n);
            if (grad != null) LogMath.weightedSum(terms, grads, grad);
            return lse;
        }

        @Override public double[] centroid() {
            double[] c = new double[dim()];
            for (Segment piece : pieces) {
                double[] m = piece.centroid();
                for (int i = 0; i < c.length; i++) c[i] += m[i] * piece.length() / length;
            }
            return c;
        }

        @Override public double[] pointAt(double u) {
            double target = u * length;
            for (Segment piece : pieces) {
                if (target < piece.length()) return piece.pointAt(target / piece.length());
                target -= piece.length();
            }
            return pieces.get(pieces.size() - 1).pointAt(1);
        }
    }

    /**
     * A circle in the plane of the first two coordinates. Its average is the limit of inscribed
     * regular polygons, which has the closed form exp(−(ρ − ar)²/2s²) · I0e(ρar/s²), ρ the
     * in-plane distance from the scaled centre: exact at every noise level, where a polygon would
     * need ever more sides as s shrinks.
     */
    record Circle(double[] center, double radius) implements Memory {
        public Circle {
            center = copyOf(center);
            if (center.length < 2) throw new IllegalArgumentException("a circle needs at least two dimensions");
            if (!(radius > 0) || !Double.isFinite(radius)) throw new IllegalArgumentException("circle radius must be > 0");
        }

        @Override public double[] center() { return center.clone(); }

        @Override public int dim() { return center.length; }

        @Override public double logKernel(double[] x, double a, double s2, double[] grad) {
            double dx = x[0] - a * center[0];
            double dy = x[1] - a * center[1];
            double rho = Math.hypot(dx, dy);
            double ar = a * radius;
            double z = rho * ar / s2;
            double[] bessel = LogMath.besselLogI0eAndRatio(z);
            double perp = 0;
            for (int i = 2; i < center.length; i++) {
                double d = x[i] - a * center[i];
                perp += d * d;
                if (grad != null) grad[i] = -d / s2;
            }
            if (grad != null) {
                // ∇ = −(x − ac)/s² + (ar/s²) (I1/I0)(z) ρ̂ ; I1/I0 ≈ z/2 as ρ → 0
                double pull = z < 1e-8 ? 0.5 * (ar / s2) * (ar / s2) : (ar / s2) * bessel[1] / rho;
                grad[0] = -dx / s2 + pull * dx;
                grad[1] = -dy / s2 + pull * dy;
            }
            return -0.5 * (rho - ar) * (rho - ar) / s2 + bessel[0] - 0.5 * perp / s2;
        }

        @Override public double[] centroid() { return center.clone(); }

        @Override public double[] pointAt(double u) {
            double[] p = center.clone();
            p[0] += radius * Math.cos(2 * Math.PI * u);
            p[1] += radius * Math.sin(2 * Math.PI * u);
            return p;
        }
    }
}
