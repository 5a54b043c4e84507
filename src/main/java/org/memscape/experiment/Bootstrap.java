package org.memscape.experiment;

import java.util.Arrays;

/**
 * Percentile bootstrap intervals over repetitions: each resample draws as many repetitions as
 * there are, with replacement, adds up their integer tallies and computes the statistics of the
 * sums; the interval runs from the 2.5th to the 97.5th percentile of the resampled values
 * (linear interpolation between order statistics, NumPy's default). Resample b draws through
 * {@link Draws#resampled}, so the intervals repeat exactly for a seed.
 */
public final class Bootstrap {

    public static final int RESAMPLES = 1000;
    public static final double LOW = 0.025;
    public static final double HIGH = 0.975;

    /** A figure computed from tallies summed over some repetitions. */
    @FunctionalInterface
    public interface Statistic {
        double of(long[] sums, int reps);
    }

    private Bootstrap() {}

    /**
     * The statistics of all repetitions with their intervals. {@code tallies} holds
     * {@code width} integers per repetition, row after row.
     */
    public static Estimate[] estimates(int[] tallies, int width, int reps, Statistic[] statistics, int resamples,
                                       Draws draws, int dim, long cell, Repetitions runner, Monitor monitor) {
        long[] all = new long[width];
        for (int r = 0; r < reps; r++) for (int c = 0; c < width; c++) all[c] += tallies[r * width + c];
        Estimate[] out = new Estimate[statistics.length];
        if (resamples < 1 || reps < 2) {
            for (int s = 0; s < statistics.length; s++) out[s] = Estimate.of(statistics[s].of(all, reps));
            return out;
        }
        double[][] values = new double[statistics.length][resamples];
        long[][] scratch = new long[runner.threads()][width];
        runner.run(resamples, (b, worker) -> {
            long[] sums = scratch[worker];
            Arrays.fill(sums, 0);
            for (int j = 0; j < reps; j++) {
                int r = draws.resampled(dim, cell, b, j, reps);
                for (int c = 0; c < width; c++) sums[c] += tallies[r * width + c];
            }
            for (int s = 0; s < statistics.length; s++) values[s][b] = statistics[s].of(sums, reps);
        }, monitor, done -> {});
        for (int s = 0; s < statistics.length; s++) {
            out[s] = new Estimate(statistics[s].of(all, reps), percentile(values[s], LOW), percentile(values[s], HIGH));
        }
        return out;
    }

    /** The q-quantile of the finite values, interpolated linearly (NumPy's default); NaN if there are none. */
    public static double percentile(double[] values, double q) {
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) return Double.NaN;
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
