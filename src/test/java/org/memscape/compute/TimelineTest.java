package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Sampler;
import org.memscape.core.Schedule;

/** Stepping back and scrubbing give the forward run's positions bit for bit, within a memory budget. */
class TimelineTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final int STEPS = 50;
    private static final int PARTICLES = 2000;

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    private static ParticleRun run() {
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Cosine());
        List<Memory> memories = new ArrayList<>();
        Random random = new Random(1);
        for (int n = 0; n < 12; n++) memories.add(new Memory.Point(new double[] {random.nextGaussian(), random.nextGaussian()}));
        double[][] start = new double[PARTICLES][];
        for (int p = 0; p < PARTICLES; p++) start[p] = new double[] {random.nextGaussian(), random.nextGaussian()};
        return new ParticleRun(new DiffusionModel(memories, vp), new Sampler.ReverseSde(vp, new Sampler.TauGrid(1, 0.01, STEPS)),
                42, start, POOL, true);
    }

    private static float[] positions(ParticleRun run) {
        float[] xy = new float[2 * run.count()];
        run.positions(xy);
        return xy;
    }

    @Test
    void backAndScrubReproduceTheForwardRun() {
        // a budget of three checkpoints forces replays of up to ~17 steps
        ParticleRun run = run();
        Timeline timeline = new Timeline(run, 3 * run.checkpointBytes());
        assertTrue(timeline.interval() > 1);
        List<float[]> recorded = new ArrayList<>();
        recorded.add(positions(run));
        while (timeline.forward()) recorded.add(positions(run));
        assertEquals(STEPS, timeline.step());
        assertFalse(timeline.forward());
        assertTrue(timeline.checkpointCount() <= 4, "checkpoints: " + timeline.checkpointCount());

        for (int k = STEPS - 1; k >= STEPS - 5; k--) {
            assertTrue(timeline.back());
            assertArrayEquals(recorded.get(k), positions(run), "step back to " + k);
        }
        for (int k : new int[] {0, 37, 3, 50, 17, 16, 49}) {
            timeline.seek(k);
            assertEquals(k, timeline.step());
            assertArrayEquals(recorded.get(k), positions(run), "scrub to " + k);
        }
        timeline.seek(0);
        assertFalse(timeline.back());
    }
}
