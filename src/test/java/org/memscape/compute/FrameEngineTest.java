package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.memscape.core.EnergyModel;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

class FrameEngineTest {

    private static final Grid GRID = new Grid(-3, 3, -3, 3, 64);

    private static Scene scene(double memoryX) throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [" + memoryX + ", 1]}, {\"point\": [-1, -1]}],"
                + " \"model\": {\"type\": \"diffusion-vp\"}, \"dynamics\": {\"steps\": 40}, \"particles\": {\"count\": 500, \"seed\": 3}}", "test");
    }

    /** Waits until the engine has nothing left to do (no sleeps: a latch counts publications). */
    private static Frame settle(FrameEngine engine, CountDownLatch[] latch) throws InterruptedException {
        while (engine.busy()) latch[0].await(50, TimeUnit.MILLISECONDS);
        return engine.takeLatest();
    }

    @Test
    void theNewestRequestWinsAndItsFrameSaysWhichItAnswers() throws Exception {
        CountDownLatch[] latch = {new CountDownLatch(1)};
        List<FrameRequest> answered = Collections.synchronizedList(new ArrayList<>());
        try (FrameEngine engine = new FrameEngine(2, f -> { answered.add(f.request()); latch[0].countDown(); })) {
            FrameRequest last = null;
            for (int k = 0; k < 20; k++) {
                last = new FrameRequest(scene(-2 + 0.2 * k), 0.3, GRID, 16, 5, false);
                engine.submit(last);
            }
            Frame frame = settle(engine, latch);
            assertNotNull(frame);
            assertSame(last, frame.request());
            assertTrue(answered.size() < 20, "superseded requests were computed: " + answered.size());
            // the heatmap is the field of the last scene, not of one in between
            EnergyModel model = SceneSetup.model(last.scene());
            for (int cell : new int[] {0, 777, 2080, 4095}) {
                int i = cell % 64, j = cell / 64;
                double expected = model.energy(new double[] {GRID.x(i), GRID.y(j)}, 0.3, null);
                assertEquals(expected, frame.heatmap().energy()[cell], 1e-4 * Math.max(1, Math.abs(expected)));
            }
            assertTrue(frame.rangeHigh() > frame.rangeLow());
            assertEquals(16, frame.arrows().grid().size());
            engine.release(frame);
        }
    }

    @Test
    void draggingGivesACoarseFrameFirstThenTheFullOne() throws Exception {
        CountDownLatch[] latch = {new CountDownLatch(2)};
        List<Boolean> coarse = Collections.synchronizedList(new ArrayList<>());
        try (FrameEngine engine = new FrameEngine(2, f -> { coarse.add(f.coarse()); latch[0].countDown(); })) {
            engine.submit(new FrameRequest(scene(1), 0.5, GRID, 0, 0, true));
            assertTrue(latch[0].await(10, TimeUnit.SECONDS));
            assertEquals(List.of(true, false), coarse);
            Frame frame = engine.takeLatest();
            assertFalse(frame.coarse());
            assertEquals(64, frame.heatmap().grid().size());
        }
    }

    @Test
    void stepsForwardAndBackMatchADirectRun() throws Exception {
        CountDownLatch[] latch = {new CountDownLatch(1)};
        Scene scene = scene(1);
        ParticleRun direct = ParticleRun.of(scene, ForkJoinPool.commonPool());
        List<float[]> expected = new ArrayList<>();
        for (int k = 0; k <= 12; k++) {
            float[] xy = new float[2 * direct.count()];
            direct.positions(xy);
            expected.add(xy);
            direct.advance();
        }
        try (FrameEngine engine = new FrameEngine(2, f -> latch[0].countDown())) {
            for (int step : new int[] {12, 11, 3, 12, 0}) {
                engine.submit(new FrameRequest(scene, Double.NaN, GRID.withSize(8), 0, step, false));
                Frame frame = settle(engine, latch);
                assertEquals(step, frame.step());
                float[] xy = java.util.Arrays.copyOf(frame.particleXY(), 2 * frame.particleCount());
                assertArrayEquals(expected.get(step), xy, "step " + step);
                engine.release(frame);
            }
        }
    }

    @Test
    void aFailedRequestNeitherLosesAFrameNorStopsTheEngine() throws Exception {
        CountDownLatch[] latch = {new CountDownLatch(1)};
        Scene good = scene(1);
        // reverse-sde on a timeless model: the reader refuses it, so only a bug could send it
        Scene bad = good.withModel(new org.memscape.scene.ModelSpec.HopfieldDistance(2));
        try (FrameEngine engine = new FrameEngine(2, f -> latch[0].countDown())) {
            for (int k = 0; k < 4; k++) {
                engine.submit(new FrameRequest(bad, 0.5, GRID, 0, 1, false));
                while (engine.busy()) Thread.onSpinWait();
            }
            assertNotNull(engine.lastFailure());
            assertSame(bad, engine.lastFailure().request().scene());
            FrameRequest last = new FrameRequest(good, 0.5, GRID, 0, 1, false);
            engine.submit(last);
            assertTrue(latch[0].await(10, TimeUnit.SECONDS), "the engine still answers");
            assertSame(last, engine.takeLatest().request());
        }
    }

    @Test
    void stepsBackAcrossAnEditShowWhatTheUserSaw() throws Exception {
        CountDownLatch[] latch = {new CountDownLatch(1)};
        Scene before = scene(1);
        Scene after = scene(2.5);
        try (FrameEngine engine = new FrameEngine(2, f -> latch[0].countDown())) {
            float[][] seen = new float[8][];
            for (int step = 0; step <= 5; step++) {
                engine.submit(new FrameRequest(before, Double.NaN, GRID.withSize(8), 0, step, false));
                Frame f = settle(engine, latch);
                seen[step] = java.util.Arrays.copyOf(f.particleXY(), 2 * f.particleCount());
                engine.release(f);
            }
            // the memory moves at step 5; the particles go on in the new landscape
            for (int step = 6; step <= 7; step++) {
                engine.submit(new FrameRequest(after, Double.NaN, GRID.withSize(8), 0, step, false));
                Frame f = settle(engine, latch);
                seen[step] = java.util.Arrays.copyOf(f.particleXY(), 2 * f.particleCount());
                engine.release(f);
            }
            for (int step : new int[] {4, 2, 7, 6, 3}) {
                engine.submit(new FrameRequest(after, Double.NaN, GRID.withSize(8), 0, step, false));
                Frame f = settle(engine, latch);
                assertArrayEquals(seen[step], java.util.Arrays.copyOf(f.particleXY(), 2 * f.particleCount()), "step " + step);
                engine.release(f);
            }
        }
    }

    @Test
    void closingLeavesNoThreadBehind() throws Exception {
        FrameEngine engine = new FrameEngine(2, f -> { });
        engine.submit(new FrameRequest(scene(1), 0.5, GRID, 8, 3, false));
        engine.close();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().equals("memscape-engine") && t.isAlive(), "engine thread still alive");
        }
        assertThrows(IllegalStateException.class, () -> engine.submit(new FrameRequest(scene(1), 0.5, GRID, 0, 0, false)));
    }

    @Test
    void notANumberNeverReachesAFrame() throws Exception {
        Scene bad = scene(1).withMemories(List.of(new MemorySpec.Point(Double.NaN, 0)));
        assertThrows(IllegalArgumentException.class, () -> new FrameRequest(bad, 0.5, GRID, 0, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new FrameRequest(scene(1), Double.POSITIVE_INFINITY, GRID, 0, 0, false));
    }

    @Test
    void aHundredThousandMemoriesDegradeButFinish() throws Exception {
        List<MemorySpec> many = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 100_000; n++) many.add(new MemorySpec.Point(6 * random.nextDouble() - 3, 6 * random.nextDouble() - 3));
        Scene big = scene(1).withMemories(many);
        CountDownLatch[] latch = {new CountDownLatch(1)};
        try (FrameEngine engine = new FrameEngine(2, f -> latch[0].countDown())) {
            engine.submit(new FrameRequest(big, 0.5, new Grid(-3, 3, -3, 3, 64), 8, 1, false));
            assertTrue(latch[0].await(60, TimeUnit.SECONDS));
            Frame frame = engine.takeLatest();
            for (int cell = 0; cell < 64 * 64; cell += 37) assertTrue(Float.isFinite(frame.heatmap().energy()[cell]));
        }
    }

    @Test
    void framesCarryStreamlinesOnlyWhenAsked() throws Exception {
        List<Integer> lineCounts = Collections.synchronizedList(new ArrayList<>());
        try (FrameEngine engine = new FrameEngine(2, f -> lineCounts.add(f.streamlines().lineCount()))) {
            Scene scene = scene(1);
            for (boolean wanted : new boolean[] {false, true, false, true}) {
                lineCounts.clear();
                engine.submit(new FrameRequest(scene, 0.5, GRID, 0, 0, wanted, 0, wanted));
                while (engine.busy()) Thread.sleep(5);
                // asked while dragging: the coarse frame has them too, so they follow the hand
                assertEquals(wanted ? 2 : 1, lineCounts.size(), "frames published");
                for (int count : lineCounts) assertEquals(wanted, count > 0, "lines in a frame: " + count);
                engine.release(engine.takeLatest());
            }
        }
    }

    @Test
    void aFrameAskedWithoutArrowsCarriesNone() throws Exception {
        try (FrameEngine engine = new FrameEngine(2, f -> { })) {
            Scene scene = scene(1);
            engine.submit(new FrameRequest(scene, 0.5, GRID, 16, 0, false));
            while (engine.busy()) Thread.sleep(5);
            Frame with = engine.takeLatest();
            assertEquals(16, with.arrows().grid().size());
            engine.release(with);
            // the pooled frames still hold those arrows: a frame asked without must not show them
            for (int k = 0; k < 3; k++) {
                engine.submit(new FrameRequest(scene, 0.4 - 0.1 * k, GRID, 0, 0, false));
                while (engine.busy()) Thread.sleep(5);
                Frame without = engine.takeLatest();
                assertEquals(null, without.arrows());
                engine.release(without);
            }
        }
    }
}
