package org.memscape.compute;

import java.util.Arrays;

/**
 * Evenly spaced streamlines of a force field sampled on a grid (after Jobard &amp; Lefer 1997,
 * simplified). Seeds lie on a lattice visited coarse to fine, so the first lines spread over the
 * whole view; a seed at least d_sep from every line so far grows both ways by midpoint (RK2) steps
 * of fixed length along the normalized force, and each end stops at the edge, where the force
 * vanishes, cancels out, reaches a crest or turns sharply, after a maximum length, or within
 * d_test = d_sep/2 of another line. A spatial hash of the kept points answers "is a line near?"
 * from nine cells. Sequential and without randomness, so the same field gives the same lines.
 * One tracer per engine; it keeps its buffers between frames.
 */
public final class StreamlineTracer {

    /** d_sep is the larger side of the view over this: about 24 lines across. */
    static final int LINES_ACROSS = 24;
    private static final double STEP = 0.25;         // of d_sep
    private static final double TEST = 0.5;          // d_test over d_sep
    private static final double MAX_LENGTH = 2.5;    // each way, in larger sides of the view
    private static final double MIN_LENGTH = 1.0;    // of d_sep: shorter stubs are dropped
    private static final double VANISHING = 1e-5;    // of the largest force on the grid
    /**
     * A step may turn the line by at most this cosine (about 45°): a sharper turn is a valley floor
     * or a ridge crossed, where a line would otherwise zigzag along the crest.
     */
    private static final double MAX_TURN_COSINE = 0.7;
    /**
     * Where the interpolated force is shorter than this share of the interpolated corner magnitudes,
     * the corners point different ways: the cell holds a valley floor, a ridge or a memory. A line
     * stops there; on a sharp ridge (a diffusion model at small τ) it would otherwise creep along
     * the crest on the little the corners leave after cancelling.
     */
    private static final double CANCELLATION = 0.5;
    /**
     * A line stops in a crest cell: one whose corners' directions differ by more than this cosine
     * (about 25°) and where the force spreads out (positive divergence: a ridge or a summit, not a
     * valley). Uphill lines converge on a sharp ridge and would slide along it in a staircase of
     * interpolation, as would a line seeded on it; lines into a valley or memory are not stopped
     * early by this, so they reach it.
     */
    private static final double CREST_COSINE = 0.9;
    private static final int COARSEST_STRIDE = 8;

    private final int maxSteps = (int) Math.ceil(MAX_LENGTH * LINES_ACROSS / STEP);
    private final double[] backward = new double[2 * maxSteps];
    private final double[] forward = new double[2 * maxSteps];
    private int[] head = new int[0];
    private int[] next = new int[0];
    private float[] magnitude = new float[0];
    /** Per interpolation cell (between four grid points): true on a crest. */
    private boolean[] crest = new boolean[0];

    // The field being traced and its geometry (set by trace).
    private FieldBuffer field;
    private int g;
    private double xmin, xmax, ymin, ymax, cellW, cellH;
    private double separation, step, vanishing, minLog, maxLog;
    private int cols, rows;
    private Streamlines out;
    // The last sample and the running log magnitude of the line being grown.
    private double sampleX, sampleY, sampleMagnitude, logSum;
    private int logCount;

    /** Replaces {@code lines} with the streamlines of {@code force} (which must carry force arrays). */
    public void trace(FieldBuffer force, Streamlines lines) {
        lines.clear();
        if (!prepare(force, lines)) return;
        double gap = separation / 2;
        int seedCols = (int) Math.ceil((xmax - xmin) / gap), seedRows = (int) Math.ceil((ymax - ymin) / gap);
        for (int stride = COARSEST_STRIDE; stride >= 1; stride /= 2) {
            for (int j = 0; j < seedRows; j += stride) {
                for (int i = 0; i < seedCols; i += stride) {
                    boolean seenAtCoarser = stride < COARSEST_STRIDE && i % (2 * stride) == 0 && j % (2 * stride) == 0;
                    if (seenAtCoarser) continue;
                    double x = xmin + (i + 0.5) * gap, y = ymin + (j + 0.5) * gap;
                    if (x < xmax && y < ymax && !near(x, y, separation)) grow(x, y);
                }
            }
        }
    }

