package org.memscape.app.landscape;

import java.util.Arrays;

/**
 * The energy values the colormap spans. Taken from percentiles of the field rather than its
 * extremes, so that a few huge values (far from every memory) do not wash out the picture.
 */
public record EnergyRange(double low, double high) {

    public static final double LOW_PERCENTILE = 2;
    public static final double HIGH_PERCENTILE = 98;

    /** The 2nd–98th percentile range of the finite values. */
    public static EnergyRange of(double[] values) {
        return percentiles(values, LOW_PERCENTILE, HIGH_PERCENTILE);
    }

    /**
     * The range between two percentiles (0..100) of the finite values, interpolated linearly between
     * order statistics (NumPy's default). A range of zero width is widened so that it can be divided by.
     */
    public static EnergyRange percentiles(double[] values, double lowPercent, double highPercent) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) return new EnergyRange(0, 1);
        double low = percentileOfSorted(finite, lowPercent);
        double high = percentileOfSorted(finite, highPercent);
        if (high <= low) {
            double pad = Math.max(Math.abs(low) * 1e-6, 1e-12);
            return new EnergyRange(low - pad, low + pad);
        }
        return new EnergyRange(low, high);
    }

    static double percentileOfSorted(double[] sorted, double percent) {
        double h = (sorted.length - 1) * Math.max(0, Math.min(100, percent)) / 100;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }

    /** Where a value falls in the range, 0 at low and 1 at high, clamped; NaN stays NaN. */
    public double fraction(double value) {
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    /** The value at a fraction of the range. */
    public double at(double fraction) {
        return low + fraction * (high - low);
    }
}
