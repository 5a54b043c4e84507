package org.memscape.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.memscape.compute.Cancellation;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;

/**
 * Finds every critical point of a 2-D landscape in a view. ∇E is sampled at the corners of a
 * G×G grid of cells; a cell where both of its components take both signs (or vanish) at its
 * corners may hold a root, and is split in four, twice, to separate roots that lie close
 * together. From the centre of each such cell {@link NewtonSolver} converges to a root, which is
 * kept if it lies in the view and is not already known (within 1e-7 of the width). The count is
 * then checked against the winding of ∇E around the view's edge ({@link BoundaryWinding}); while
 * they differ the grid is refined, up to {@link #FINEST_GRID}.
 */
public final class CriticalPoints {

    static final int FIRST_GRID = 64;
    static final int FINEST_GRID = 256;
    static final int SPLITS = 2;
    /**
     * A root whose smaller curvature (in size) is below this fraction of its larger one cannot be
     * located or classified in double precision: it lies in a valley or on a ridge that is flat to
     * rounding (an extended memory at low noise), or exactly at a bifurcation. It is counted as
     * degenerate instead of listed.
     */
    static final double DEGENERATE = 1e-6;
    /** Two roots closer than this fraction of the width are one. */
    static final double SAME = 1e-7;

    private CriticalPoints() {}

    /** Every critical point of {@code model} at τ (ignored by timeless models) in {@code view}. */
    public static FixedPoints find(EnergyModel model, double tau, Domain view) {
        return find(model, tau, view, Cancellation.NEVER);
    }

    /** The same; throws {@link CancellationException} when {@code cancel} says so between rows of work. */
    public static FixedPoints find(EnergyModel model, double tau, Domain view, Cancellation cancel) {
        return find(Landscape.of(model, tau), view, cancel);
    }

    static FixedPoints find(Landscape landscape, Domain view, Cancellation cancel) {
        Domain box = landscape.defined(view);
        double width = Math.max(view.width(), view.height());
        List<double[]> roots = new ArrayList<>();
        OptionalInt winding = OptionalInt.empty();
        boolean windingKnown = false;
        for (int grid = FIRST_GRID; grid <= FINEST_GRID; grid *= 2) {
            Scan scan = Scan.of(landscape, box, grid, cancel);
            if (!windingKnown) {
                winding = BoundaryWinding.of(landscape, box, scan);
                windingKnown = true;
            }
            List<double[]> starts = new ArrayList<>(scan.starts(SPLITS));
            if (grid == FIRST_GRID) starts.addAll(landscape.seeds(scan));
            checkCancel(cancel);
            Domain region = grown(box, 0.25 * width);
            List<double[]> found = starts.parallelStream().map(s -> {
                double[] root = new double[2];
                return NewtonSolver.solve(landscape, s[0], s[1], region, width, root) ? root : null;
            }).filter(r -> r != null && NewtonSolver.within(view, r[0], r[1]) && NewtonSolver.within(box, r[0], r[1])).toList();
            for (double[] r : found) add(roots, r, SAME * width);
            checkCancel(cancel);
            int[] degenerate = new int[1];
            List<CriticalPoint> points = classify(landscape, roots, view, degenerate);
            FixedPoints result = new FixedPoints(view, points, degenerate[0], winding, confinedInView(landscape, view));
            // a finer grid cannot help where the count is off for want of roots no search can locate
            if (result.consistent() || winding.isEmpty() || result.degenerate() > 0 || grid * 2 > FINEST_GRID) return result;
        }
        throw new IllegalStateException("unreachable");
    }

    /** True when E confines and a rectangle known to hold every critical point lies inside the view. */
    static boolean confinedInView(Landscape landscape, Domain view) {
        Domain bound = landscape.criticalBound();
        return landscape.confines() && bound != null && bound.xmin() > view.xmin() && bound.xmax() < view.xmax()
                && bound.ymin() > view.ymin() && bound.ymax() < view.ymax();
    }

    private static void add(List<double[]> roots, double[] r, double tolerance) {
        for (double[] known : roots) {
            if (Math.hypot(known[0] - r[0], known[1] - r[1]) <= tolerance) return;
        }
        roots.add(r);
    }

    private static List<CriticalPoint> classify(Landscape landscape, List<double[]> roots, Domain view, int[] degenerate) {
        double width = Math.max(view.width(), view.height());
        List<CriticalPoint> points = new ArrayList<>();
        double[] g = new double[2], h = new double[3];
        for (double[] r : roots) {
            if (!landscape.gradientAndHessian(r[0], r[1], g, h)) continue;
            double mean = 0.5 * (h[0] + h[2]);
            double radius = Math.hypot(0.5 * (h[0] - h[2]), h[1]);
            double lower = mean - radius, upper = mean + radius;
            if (!(Math.min(Math.abs(lower), Math.abs(upper)) >= DEGENERATE * Math.max(Math.abs(lower), Math.abs(upper)))) {
                degenerate[0]++;
                continue;
            }
            CriticalPoint.Kind kind = CriticalPoint.Kind.of(lower, upper);
            double k = landscape.gradientScale();
            points.add(new CriticalPoint(kind, r[0], r[1], landscape.energy(r[0], r[1]),
                    MemoryMatch.at(landscape, r[0], r[1], width), lower / k, upper / k));
        }
        points.sort(Comparator.comparing(CriticalPoint::kind).thenComparingDouble(CriticalPoint::x).thenComparingDouble(CriticalPoint::y));
        return points;
    }