    /** Reads the field's geometry and range; false when there is no force to follow. */
    private boolean prepare(FieldBuffer force, Streamlines lines) {
        field = force;
        out = lines;
        Grid grid = force.grid();
        g = grid.size();
        xmin = grid.xmin();
        xmax = grid.xmax();
        ymin = grid.ymin();
        ymax = grid.ymax();
        cellW = (xmax - xmin) / g;
        cellH = (ymax - ymin) / g;
        double largest = 0;
        minLog = Double.POSITIVE_INFINITY;
        maxLog = Double.NEGATIVE_INFINITY;
        if (magnitude.length < g * g) magnitude = new float[g * g];
        for (int k = 0; k < g * g; k++) {
            double m = Math.hypot(force.forceX()[k], force.forceY()[k]);
            magnitude[k] = (float) m;
            if (!(m > 0) || !Double.isFinite(m)) continue;
            largest = Math.max(largest, m);
            minLog = Math.min(minLog, Math.log(m));
            maxLog = Math.max(maxLog, Math.log(m));
        }
        if (!(largest > 0) || g < 2) return false;
        markCrests();
        vanishing = VANISHING * largest;
        separation = Math.max(xmax - xmin, ymax - ymin) / LINES_ACROSS;
        step = STEP * separation;
        cols = (int) Math.ceil((xmax - xmin) / separation);
        rows = (int) Math.ceil((ymax - ymin) / separation);
        if (head.length < cols * rows) head = new int[cols * rows];
        Arrays.fill(head, 0, cols * rows, -1);
        return true;
    }

    private void markCrests() {
        if (crest.length < (g - 1) * (g - 1)) crest = new boolean[(g - 1) * (g - 1)];
        float[] fx = field.forceX(), fy = field.forceY();
        int[] corners = new int[4];
        for (int j = 0; j + 1 < g; j++) {
            for (int i = 0; i + 1 < g; i++) {
                int c = j * g + i;
                double divergence = (fx[c + 1] + fx[c + g + 1] - fx[c] - fx[c + g]) / cellW
                        + (fy[c + g] + fy[c + g + 1] - fy[c] - fy[c + 1]) / cellH;
                if (!(divergence > 0)) {
                    crest[j * (g - 1) + i] = false;
                    continue;
                }
                corners[0] = c;
                corners[1] = c + 1;
                corners[2] = c + g;
                corners[3] = c + g + 1;
                boolean apart = false;
                for (int a = 0; a < 4 && !apart; a++) {
                    for (int b = a + 1; b < 4 && !apart; b++) {
                        double dot = fx[corners[a]] * fx[corners[b]] + fy[corners[a]] * fy[corners[b]];
                        apart = dot < CREST_COSINE * magnitude[corners[a]] * magnitude[corners[b]];
                    }
                }
                crest[j * (g - 1) + i] = apart;
            }
        }
    }

    /** One line through the seed: its backward half reversed, the seed, its forward half; kept if long enough. */
    private void grow(double x, double y) {
        logSum = 0;
        logCount = 0;
        int back = walk(x, y, -1, backward);
        int ahead = walk(x, y, 1, forward);
        if ((back + ahead) * step < MIN_LENGTH * separation) return;
        int first = out.pointCount();
        for (int k = back - 1; k >= 0; k--) out.add(backward[2 * k], backward[2 * k + 1]);
        out.add(x, y);
        for (int k = 0; k < ahead; k++) out.add(forward[2 * k], forward[2 * k + 1]);
        double meanLog = logSum / Math.max(1, logCount);
        double strength = maxLog > minLog ? (meanLog - minLog) / (maxLog - minLog) : 1;
        out.endLine((float) Math.max(0, Math.min(1, strength)));
        for (int p = first; p < out.pointCount(); p++) insert(p);
    }

