package org.memscape.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What must hold whatever the random numbers: limits, single patterns, repeatability, the capacity's definition. */
class ExperimentInvariantsTest {

    @Test
    void atVeryLargeBetaOneUpdateReturnsTheNearestPattern() {
        Random random = new Random(4);
        int n = 20, d = 16;
        for (int trial = 0; trial < 50; trial++) {
            double[] y = new double[n * d];
            for (int i = 0; i < y.length; i++) y[i] = random.nextBoolean() ? 1 : -1;
            SoftmaxRecall recall = new SoftmaxRecall(n, d);
            recall.load(y, n);
            double[] x = new double[d];
            for (int i = 0; i < d; i++) x[i] = random.nextGaussian();
            int nearest = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                double dot = 0;
                for (int i = 0; i < d; i++) dot += y[k * d + i] * x[i];
                // equal norms: the largest overlap is the smallest distance
                if (dot > best) {
                    best = dot;
                    nearest = k;
                }
            }
            double[] out = new double[d];
            recall.recall(x, 1e9, out);
            assertArrayEquals(java.util.Arrays.copyOfRange(y, nearest * d, (nearest + 1) * d), out, 0);
        }
    }

    /**
     * With one stored pattern every method retrieves it from θ = 0.68, in every repetition. The
     * classical network returns −y when the corrupted start has a negative overlap with y (its
     * mirror attractor), which at d = 10 happens with probability Φ(−θ√d/√(1 − θ²)) ≈ 0.2%, so it
     * is held at d = 40 (about 1e-11); the other two at both.
     */
    @Test
    void oneStoredPatternIsRetrievedByEveryMethod() {
        for (int dim : new int[] {10, 40}) {
            for (Task task : Task.values()) {
                Trial trial = new Trial(dim, 1, new Draws(9), Protocol.PAPER);
                double[] out = new double[dim];
                for (int rep = 0; rep < 300; rep++) {
                    trial.prepare(task, 1, rep);
                    for (Method m : Method.values()) {
                        if (m == Method.CLASSIC && dim < 40) continue;
                        trial.retrieve(m, out);
                        assertArrayEquals(trial.target(), out, 0, m + " " + task + " d=" + dim + " rep " + rep);
                    }
                }
            }
        }
    }

    @Test
    void theDiffusionStaysFiniteDownToTimeZeroAtExtremeSettings() {
        for (double theta : new double[] {1e-3, 0.68, 0.999999}) {
            for (int steps : new int[] {1, 3, 300, 5000}) {
                Protocol p = Protocol.PAPER.withTheta(theta).withSteps(steps);
                Trial trial = new Trial(40, 64, new Draws(2), p);
                double[] out = new double[40];
                for (int rep = 0; rep < 5; rep++) {
                    trial.prepare(Task.DENOISING, 64, rep);
                    double[] x = trial.start().clone();
                    SoftmaxRecall recall = new SoftmaxRecall(64, 40);
                    double[] y = new double[64 * 40];
                    new Draws(2).patterns(40, rep, 64, y);
                    recall.load(y, 64);
                    ExactScoreDiffusion.probabilityFlow(recall, x, p.gamma(), p.startTime(), steps, null);
                    for (double v : x) assertTrue(Double.isFinite(v), "theta " + theta + " steps " + steps);
                    trial.retrieve(Method.DIFFUSION, out);
                }
            }
        }
    }

    @Test
    void theDiffusionTimeGridEndsAtZeroAndNeverEvaluatesThere() {
        double start = Protocol.PAPER.startTime();
        assertEquals(-2 * Math.log(0.68) / 0.8, start, 1e-15);
        assertEquals(start, ExactScoreDiffusion.time(start, 300, 0), 0);
        assertEquals(start / 300, ExactScoreDiffusion.time(start, 300, 299), 1e-18);
        assertEquals(0, ExactScoreDiffusion.time(start, 300, 300), 0);
        // at t_start the signal is θ: the corrupted pattern is a sample of the forward marginal
        assertEquals(0.68, Math.exp(-0.5 * 0.8 * start), 1e-15);
        // the softmax's inverse temperature a/s² rises from about 1.3 to about 390; the last pull weighs about ½
        double h = start / 300;
        assertEquals(1.265, 0.68 / -Math.expm1(-0.8 * start), 1e-3);
        assertEquals(389, Math.exp(-0.4 * h) / -Math.expm1(-0.8 * h), 1);
        double lastPull = 0.5 * 0.8 * h / -Math.expm1(-0.8 * h);
        assertTrue(lastPull > 0.5 && lastPull < 0.51, "last pull " + lastPull);
    }

    /** γ only rescales time: the start time and the step both scale as 1/γ, so the path is the same. */
    @Test
    void theRateGammaCancelsOut() {
        Draws draws = new Draws(6);
        for (int rep = 0; rep < 20; rep++) {
            double[] y = new double[20 * 10];
            draws.patterns(10, rep, 20, y);
            SoftmaxRecall recall = new SoftmaxRecall(20, 10);
            recall.load(y, 20);
            double[] start = new double[10];
            draws.corrupt(java.util.Arrays.copyOf(y, 10), 0.68, 10, rep, start);
            double[] slow = start.clone(), fast = start.clone();
            ExactScoreDiffusion.probabilityFlow(recall, slow, 0.8, -2 * Math.log(0.68) / 0.8, 300, null);
            ExactScoreDiffusion.probabilityFlow(recall, fast, 2.5, -2 * Math.log(0.68) / 2.5, 300, null);
            for (int i = 0; i < 10; i++) assertEquals(slow[i], fast[i], 1e-11 * Math.max(1, Math.abs(slow[i])));
        }
    }

    /**
     * The protocol keeps the Hebbian diagonal; without it (MATH.md §1's classical binary
     * network) the classical network agrees far less with the modern one at d = 10, n = 10:
     * correlation about 0.74 with the diagonal, about 0.47 without (400 repetitions).
     */
    @Test
    void theDiagonalMatters() {
        int dim = 10, n = 10, reps = 400;
        Draws draws = new Draws(5);
        Trial trial = new Trial(dim, n, draws, Protocol.PAPER);
        double[] h = new double[dim], with = new double[dim], without = new double[dim];
        double[] allH = new double[reps * dim], allWith = new double[reps * dim], allWithout = new double[reps * dim];
        double[] y = new double[n * dim];
        SoftmaxRecall recall = new SoftmaxRecall(n, dim);
        for (int rep = 0; rep < reps; rep++) {
            trial.prepare(Task.DENOISING, n, rep);
            trial.retrieve(Method.HOPFIELD, h);
            trial.retrieve(Method.CLASSIC, with);
            draws.patterns(dim, rep, n, y);
            recall.load(y, n);
            zeroDiagonal(recall, trial.start(), without);
            System.arraycopy(h, 0, allH, rep * dim, dim);
            System.arraycopy(with, 0, allWith, rep * dim, dim);
            System.arraycopy(without, 0, allWithout, rep * dim, dim);
        }
        assertEquals(0.74, Binary.pearson(allH, allWith), 0.03);
        assertEquals(0.47, Binary.pearson(allH, allWithout), 0.04);
    }

    /** The classical network with W − n·I (zero diagonal): the same sweeps, sign(0) = +1. */
    private static void zeroDiagonal(SoftmaxRecall patterns, double[] start, double[] out) {
        int dim = patterns.dim(), n = patterns.patterns();
        double[] x = start.clone(), overlaps = new double[n], field = new double[dim];
        for (int sweep = 0; sweep < Protocol.SWEEPS; sweep++) {
            patterns.overlaps(x, overlaps);
            patterns.combine(overlaps, field);
            boolean changed = false;
            for (int i = 0; i < dim; i++) {
                double s = Binary.sign(field[i] - n * x[i]);
                changed |= s != x[i];
                x[i] = s;
            }
            if (!changed) break;
        }
        System.arraycopy(x, 0, out, 0, dim);
    }

    @Test
    void retrievalRepeatsBitForBitOnOneOrTwoThreads() {
        RetrievalExperiment.Settings s = new RetrievalExperiment.Settings(List.of(Task.DENOISING, Task.COMPLETION), 10,
                new int[] {10, 30}, 150, Protocol.PAPER, 42, 200);
        List<RetrievalExperiment.Row> one, two, again;
        try (Repetitions runner = new Repetitions(1)) {
            one = RetrievalExperiment.run(s, runner, Monitor.NONE, r -> {});
        }
        try (Repetitions runner = new Repetitions(2)) {
            two = RetrievalExperiment.run(s, runner, Monitor.NONE, r -> {});
            again = RetrievalExperiment.run(s, runner, Monitor.NONE, r -> {});
        }
        assertEquals(one, two);
        assertEquals(two, again);
        RetrievalExperiment.Settings other = new RetrievalExperiment.Settings(s.tasks(), 10, new int[] {10, 30}, 150,
                Protocol.PAPER, 43, 200);
        try (Repetitions runner = new Repetitions(2)) {
            assertFalse(one.equals(RetrievalExperiment.run(other, runner, Monitor.NONE, r -> {})), "another seed, other numbers");
        }
    }

    @Test
    void capacityRepeatsBitForBitOnOneOrTwoThreads() {
        CapacityExperiment.Settings s = new CapacityExperiment.Settings(List.of(Method.HOPFIELD, Method.CLASSIC),
                Task.DENOISING, new int[] {6, 9}, 60, 0.03, Protocol.PAPER, 3, new int[] {4}, 1 << 12, 100);
        List<CapacityExperiment.Dimension> one, two;
        try (Repetitions runner = new Repetitions(1)) {
            one = CapacityExperiment.run(s, runner, Monitor.NONE, r -> {});
        }
        try (Repetitions runner = new Repetitions(2)) {
            two = CapacityExperiment.run(s, runner, Monitor.NONE, r -> {});
        }
        assertEquals(one, two);
    }

    /** The capacity is a count whose error is within the threshold, and one more pattern is not. */
    @Test
    void theCapacityIsTheLastCountRetrievedBeforeTheFirstThatIsNot() {
        CapacityExperiment.Settings s = new CapacityExperiment.Settings(List.of(Method.DIFFUSION, Method.HOPFIELD, Method.CLASSIC),
                Task.DENOISING, new int[] {8, 12}, 80, 0.03, Protocol.PAPER, 1, new int[] {2, 16}, 1 << 12, 0);
        List<CapacityExperiment.Dimension> dims;
        try (Repetitions runner = new Repetitions(2)) {
            dims = CapacityExperiment.run(s, runner, Monitor.NONE, r -> {});
        }
        assertEquals(6, dims.size());
        for (CapacityExperiment.Dimension d : dims) {
            assertFalse(d.atLeast());
            CapacityExperiment.Point above = point(d, d.capacity() + 1);
            assertTrue(above.error().value() > 0.03, d + ": " + above);
            if (d.capacity() > 0) assertTrue(point(d, d.capacity()).error().value() <= 0.03, d.toString());
            assertTrue(d.points().stream().anyMatch(p -> p.patterns() == 16), "the curve counts are evaluated too");
            for (int i = 1; i < d.points().size(); i++) {
                assertTrue(d.points().get(i - 1).patterns() < d.points().get(i).patterns(), "points in increasing n");
            }
        }
    }

    private static CapacityExperiment.Point point(CapacityExperiment.Dimension d, int n) {
        return d.points().stream().filter(p -> p.patterns() == n).findFirst()
                .orElseThrow(() -> new AssertionError("n = " + n + " not evaluated at " + d));
    }

    /** The same seed gives the same problems to both experiments: the capacity's error at (d, n) is the table's. */
    @Test
    void capacityAndRetrievalSeeTheSameProblems() {
        RetrievalExperiment.Settings table = new RetrievalExperiment.Settings(List.of(Task.DENOISING), 10, new int[] {8}, 100,
                Protocol.PAPER, 17, 0);
        CapacityExperiment.Settings capacity = new CapacityExperiment.Settings(List.of(Method.DIFFUSION, Method.CLASSIC),
                Task.DENOISING, new int[] {10}, 100, 0.03, Protocol.PAPER, 17, new int[] {8}, 64, 0);
        try (Repetitions runner = new Repetitions(2)) {
            RetrievalExperiment.Row row = RetrievalExperiment.run(table, runner, Monitor.NONE, r -> {}).get(0);
            List<CapacityExperiment.Dimension> dims = CapacityExperiment.run(capacity, runner, Monitor.NONE, r -> {});
            assertEquals(row.diffusionError().value(), point(dims.get(0), 8).error().value(), 0);
            assertEquals(row.classicError().value(), point(dims.get(1), 8).error().value(), 0);
        }
    }

    @Test
    void aCancelledRunStopsAndSaysSo() {
        AtomicInteger asked = new AtomicInteger();
        List<Double> progress = new ArrayList<>();
        Monitor stopSoon = new Monitor() {
            @Override public boolean cancelled() { return asked.incrementAndGet() > 20; }
            @Override public synchronized void progress(double fraction) { progress.add(fraction); }
        };
        try (Repetitions runner = new Repetitions(2)) {
            assertThrows(CancellationException.class,
                    () -> RetrievalExperiment.run(RetrievalExperiment.Settings.paper(2000), runner, stopSoon, r -> {}));
        }
        assertFalse(progress.isEmpty());
        assertTrue(progress.stream().allMatch(f -> f >= 0 && f < 1), progress.toString());
    }

    @Test
    void progressRisesToOne() {
        List<Double> progress = new ArrayList<>();
        Monitor watch = new Monitor() {
            @Override public boolean cancelled() { return false; }
            @Override public synchronized void progress(double fraction) { progress.add(fraction); }
        };
        try (Repetitions runner = new Repetitions(1)) {
            RetrievalExperiment.run(new RetrievalExperiment.Settings(List.of(Task.DENOISING), 10, new int[] {5, 10}, 50,
                    Protocol.PAPER, 1, 0), runner, watch, r -> {});
        }
        for (int i = 1; i < progress.size(); i++) assertTrue(progress.get(i) >= progress.get(i - 1), progress.toString());
        assertEquals(1.0, progress.get(progress.size() - 1), 0);
    }

    @Test
    void trajectoriesEndOnTheirBinaryAttractorsAndHaveEverySample() {
        TrajectoryExperiment.Paths paths = TrajectoryExperiment.run(TrajectoryExperiment.Settings.paper());
        assertEquals(2001, paths.times().length);
        assertEquals(2001, paths.ode().length);
        assertEquals(2001, paths.sde().length);
        assertEquals(5, paths.hopfield().length);
        assertEquals(4, paths.patterns().length);
        assertArrayEquals(paths.start(), paths.ode()[0], 0);
        assertArrayEquals(paths.start(), paths.sde()[0], 0);
        assertEquals(0, paths.times()[2000], 0);
        // at t = 0 the ODE ends near a ±1 vertex (within the last step's half pull), both runs finite
        for (double v : paths.ode()[2000]) assertEquals(1, Math.abs(v), 0.05);
        for (double[] row : paths.sde()) for (double v : row) assertTrue(Double.isFinite(v));
    }
}
