package org.memscape.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The paper's Figure 3: at each dimension d, the largest pattern count n whose mean Hamming error
 * (over repetitions) is at most the threshold, 3% by default. The error grows with n, so n is
 * searched by doubling (1, 2, 4, … until the error passes the threshold) and then by bisection
 * between the last count retrieved and the first not retrieved. Because the patterns of a
 * repetition are shared between counts ({@link Draws}), the error moves steadily with n and the
 * bisection sees the trend, not new draws. Counts in {@code curves} are evaluated at every
 * dimension too (for the error-against-d chart).
 */
public final class CapacityExperiment {

    /** The settings. {@code maxPatterns} bounds the doubling: a model that retrieves that many has capacity "at least" it. */
    public record Settings(List<Method> models, Task task, int[] dims, int reps, double threshold, Protocol protocol, long seed,
                           int[] curves, int maxPatterns, int resamples) {
        public Settings {
            models = List.copyOf(models);
            dims = dims.clone();
            curves = curves.clone();
            if (models.isEmpty()) throw new IllegalArgumentException("no model");
            if (dims.length == 0) throw new IllegalArgumentException("no dimension");
            for (int d : dims) if (d < 1) throw new IllegalArgumentException("dimensions must be at least 1, got " + d);
            if (reps < 1) throw new IllegalArgumentException("reps must be at least 1, got " + reps);
            if (!(threshold >= 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
            if (maxPatterns < 1) throw new IllegalArgumentException("maxPatterns must be at least 1, got " + maxPatterns);
            for (int n : curves) {
                if (n < 1 || n > maxPatterns) throw new IllegalArgumentException("curve counts must be from 1 to " + maxPatterns + ", got " + n);
            }
        }

        @Override public int[] dims() { return dims.clone(); }

        @Override public int[] curves() { return curves.clone(); }
    }

    /** The mean Hamming error of one model at (d, n), with its bootstrap interval. */
    public record Point(Method model, int dim, int patterns, Estimate error) {}

    /**
     * One dimension's outcome: the capacity (0 if even one pattern is not retrieved),
     * {@code atLeast} when the search stopped at maxPatterns still retrieving, and every count
     * evaluated, in increasing n.
     */
    public record Dimension(Method model, int dim, int capacity, boolean atLeast, List<Point> points) {}

    private CapacityExperiment() {}

    /** Every model at every dimension in order, each handed to {@code results} as it is done. */
    public static List<Dimension> run(Settings s, Repetitions runner, Monitor monitor, Consumer<Dimension> results) {
        Draws draws = new Draws(s.seed());
        int[] dims = s.dims();
        double[] weight = new double[dims.length];
        double total = 0;
        for (int i = 0; i < dims.length; i++) {
            weight[i] = expectedCost(dims[i]);
            total += weight[i] * s.models().size();
        }
        double done = 0;
        List<Dimension> out = new ArrayList<>();
        for (Method model : s.models()) {
            for (int i = 0; i < dims.length; i++) {
                double base = done / total, share = weight[i] / total;
                Search search = new Search(model, dims[i], s, draws, runner, monitor,
                        f -> monitor.progress(base + share * Math.min(1, f)));
                Dimension result = search.run();
                done += weight[i];
                monitor.progress(done / total);
                out.add(result);
                results.accept(result);
            }
        }
        return out;
    }

    /**
     * A rough relative cost of one dimension's search, for the progress bar only: the capacity
     * grows about 5.5-fold per 10 dimensions (7, 40, 200 at d = 10, 20, 30) and each evaluation
     * costs about n·d.
     */
    static double expectedCost(int dim) {
        return dim * Math.exp(0.17 * Math.min(dim, 60));
    }

    /** The doubling and bisection at one dimension, with the evaluations it has made. */
    private static final class Search {
        private final Method model;
        private final int dim;
        private final Settings s;
        private final Draws draws;
        private final Repetitions runner;
        private final Monitor monitor;
        private final java.util.function.DoubleConsumer progress;
        private final Map<Integer, Point> points = new TreeMap<>();
        private Trial[] trials = new Trial[0];
        private int capacityOfTrials;

        Search(Method model, int dim, Settings s, Draws draws, Repetitions runner, Monitor monitor,
               java.util.function.DoubleConsumer progress) {
            this.model = model;
            this.dim = dim;
            this.s = s;
            this.draws = draws;
            this.runner = runner;
            this.monitor = monitor;
            this.progress = progress;
        }

        Dimension run() {
            int good = 0;
            int bad = -1;
            for (int n = 1; ; n *= 2) {
                if (retrieved(n)) {
                    good = n;
                    if (n >= s.maxPatterns()) break;
                    if ((long) n * 2 > s.maxPatterns()) {
                        if (retrieved(s.maxPatterns())) good = s.maxPatterns(); else bad = s.maxPatterns();
                        break;
                    }
                } else {
                    bad = n;
                    break;
                }
            }
            while (bad > 0 && bad - good > 1) {
                int mid = good + (bad - good) / 2;
                if (retrieved(mid)) good = mid; else bad = mid;
            }
            boolean atLeast = bad < 0;
            for (int n : s.curves()) evaluate(n);
            return new Dimension(model, dim, good, atLeast, List.copyOf(points.values()));
        }

        private boolean retrieved(int n) {
            return evaluate(n).error().value() <= s.threshold();
        }

        private Point evaluate(int n) {
            Point known = points.get(n);
            if (known != null) return known;
            if (n > capacityOfTrials) {
                // grow the scratch in doublings, so a search allocates O(log n) times
                capacityOfTrials = Math.max(n, 2 * capacityOfTrials);
                trials = new Trial[runner.threads()];
                for (int w = 0; w < trials.length; w++) trials[w] = new Trial(dim, capacityOfTrials, draws, s.protocol());
            }
            int[] mismatches = new int[s.reps()];
            double[][] outputs = new double[trials.length][dim];
            Trial[] ts = trials;
            runner.run(s.reps(), (rep, worker) -> {
                Trial trial = ts[worker];
                trial.prepare(s.task(), n, rep);
                trial.retrieve(model, outputs[worker]);
                mismatches[rep] = Binary.mismatches(outputs[worker], trial.target());
            }, monitor, done -> progress.accept(searchShare(n) + done / (double) s.reps() * 0.1));
            long cell = 1L << 40 | (long) s.task().ordinal() << 36 | (long) model.ordinal() << 32 | n;
            Bootstrap.Statistic error = (sums, reps) -> sums[0] / ((double) reps * dim);
            Estimate e = Bootstrap.estimates(mismatches, 1, s.reps(), new Bootstrap.Statistic[] {error}, s.resamples(),
                    draws, dim, cell, runner, monitor)[0];
            Point p = new Point(model, dim, n, e);
            points.put(n, p);
            return p;
        }

        /** How far the search has come, roughly, once it evaluates n (doubling covers the most cost near the end). */
        private double searchShare(int n) {
            return Math.min(0.9, points.size() / 12.0);
        }
    }
}