    /** Steps from (x, y) along sign × the force into {@code into}; returns how many points it made. */
    private int walk(double x, double y, double sign, double[] into) {
        int n = 0;
        double px = x, py = y, lastX = 0, lastY = 0;
        for (int s = 0; s < maxSteps; s++) {
            if (!sample(px, py)) break;   // the force vanishes: a floor or a summit
            double k1x = sign * sampleX, k1y = sign * sampleY;
            logSum += Math.log(sampleMagnitude);
            logCount++;
            if (s > 0 && k1x * lastX + k1y * lastY < MAX_TURN_COSINE) break;   // a floor or a ridge crossed
            if (!sample(px + 0.5 * step * k1x, py + 0.5 * step * k1y)) break;
            double k2x = sign * sampleX, k2y = sign * sampleY;
            if (k1x * k2x + k1y * k2y < MAX_TURN_COSINE) break;
            double nx = px + step * k2x, ny = py + step * k2y;
            if (nx < xmin || nx > xmax || ny < ymin || ny > ymax || near(nx, ny, TEST * separation)) break;
            into[2 * n] = nx;
            into[2 * n + 1] = ny;
            n++;
            lastX = k2x;
            lastY = k2y;
            px = nx;
            py = ny;
        }
        return n;
    }

    /**
     * The force at (x, y), bilinear between cell centres (clamped at the border), normalized into
     * sampleX, sampleY; false where it is below the vanishing threshold, cancels out, lies on a crest or is not finite.
     */
    private boolean sample(double x, double y) {
        double u = Math.max(0, Math.min(g - 1, (x - xmin) / cellW - 0.5));
        double v = Math.max(0, Math.min(g - 1, (y - ymin) / cellH - 0.5));
        int i = Math.min(g - 2, (int) u), j = Math.min(g - 2, (int) v);
        double a = u - i, b = v - j;
        int c = j * g + i;
        float[] fx = field.forceX(), fy = field.forceY();
        double sx = (1 - b) * ((1 - a) * fx[c] + a * fx[c + 1]) + b * ((1 - a) * fx[c + g] + a * fx[c + g + 1]);
        double sy = (1 - b) * ((1 - a) * fy[c] + a * fy[c + 1]) + b * ((1 - a) * fy[c + g] + a * fy[c + g + 1]);
        double m = Math.hypot(sx, sy);
        float[] f = magnitude;
        double corners = (1 - b) * ((1 - a) * f[c] + a * f[c + 1]) + b * ((1 - a) * f[c + g] + a * f[c + g + 1]);
        if (!(m > vanishing) || !Double.isFinite(m) || m < CANCELLATION * corners) return false;
        if (crest[j * (g - 1) + i]) return false;
        sampleX = sx / m;
        sampleY = sy / m;
        sampleMagnitude = m;
        return true;
    }

    private int cellOf(double x, double y) {
        int i = Math.max(0, Math.min(cols - 1, (int) ((x - xmin) / separation)));
        int j = Math.max(0, Math.min(rows - 1, (int) ((y - ymin) / separation)));
        return j * cols + i;
    }

    private void insert(int point) {
        if (next.length <= point) next = Arrays.copyOf(next, Math.max(1024, 2 * point));
        int c = cellOf(out.x(point), out.y(point));
        next[point] = head[c];
        head[c] = point;
    }

    /** True if a kept point lies within r (at most d_sep, one hash cell) of (x, y). */
    private boolean near(double x, double y, double r) {
        int ci = Math.max(0, Math.min(cols - 1, (int) ((x - xmin) / separation)));
        int cj = Math.max(0, Math.min(rows - 1, (int) ((y - ymin) / separation)));
        double r2 = r * r;
        for (int j = Math.max(0, cj - 1); j <= Math.min(rows - 1, cj + 1); j++) {
            for (int i = Math.max(0, ci - 1); i <= Math.min(cols - 1, ci + 1); i++) {
                for (int p = head[j * cols + i]; p >= 0; p = next[p]) {
                    double dx = out.x(p) - x, dy = out.y(p) - y;
                    if (dx * dx + dy * dy < r2) return true;
                }
            }
        }
        return false;
    }
}
