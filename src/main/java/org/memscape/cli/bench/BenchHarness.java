package org.memscape.cli.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The timing loop of {@code memscape bench}: warm-up runs (so the JIT has compiled the hot
 * code), then timed runs by {@link System#nanoTime()}, reported as their median, and the
 * key=value line each figure prints. A new figure is a few lines:
 * <pre>
 *   BenchHarness.Timing t = BenchHarness.median(() -> work(), 10, 21);
 *   out.println(BenchHarness.line("latency").put("memories", 64).put(t));
 * </pre>
 */
final class BenchHarness {

    private BenchHarness() {}

    /** The median of the timed runs, in milliseconds, and how many runs were timed. */
    record Timing(double medianMs, int runs) {}

    /** Times {@code body}: {@code warmups} untimed runs, then {@code runs} timed ones. */
    static Timing median(Runnable body, int warmups, int runs) {
        return median(() -> {}, body, warmups, 0, runs);
    }

    /**
     * The same, warming up for at least {@code warmupSeconds} too: the JIT compiles vector code
     * late, later still on a busy machine, and a run it has not compiled is many times slower.
     */
    static Timing median(Runnable body, int warmups, double warmupSeconds, int runs) {
        return median(() -> {}, body, warmups, warmupSeconds, runs);
    }

    /**
     * Times {@code body}, calling {@code beforeEach} (untimed) before every run, warm-up or
     * timed: the place to reset or replace state that one run uses up.
     */
    static Timing median(Runnable beforeEach, Runnable body, int warmups, int runs) {
        return median(beforeEach, body, warmups, 0, runs);
    }

    static Timing median(Runnable beforeEach, Runnable body, int warmups, double warmupSeconds, int runs) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < warmups || System.nanoTime() < until; i++) {
            beforeEach.run();
            body.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long start = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timing(median(ms), runs);
    }

    /** The median (the mean of the middle two for an even count). */
    static double median(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /** Two decimals, with a point whatever the locale. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static Line line(String figure) {
        return new Line(figure);
    }

    /** One output line: {@code bench <figure> key=value …}. */
    static final class Line {
        private final StringBuilder text = new StringBuilder("bench ");

        private Line(String figure) {
            text.append(figure);
        }

        Line put(String key, Object value) {
            text.append(' ').append(key).append('=').append(value);
            return this;
        }

        /** A time in milliseconds, with two decimals. */
        Line putMs(String key, double ms) {
            return put(key, decimal(ms));
        }

        /** {@code ms=<median> runs=<count>}. */
        Line put(Timing timing) {
            return putMs("ms", timing.medianMs()).put("runs", timing.runs());
        }

        @Override public String toString() {
            return text.toString();
        }
    }
}
