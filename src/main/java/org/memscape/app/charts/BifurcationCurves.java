package org.memscape.app.charts;

import java.util.ArrayList;
import java.util.List;
import org.memscape.structure.BifurcationSweep;
import org.memscape.structure.CriticalPoint;

/**
 * The curves of a bifurcation diagram: the critical points of each slice of a sweep, projected
 * on one direction of the plane (the memories' main axis), joined into branches from slice to
 * slice. A point continues the branch of the nearest point of the same kind in the slice before
 * (within {@code reach}); a point that continues none starts a branch at the nearest point of the
 * slice before, of any kind, so that a pitchfork's new branches grow out of the branch they split
 * from. A slice without points (one exactly at a bifurcation, whose roots are degenerate) is
 * stepped over. No JavaFX, no JFreeChart.
 */
record BifurcationCurves(List<Branch> branches) {

    /**
     * One branch: a kind of critical point, followed along the parameter; {@code grown}: its first
     * point is the one of the slice before that it grew out of (of another branch).
     */
    record Branch(CriticalPoint.Kind kind, List<double[]> points, boolean grown) {}

    static BifurcationCurves of(List<BifurcationSweep.Slice> slices, double ux, double uy, double reach) {
        List<Branch> done = new ArrayList<>();
        List<Branch> open = new ArrayList<>();
        List<double[]> openEnds = new ArrayList<>();   // {value, coordinate} of each open branch's last point
        List<double[]> previous = List.of();
        for (BifurcationSweep.Slice slice : slices) {
            // a slice exactly at a bifurcation may hold no point it can classify: the branches go on across it
            if (slice.fixedPoints().points().isEmpty()) continue;
            List<Branch> nextOpen = new ArrayList<>();
            List<double[]> nextEnds = new ArrayList<>();
            List<double[]> here = new ArrayList<>();
            boolean[] taken = new boolean[open.size()];
            for (CriticalPoint p : slice.fixedPoints().points()) {
                double s = p.x() * ux + p.y() * uy;
                double[] point = {slice.value(), s};
                here.add(point);
                int best = -1;
                double nearest = reach;
                for (int b = 0; b < open.size(); b++) {
                    if (taken[b] || open.get(b).kind() != p.kind()) continue;
                    double d = Math.abs(openEnds.get(b)[1] - s);
                    if (d <= nearest) {
                        nearest = d;
                        best = b;
                    }
                }
                Branch branch;
                if (best >= 0) {
                    taken[best] = true;
                    branch = open.get(best);
                } else {
                    double[] from = nearestOf(previous, s, reach);
                    branch = new Branch(p.kind(), new ArrayList<>(), from != null);
                    if (from != null) branch.points().add(from);
                }
                branch.points().add(point);
                nextOpen.add(branch);
                nextEnds.add(point);
            }
            for (int b = 0; b < open.size(); b++) if (!taken[b]) done.add(open.get(b));
            open = nextOpen;
            openEnds = nextEnds;
            previous = here;
        }
        done.addAll(open);
        return new BifurcationCurves(List.copyOf(done));
    }

    private static double[] nearestOf(List<double[]> points, double s, double reach) {
        double[] best = null;
        double nearest = reach;
        for (double[] p : points) {
            double d = Math.abs(p[1] - s);
            if (d <= nearest) {
                nearest = d;
                best = p;
            }
        }
        return best;
    }

    /** The positions along the axis of the critical points of a kind at a slice's value, in order. */
    List<Double> at(CriticalPoint.Kind kind, double value) {
        List<Double> out = new ArrayList<>();
        for (Branch b : branches) {
            if (b.kind() != kind) continue;
            for (int k = b.grown() ? 1 : 0; k < b.points().size(); k++) {
                if (b.points().get(k)[0] == value) out.add(b.points().get(k)[1]);
            }
        }
        out.sort(null);
        return out;
    }
}
