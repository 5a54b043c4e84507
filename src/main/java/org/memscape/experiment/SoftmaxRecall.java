package org.memscape.experiment;

/**
 * out = Yᵀ softmax(β Y x) for binary patterns, the kernel of both the modern Hopfield network and
 * the exact-score diffusion (whose softmax over −|x − a y|²/2s² is softmax((a/s²) Y x) when every
 * pattern has the same norm, as ±1 patterns do).
 *
 * <p>A fused loop over two layouts of the patterns: the logits as axpy's over the pattern index
 * (Yᵀ stored d×n, so the inner loop runs over n and vectorizes), the weighted sum as axpy's over
 * the entries (Y stored n×d). Measured against EJML's matrix-vector products in
 * {@code bench --experiments}. Negligible weights ({@link #NEGLIGIBLE}) are skipped without calling
 * exp: far fewer exponentials and multiply-adds once β is large.
 */
public final class SoftmaxRecall {

    /**
     * Weights below e^−50 ≈ 2e-22 of the largest are left out: each changes the normalized result
     * by less than 2e-22 relative, a millionth of double's rounding (2.2e-16), yet skipping them
     * saves the exponential and the row's multiply-adds for most patterns once β is large.
     */
    static final double NEGLIGIBLE = -50;

    private final int count;
    private final int dim;
    private final double[] rows;        // n×d
    private final double[] columns;     // d×n
    private final double[] logits;

    /** Room for up to {@code maxCount} patterns of dimension {@code dim}. */
    public SoftmaxRecall(int maxCount, int dim) {
        this.count = maxCount;
        this.dim = dim;
        this.rows = new double[maxCount * dim];
        this.columns = new double[maxCount * dim];
        this.logits = new double[maxCount];
    }

    private int n;

    /** Takes the first {@code patterns} rows of {@code y} (n×d, row after row) as the stored patterns. */
    public void load(double[] y, int patterns) {
        if (patterns > count) throw new IllegalArgumentException("at most " + count + " patterns, got " + patterns);
        n = patterns;
        System.arraycopy(y, 0, rows, 0, patterns * dim);
        for (int k = 0; k < patterns; k++) {
            for (int i = 0; i < dim; i++) columns[i * patterns + k] = y[k * dim + i];
        }
    }

    public int patterns() { return n; }

    public int dim() { return dim; }

    /** out = Yᵀ softmax(beta · Y x); out must not be x. */
    public void recall(double[] x, double beta, double[] out) {
        int n = this.n;
        double[] l = logits;
        java.util.Arrays.fill(l, 0, n, 0);
        for (int i = 0; i < dim; i++) {
            double xi = x[i];
            int base = i * n;
            for (int k = 0; k < n; k++) l[k] += columns[base + k] * xi;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double v = beta * l[k];
            l[k] = v;
            if (v > max) max = v;
        }
        java.util.Arrays.fill(out, 0, dim, 0);
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double shifted = l[k] - max;
            if (shifted < NEGLIGIBLE) continue;
            double w = Math.exp(shifted);
            sum += w;
            int row = k * dim;
            for (int i = 0; i < dim; i++) out[i] += w * rows[row + i];
        }
        double norm = 1 / sum;
        for (int i = 0; i < dim; i++) out[i] *= norm;
    }

    /** The overlaps Y x (used by the classical network), into {@code out} of length ≥ n. */
    public void overlaps(double[] x, double[] out) {
        int n = this.n;
        java.util.Arrays.fill(out, 0, n, 0);
        for (int i = 0; i < dim; i++) {
            double xi = x[i];
            int base = i * n;
            for (int k = 0; k < n; k++) out[k] += columns[base + k] * xi;
        }
    }

    /** out = Yᵀ v. */
    public void combine(double[] v, double[] out) {
        java.util.Arrays.fill(out, 0, dim, 0);
        for (int k = 0; k < n; k++) {
            double w = v[k];
            int row = k * dim;
            for (int i = 0; i < dim; i++) out[i] += w * rows[row + i];
        }
    }
}
