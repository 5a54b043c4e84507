package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/** Training: it converges to the exact score of one memory, it repeats bit for bit, and its draws are where they should be. */
class TrainerTest {

    static final NoiseProcess VP = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
    static final NoiseProcess VE = new NoiseProcess.VarianceExploding(0.01, 3);
    private static final ForkJoinPool TWO = new ForkJoinPool(2);

    @AfterAll
    static void stop() { TWO.shutdown(); }

    private static float[] train(List<Memory> memories, NoiseProcess process, int steps, int batch, long seed, ForkJoinPool pool) {
        Network start = Trainer.initialNetwork(memories, process, 32, Activation.SILU, seed);
        Trainer t = new Trainer(memories, start, new TrainingSettings(steps, batch, 3e-3, 0.01, 0.001), seed, pool);
        while (!t.finished()) t.step();
        return t.network().parameters();
    }

    /** For one memory y the exact score is −(x − a y)/s²: the network must find it (VP and VE). */
    @Test
    void trainingOnOneMemoryConvergesToItsExactScore() {
        List<Memory> one = List.of(new Memory.Point(new double[] {1, -0.5}));
        for (NoiseProcess process : List.of(VP, VE)) {
            Network start = Trainer.initialNetwork(one, process, 64, Activation.SILU, 1);
            Trainer t = new Trainer(one, start, new TrainingSettings(1500, 256, 3e-3, 0.01, 0.001), 1, TWO);
            double first = t.step();
            while (!t.finished()) t.step();
            DiffusionModel exact = new DiffusionModel(one, process);
            for (double tau : new double[] {0.3, 0.5, 0.8}) {
                double before = ScoreError.relative(start, exact, -3, 3, -3, 3, 64, tau, TWO);
                double after = ScoreError.relative(t.network(), exact, -3, 3, -3, 3, 64, tau, TWO);
                assertTrue(after < 0.05, process + " τ = " + tau + ": relative error " + after + " (untrained " + before + ")");
                assertTrue(before > 0.3, "the untrained network is far off: " + before);
            }
            assertTrue(first > 0.5, "the first loss is that of an untrained network: " + first);
        }
    }

    @Test
    void seededTrainingRepeatsBitForBitOnAnyNumberOfThreads() {
        List<Memory> memories = List.of(new Memory.Point(new double[] {1, 1}), new Memory.Circle(new double[] {-1, 0}, 0.7),
                new Memory.Segment(new double[] {0, -2}, new double[] {2, -1}));
        float[] once = train(memories, VP, 40, 300, 42, null);
        float[] again = train(memories, VP, 40, 300, 42, null);
        float[] twoThreads = train(memories, VP, 40, 300, 42, TWO);
        assertArrayEquals(once, again);
        assertArrayEquals(once, twoThreads, "1 thread and 2 threads");
        assertFalse(Arrays.equals(once, train(memories, VP, 40, 300, 43, TWO)), "another seed, another network");
    }

    /** The draws: memories equally likely, points by arc length, τ in [tauMin, 1], x = a y + s ε. */
    @Test
    void drawsFollowTheMixture() {
        Memory point = new Memory.Point(new double[] {2, 2});
        Memory ring = new Memory.Circle(new double[] {0, 0}, 1);
        List<Memory> memories = List.of(point, ring);
        Network start = Trainer.initialNetwork(memories, VP, 8, Activation.RELU, 0);
        Trainer t = new Trainer(memories, start, new TrainingSettings(1, 1, 1e-3, 1, 0.2), 5, null);
        double[] x = new double[2], eps = new double[2];
        int onRing = 0, n = 4000;
        double tauMin = 1;
        for (int b = 0; b < n; b++) {
            double tau = t.draw(b, 0, x, eps);
            tauMin = Math.min(tauMin, tau);
            assertTrue(tau >= 0.2 && tau <= 1);
            double a = VP.signal(tau), s = Math.sqrt(VP.variance(tau));
            double yx = (x[0] - s * eps[0]) / a, yy = (x[1] - s * eps[1]) / a;
            boolean ring1 = Math.abs(Math.hypot(yx, yy) - 1) < 1e-9;
            boolean point1 = Math.abs(yx - 2) < 1e-9 && Math.abs(yy - 2) < 1e-9;
            assertTrue(ring1 || point1, "y is on a memory: (" + yx + ", " + yy + ")");
            if (ring1) onRing++;
        }
        assertEquals(0.5, (double) onRing / n, 4 * Math.sqrt(0.25 / n));
        assertTrue(tauMin < 0.21);
    }
}
