package org.memscape.experiment;

/** Signs, and the two scores of the experiments: Pearson correlation and Hamming error. */
public final class Binary {

    private Binary() {}

    /** +1 for v ≥ 0 (so sign(0) = +1, and −0.0 too), −1 otherwise; NaN stays NaN. */
    public static double sign(double v) {
        return v >= 0 ? 1 : v < 0 ? -1 : Double.NaN;
    }

    /** Every entry replaced by its sign, in place. */
    public static void binarize(double[] x) {
        for (int i = 0; i < x.length; i++) x[i] = sign(x[i]);
    }

    /** The fraction of entries where a and b differ. */
    public static double hammingError(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
        return mismatches(a, b) / (double) a.length;
    }

    static int mismatches(double[] a, double[] b) {
        int m = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) m++;
        return m;
    }

    /** Pearson's correlation of two equally long samples (two passes: the means, then the moments); NaN if one is constant. */
    public static double pearson(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - ma, db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /**
     * Pearson's correlation of two ±1 samples of {@code count} entries from their sums Σa, Σb and
     * Σab (Σa² = Σb² = count): exact integer sums, so the order they were added in does not matter.
     * NaN if a sample is constant.
     */
    public static double pearsonOfSigns(long count, long sumA, long sumB, long sumAB) {
        double n = count;
        double cov = n * sumAB - (double) sumA * sumB;
        double va = n * n - (double) sumA * sumA;
        double vb = n * n - (double) sumB * sumB;
        return cov / Math.sqrt(va * vb);
    }
}