    static Domain grown(Domain d, double margin) {
        return new Domain(d.xmin() - margin, d.xmax() + margin, d.ymin() - margin, d.ymax() + margin);
    }

    static void checkCancel(Cancellation cancel) {
        if (cancel.cancelled()) throw new CancellationException("superseded");
    }

    /** ∇E at the (G + 1)² corners of a G×G grid of cells over a box; NaN where E is undefined. */
    static final class Scan {
        final Landscape landscape;
        final Domain box;
        final int size;
        final double[] gx;
        final double[] gy;

        private Scan(Landscape landscape, Domain box, int size) {
            this.landscape = landscape;
            this.box = box;
            this.size = size;
            this.gx = new double[(size + 1) * (size + 1)];
            this.gy = new double[(size + 1) * (size + 1)];
        }

        static Scan of(Landscape landscape, Domain box, int size, Cancellation cancel) {
            Scan scan = new Scan(landscape, box, size);
            IntStream.rangeClosed(0, size).parallel().forEach(j -> {
                if (cancel.cancelled()) return;
                double[] g = new double[2];
                for (int i = 0; i <= size; i++) {
                    int k = j * (size + 1) + i;
                    if (landscape.gradient(scan.x(i), scan.y(j), g)) {
                        scan.gx[k] = g[0];
                        scan.gy[k] = g[1];
                    } else {
                        scan.gx[k] = Double.NaN;
                        scan.gy[k] = Double.NaN;
                    }
                }
            });
            checkCancel(cancel);
            return scan;
        }

        double x(int i) {
            return i == size ? box.xmax() : box.xmin() + i * box.width() / size;
        }

        double y(int j) {
            return j == size ? box.ymax() : box.ymin() + j * box.height() / size;
        }

        /** The centres of the cells that may hold a root, each split {@code splits} times where it still may. */
        List<double[]> starts(int splits) {
            List<double[]> out = new ArrayList<>();
            double[] g = new double[2];
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++) {
                    int k = j * (size + 1) + i;
                    double[][] corners = {
                            {gx[k], gy[k]}, {gx[k + 1], gy[k + 1]},
                            {gx[k + size + 1], gy[k + size + 1]}, {gx[k + size + 2], gy[k + size + 2]}};
                    if (mayHoldRoot(corners)) split(x(i), y(j), x(i + 1), y(j + 1), corners, splits, out, g);
                }
            }
            return out;
        }

        /** Corners in the order (x0, y0), (x1, y0), (x0, y1), (x1, y1). */
        private void split(double x0, double y0, double x1, double y1, double[][] corners, int depth, List<double[]> out, double[] g) {
            double xm = 0.5 * (x0 + x1), ym = 0.5 * (y0 + y1);
            if (depth == 0) {
                out.add(new double[] {xm, ym});
                return;
            }
            double[] bottom = at(xm, y0, g), left = at(x0, ym, g), centre = at(xm, ym, g), right = at(x1, ym, g), top = at(xm, y1, g);
            double[][][] quarters = {
                    {corners[0], bottom, left, centre}, {bottom, corners[1], centre, right},
                    {left, centre, corners[2], top}, {centre, right, top, corners[3]}};
            double[][] bounds = {{x0, y0, xm, ym}, {xm, y0, x1, ym}, {x0, ym, xm, y1}, {xm, ym, x1, y1}};
            boolean any = false;
            for (int q = 0; q < 4; q++) {
                if (mayHoldRoot(quarters[q])) {
                    any = true;
                    split(bounds[q][0], bounds[q][1], bounds[q][2], bounds[q][3], quarters[q], depth - 1, out, g);
                }
            }
            if (!any) out.add(new double[] {xm, ym});
        }

        private double[] at(double x, double y, double[] g) {
            return landscape.gradient(x, y, g) ? new double[] {g[0], g[1]} : new double[] {Double.NaN, Double.NaN};
        }

        /** Both components reach both signs (or zero) over the defined corners. */
        static boolean mayHoldRoot(double[][] corners) {
            return changes(corners, 0) && changes(corners, 1);
        }

        private static boolean changes(double[][] corners, int component) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double[] c : corners) {
                double v = c[component];
                if (Double.isNaN(v)) continue;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return min <= 0 && max >= 0;
        }
    }
}
