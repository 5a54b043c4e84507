package org.memscape.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The paper's Table 1: for each task and pattern count, {@code reps} repetitions of one stored
 * pattern corrupted and retrieved by the three methods; the Pearson correlations of the modern
 * Hopfield outputs with the diffusion outputs, the classical outputs and the true patterns, over
 * all entries of all repetitions, and each method's mean Hamming error, with bootstrap intervals
 * over repetitions.
 */
public final class RetrievalExperiment {

    /** The experiment's settings; {@code patterns} are the cells' pattern counts. */
    public record Settings(List<Task> tasks, int dim, int[] patterns, int reps, Protocol protocol, long seed, int resamples) {
        public Settings {
            tasks = List.copyOf(tasks);
            patterns = patterns.clone();
            if (tasks.isEmpty()) throw new IllegalArgumentException("no task");
            if (dim < 1) throw new IllegalArgumentException("dim must be at least 1, got " + dim);
            if (patterns.length == 0) throw new IllegalArgumentException("no pattern count");
            for (int n : patterns) if (n < 1) throw new IllegalArgumentException("pattern counts must be at least 1, got " + n);
            if (reps < 1) throw new IllegalArgumentException("reps must be at least 1, got " + reps);
            if (resamples < 0) throw new IllegalArgumentException("resamples must be at least 0, got " + resamples);
        }

        /** The paper's table (d = 10, n = 10, 20, 30, both tasks) with the given repetitions. */
        public static Settings paper(int reps) {
            return new Settings(List.of(Task.DENOISING, Task.COMPLETION), 10, new int[] {10, 20, 30}, reps,
                    Protocol.PAPER, 1, Bootstrap.RESAMPLES);
        }

        @Override public int[] patterns() { return patterns.clone(); }
    }

    /**
     * One row of the table. {@code diffusion}, {@code classic} and {@code truth} are the Pearson
     * correlations of the modern Hopfield outputs with those outputs; the errors are each method's
     * mean Hamming error against the true patterns.
     */
    public record Row(Task task, int dim, int patterns, int reps, Estimate diffusion, Estimate classic, Estimate truth,
                      Estimate hopfieldError, Estimate diffusionError, Estimate classicError) {}

    // The tallies of one repetition: sums of entries, sums of products with the Hopfield output, mismatches.
    private static final int SUM_H = 0, SUM_D = 1, SUM_C = 2, SUM_T = 3, PROD_D = 4, PROD_C = 5, PROD_T = 6,
            ERR_H = 7, ERR_D = 8, ERR_C = 9, WIDTH = 10;

    private RetrievalExperiment() {}

    /** Runs every cell in order, handing each row to {@code rows} as it is done; returns them all. */
    public static List<Row> run(Settings s, Repetitions runner, Monitor monitor, Consumer<Row> rows) {
        Draws draws = new Draws(s.seed());
        int[] counts = s.patterns();
        int maxPatterns = 0;
        for (int n : counts) maxPatterns = Math.max(maxPatterns, n);
        Trial[] trials = new Trial[runner.threads()];
        for (int w = 0; w < trials.length; w++) trials[w] = new Trial(s.dim(), maxPatterns, draws, s.protocol());
        long total = (long) s.tasks().size() * counts.length * s.reps();
        AtomicLong before = new AtomicLong();
        List<Row> out = new ArrayList<>();
        for (Task task : s.tasks()) {
            for (int n : counts) {
                long base = before.get();
                int[] tallies = tallies(task, n, s, trials, runner, monitor,
                        done -> monitor.progress((base + done) / (double) total));
                before.addAndGet(s.reps());
                Row row = row(task, n, s, tallies, draws, runner, monitor);
                out.add(row);
                rows.accept(row);
            }
        }
        return out;
    }

    /** The tallies of every repetition of one cell, {@link #WIDTH} per repetition. */
    static int[] tallies(Task task, int n, Settings s, Trial[] trials, Repetitions runner, Monitor monitor,
                         java.util.function.IntConsumer done) {
        int dim = s.dim();
        int[] tallies = new int[s.reps() * WIDTH];
        double[][] outputs = new double[trials.length * 3][dim];
        runner.run(s.reps(), (rep, worker) -> {
            Trial trial = trials[worker];
            trial.prepare(task, n, rep);
            double[] h = outputs[3 * worker], d = outputs[3 * worker + 1], c = outputs[3 * worker + 2];
            trial.retrieve(Method.HOPFIELD, h);
            trial.retrieve(Method.DIFFUSION, d);
            trial.retrieve(Method.CLASSIC, c);
            double[] t = trial.target();
            int at = rep * WIDTH;
            for (int i = 0; i < dim; i++) {
                tallies[at + SUM_H] += (int) h[i];
                tallies[at + SUM_D] += (int) d[i];
                tallies[at + SUM_C] += (int) c[i];
                tallies[at + SUM_T] += (int) t[i];
                tallies[at + PROD_D] += (int) (h[i] * d[i]);
                tallies[at + PROD_C] += (int) (h[i] * c[i]);
                tallies[at + PROD_T] += (int) (h[i] * t[i]);
            }
            tallies[at + ERR_H] = Binary.mismatches(h, t);
            tallies[at + ERR_D] = Binary.mismatches(d, t);
            tallies[at + ERR_C] = Binary.mismatches(c, t);
        }, monitor, done);
        return tallies;
    }

    private static Row row(Task task, int n, Settings s, int[] tallies, Draws draws, Repetitions runner, Monitor monitor) {
        int dim = s.dim();
        Bootstrap.Statistic[] statistics = {
            pearson(dim, SUM_D, PROD_D), pearson(dim, SUM_C, PROD_C), pearson(dim, SUM_T, PROD_T),
            error(dim, ERR_H), error(dim, ERR_D), error(dim, ERR_C),
        };
        long cell = (long) task.ordinal() << 32 | n;
        Estimate[] e = Bootstrap.estimates(tallies, WIDTH, s.reps(), statistics, s.resamples(), draws, dim, cell, runner, monitor);
        return new Row(task, dim, n, s.reps(), e[0], e[1], e[2], e[3], e[4], e[5]);
    }

    private static Bootstrap.Statistic pearson(int dim, int sumOther, int product) {
        return (sums, reps) -> Binary.pearsonOfSigns((long) reps * dim, sums[SUM_H], sums[sumOther], sums[product]);
    }

    private static Bootstrap.Statistic error(int dim, int mismatches) {
        return (sums, reps) -> sums[mismatches] / ((double) reps * dim);
    }
}
