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
