package org.memscape.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.MemoryFunction;
import org.memscape.core.MixtureForm;

/**
 * The landscapes whose gradient and Hessian have a closed form through softmax weights w over
 * point memories (MATH.md §5):
 * <ul>
 * <li>distance and diffusion energies, logits −½λ|x − p_n|² with centres p_n = c y_n:
 *     g = x − Σ w p, Jacobian I − λ Cov_w(p) (g = ∇E for the distance energy, s² ∇E for diffusion);</li>
 * <li>the dot-product network with the softmax memory, logits β y_n·v:
 *     g = φ'(v) − Σ w y, Jacobian diag φ''(v) − β Cov_w(y), φ' = v for quadratic features and
 *     artanh v for tanh features (g = ∇E exactly).</li>
 * </ul>
 * Covariances are taken of the offsets d_n = p_n − x, which are small where it matters.
 */
final class SoftmaxLandscape extends Landscape {

    /** A weight below e^−40 of the largest changes no sum in its 17th digit. */
    private static final double NEGLIGIBLE = -40;

    private final double[] px;
    private final double[] py;
    private final double lambda;
    private final boolean dot;
    private final boolean tanh;
    private final double update;
    private final double scale;

    private SoftmaxLandscape(EnergyModel model, double tau, double[][] centres, double lambda, boolean dot, boolean tanh, double update, double scale) {
        super(model, tau);
        int n = centres.length;
        this.px = new double[n];
        this.py = new double[n];
        for (int k = 0; k < n; k++) {
            px[k] = centres[k][0];
            py[k] = centres[k][1];
        }
        this.lambda = lambda;
        this.dot = dot;
        this.tanh = tanh;
        this.update = update;
        this.scale = scale;
    }

    /** The exact landscape of a model, or null when it has none (extended memories, other memory functions). */
    static SoftmaxLandscape of(EnergyModel model, double tau) {
        if (model.dim() != 2) return null;
        if (model instanceof DistanceHopfieldModel || model instanceof DiffusionModel) {
            MixtureForm form = ((MixtureForm.Source) model).mixtureAt(tau);
            if (!form.pointsOnly()) return null;
            // E = −ε lse(−|x − a y|²/(2 s²)) + c: λ = 1/s², ∇E = ε λ (x − a Σ w y), and the update x ← a Σ w y is x − 1·g
            return new SoftmaxLandscape(model, tau, form.centres(), 1 / form.variance(), false, false, 1, form.variance() / form.epsilon());
        }
        if (model instanceof HopfieldModel h && h.memoryFunction() instanceof MemoryFunction.LogSumExp lse) {
            boolean tanh = h.features() == HopfieldModel.Features.TANH;
            // x ← Yᵀ softmax(β Y x) is the concave-convex update of the quadratic network; tanh has none
            return new SoftmaxLandscape(model, tau, h.memoryMatrix(), lse.beta(), true, tanh, tanh ? Double.NaN : 1, 1);
        }
        return null;
    }

    @Override boolean gradient(double x, double y, double[] g) {
        return evaluate(x, y, g, null);
    }

    @Override boolean gradientAndHessian(double x, double y, double[] g, double[] h) {
        return evaluate(x, y, g, h);
    }

    private boolean evaluate(double x, double y, double[] g, double[] h) {
        if (tanh && !(Math.abs(x) < 1 && Math.abs(y) < 1)) return false;
        int n = px.length;
        // one pass, the sums kept relative to the largest logit so far and rescaled when it grows
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0, mx = 0, my = 0, sxx = 0, sxy = 0, syy = 0;
        for (int k = 0; k < n; k++) {
            double dx = px[k] - x;
            double dy = py[k] - y;
            double l = dot ? lambda * (px[k] * x + py[k] * y) : -0.5 * lambda * (dx * dx + dy * dy);
            double e;
            if (l > max) {
                double rescale = Math.exp(max - l);
                sum *= rescale;
                mx *= rescale;
                my *= rescale;
                sxx *= rescale;
                sxy *= rescale;
                syy *= rescale;
                max = l;
                e = 1;
            } else {
                if (l - max < NEGLIGIBLE) continue;
                e = Math.exp(l - max);
            }
            sum += e;
            mx += e * dx;
            my += e * dy;
            if (h != null) {
                sxx += e * dx * dx;
                sxy += e * dx * dy;
                syy += e * dy * dy;
            }
        }
        if (!Double.isFinite(max)) return false;
        mx /= sum;
        my /= sum;
        // Σ w y − x = (mx, my); g = φ'(v) − Σ w y
        double fx = tanh ? artanh(x) - x : 0;
        double fy = tanh ? artanh(y) - y : 0;
        g[0] = fx - mx;
        g[1] = fy - my;
        if (h != null) {
            double cxx = sxx / sum - mx * mx;
            double cxy = sxy / sum - mx * my;
            double cyy = syy / sum - my * my;
            double dxx = tanh ? 1 / ((1 - x) * (1 + x)) : 1;
            double dyy = tanh ? 1 / ((1 - y) * (1 + y)) : 1;
            h[0] = dxx - lambda * cxx;
            h[1] = -lambda * cxy;
            h[2] = dyy - lambda * cyy;
        }
        return true;
    }

