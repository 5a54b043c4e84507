package org.memscape.app;

import org.memscape.app.playback.Playback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.compute.Frame;
import org.memscape.compute.ParticleRun;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * When the particles start afresh and when they go on: Play at the end runs the scene as it is
 * now (after an edit at the end, after a change of model), a loaded scene runs from its own start,
 * and an edit while playing lets the particles go on where they are.
 */
@ExtendWith(ApplicationExtension.class)
class FreshRunTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Two points\","
            + " \"memories\": [{\"point\": [1.5, 1]}, {\"point\": [-1.5, -1]}],"
            + " \"model\": {\"type\": \"diffusion-vp\"}, \"dynamics\": {\"sampler\": \"reverse-sde\", \"steps\": 60},"
            + " \"particles\": {\"count\": 80, \"seed\": 5}}";

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = FxTests.openWindow(stage, SCENE);
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    /** The scene's own run from its start, at step {@code k}, as the window's frames hold it (floats). */
    private static float[] ownRun(Scene scene, int k) {
        ParticleRun run = ParticleRun.of(scene, ForkJoinPool.commonPool());
        while (run.step() < k) run.advance();
        float[] xy = new float[2 * run.count()];
        run.positions(xy);
        return xy;
    }

    private float[] shown() throws Exception {
        Frame f = FxTests.settled(window);
        return onFx(() -> Arrays.copyOf(f.particleXY(), 2 * f.particleCount()));
    }

    private void toTheEnd() throws Exception {
        onFx(() -> {
            window.playback().seek(window.playback().lastStepProperty().get());
            return null;
        });
    }

    private void playToTheEnd(FxRobot robot) throws Exception {
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !window.playback().playingProperty().get()));
        assertEquals(60, (int) onFx(() -> window.playback().step()));
    }

    private static Scene moved(Scene s) {
        return s.withMemories(java.util.List.of(new MemorySpec.Point(0.5, 2), s.memories().get(1)));
    }

    @Test
    void anEditAtTheEndLetsTheParticlesStayThenPlayRunsTheEditedScene(FxRobot robot) throws Exception {
        Scene before = onFx(() -> window.document().scene());
        toTheEnd();
        assertArrayEquals(ownRun(before, 60), shown());
        onFx(() -> {
            window.document().edit(FreshRunTest::moved);   // as a drag would
            return null;
        });
        Scene after = onFx(() -> window.document().scene());
        assertArrayEquals(ownRun(before, 60), shown(), "an edit lets the particles stay where they are");
        playToTheEnd(robot);
        assertArrayEquals(ownRun(after, 60), shown(), "Play at the end: the edited scene from its start, not the run before the edit");
    }

    @Test
    void switchingVpToVeAtTheEndThenPlayShowsTheVeRun(FxRobot robot) throws Exception {
        toTheEnd();
        shown();
        robot.clickOn("#model-type");
        robot.clickOn("Diffusion VE");
        WaitForAsyncUtils.waitForFxEvents();
        Scene ve = onFx(() -> window.document().scene());
        assertInstanceOf(ModelSpec.DiffusionVe.class, ve.model());
        onFx(() -> {
            stage.requestFocus();
            return null;
        });
        if (onFx(() -> window.playback().step()) < 60) toTheEnd();   // a change of sampler starts at 0; be at the end either way
        playToTheEnd(robot);
        assertArrayEquals(ownRun(ve, 60), shown(), "the VE run, not the VP one");
    }

    @Test
    void anEditWhilePlayingLetsTheParticlesGoOn(FxRobot robot) throws Exception {
        Scene before = onFx(() -> window.document().scene());
        onFx(() -> {
            window.playback().setSpeed(Playback.Speed.SLOW);   // time to edit mid-run
            return null;
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> window.playback().step() >= 5));
        long run = onFx(() -> window.playback().run());
        int at = onFx(() -> {
            window.document().edit(FreshRunTest::moved);
            return window.playback().step();
        });
        assertTrue(at >= 5 && at < 60, "edited mid-run, at step " + at);
        Scene after = onFx(() -> window.document().scene());
        assertTrue(onFx(() -> window.playback().playingProperty().get()), "still playing");
        assertEquals(run, (long) onFx(() -> window.playback().run()), "the same run goes on");
        // Compared mid-run: a diffusion run ends denoised onto the memories, where a continued run and a
        // fresh one can both put every particle exactly on the same memory.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> window.playback().step() >= at + 3));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !window.playback().playingProperty().get()));
        int k = onFx(() -> window.playback().step());
        assertTrue(k > at && k < 60, "paused mid-run after the edit, at step " + k);
        float[] mid = shown();
        assertFalse(Arrays.equals(ownRun(after, k), mid), "not restarted in the new landscape");
        assertFalse(Arrays.equals(ownRun(before, k), mid), "the new landscape moved them on");
    }

    @Test
    void aSceneOpenedAtTheEndRunsFromItsOwnStart() throws Exception {
        toTheEnd();
        shown();
        Scene other = moved(onFx(() -> window.document().scene()));   // the same particles and dynamics, other memories
        onFx(() -> {
            window.open(() -> other);
            return null;
        });
        assertEquals(0, (int) onFx(() -> window.playback().step()));
        assertArrayEquals(ownRun(other, 0), shown(), "step 0 of its own run");
        toTheEnd();
        assertArrayEquals(ownRun(other, 60), shown(), "its own run, not the last scene's continued");
    }
}