    private static double artanh(double v) {
        return 0.5 * Math.log1p(2 * v / (1 - v));
    }

    /**
     * For the distance form, the midpoints of neighbouring centres and the circumcentres of three
     * mutual neighbours (neighbours: nearest centres of adjacent grid corners). When λ is large
     * E is nearly ½λ·(distance to the nearest centre)², whose saddles sit at such midpoints and
     * whose maxima at such circumcentres, inside mixing zones about 1/(λ·distance) wide, far
     * narrower than a grid cell: Newton started anywhere else leaves for a memory.
     */
    @Override List<double[]> seeds(CriticalPoints.Scan scan) {
        if (dot) return List.of();
        int g = scan.size;
        int[] nearest = new int[(g + 1) * (g + 1)];
        for (int j = 0; j <= g; j++) {
            for (int i = 0; i <= g; i++) nearest[j * (g + 1) + i] = nearestCentre(scan.x(i), scan.y(j));
        }
        Set<Long> pairs = new HashSet<>();
        Set<List<Integer>> triples = new HashSet<>();
        for (int j = 0; j < g; j++) {
            for (int i = 0; i < g; i++) {
                int k = j * (g + 1) + i;
                TreeSet<Integer> labels = new TreeSet<>(List.of(
                        nearest[k], nearest[k + 1], nearest[k + g + 1], nearest[k + g + 2]));
                Integer[] l = labels.toArray(Integer[]::new);
                for (int a = 0; a < l.length; a++) {
                    for (int b = a + 1; b < l.length; b++) {
                        pairs.add((long) l[a] * px.length + l[b]);
                        for (int c = b + 1; c < l.length; c++) triples.add(List.of(l[a], l[b], l[c]));
                    }
                }
            }
        }
        // where the mixing zone is wider than a cell the grid resolves it: no seed needed
        double cell = Math.max(scan.box.width(), scan.box.height()) / g;
        List<double[]> out = new ArrayList<>();
        for (long pair : pairs) {
            int a = (int) (pair / px.length), b = (int) (pair % px.length);
            if (sharp(a, b, cell)) out.add(new double[] {0.5 * (px[a] + px[b]), 0.5 * (py[a] + py[b])});
        }
        for (List<Integer> t : triples) {
            int a = t.get(0), b = t.get(1), c = t.get(2);
            if (!sharp(a, b, cell) && !sharp(a, c, cell) && !sharp(b, c, cell)) continue;
            double[] centre = circumcentre(a, b, c);
            if (centre != null) out.add(centre);
        }
        return out;
    }

    /** The zone where the weights of centres a and b mix, about 1/(λ|p_a − p_b|) wide, is narrower than a cell. */
    private boolean sharp(int a, int b, double cell) {
        return 1 / (lambda * Math.hypot(px[a] - px[b], py[a] - py[b])) < cell;
    }

    private int nearestCentre(double x, double y) {
        int best = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < px.length; k++) {
            double dx = px[k] - x, dy = py[k] - y;
            double d = dx * dx + dy * dy;
            if (d < min) {
                min = d;
                best = k;
            }
        }
        return best;
    }

    private double[] circumcentre(int a, int b, int c) {
        double bx = px[b] - px[a], by = py[b] - py[a], cx = px[c] - px[a], cy = py[c] - py[a];
        double d = 2 * (bx * cy - by * cx);
        if (d == 0) return null;
        double b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
        return new double[] {px[a] + (cy * b2 - by * c2) / d, py[a] + (bx * c2 - cx * b2) / d};
    }

    @Override double gradientScale() {
        return scale;
    }

    @Override double updateStep() {
        return update;
    }

    @Override boolean softmaxWeights() {
        return true;
    }

}
