package org.memscape.app.playback;

import org.memscape.app.playback.Playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Time as the user sets it: steps a second whatever the frame rate, and when a new run begins. */
class PlaybackTest {

    private static final long SECOND = 1_000_000_000L;

    /** Plays from step 0 with frames {@code frameNanos} apart until the end; returns the frames it took. */
    private static int framesToTheEnd(Playback p, long frameNanos) {
        p.togglePlay();
        long now = 5 * SECOND;
        int frames = 0;
        while (p.playingProperty().get()) {
            p.tick(now);
            now += frameNanos;
            frames++;
        }
        return frames;
    }

    /** Steps reached after one second of frames {@code frameNanos} apart (the first frame at time 0). */
    private static int stepsInOneSecond(Playback.Speed speed, long frameNanos) {
        Playback p = new Playback();
        p.lastStepProperty().set(100_000);
        p.setSpeed(speed);
        p.togglePlay();
        for (long t = 0; t <= SECOND; t += frameNanos) p.tick(t);
        return p.step();
    }

    @Test
    void theSpeedsAreFifteenSixtyAndTwoHundredFortyStepsASecondAsLabelled() {
        assertEquals(15, Playback.Speed.SLOW.stepsPerSecond);
        assertEquals(60, Playback.Speed.NORMAL.stepsPerSecond);
        assertEquals(240, Playback.Speed.FAST.stepsPerSecond);
        assertEquals("15/s", Playback.Speed.SLOW.toString());
        assertEquals("60/s", Playback.Speed.NORMAL.toString());
        assertEquals("240/s", Playback.Speed.FAST.toString());
        long sixtyHz = SECOND / 60;
        for (Playback.Speed speed : Playback.Speed.values()) {
            // the first frame after Play shows the next step at once; then the clock runs
            assertEquals(1 + speed.stepsPerSecond, stepsInOneSecond(speed, sixtyHz), 1, speed.toString() + " at 60 frames a second");
            assertEquals(1 + speed.stepsPerSecond, stepsInOneSecond(speed, SECOND / 8), 1, speed + " at 8 frames a second");
        }
    }

    @Test
    void slowFramesAdvanceSeveralStepsSoARunTakesItsTimeNotItsFrameCount() {
        Playback p = new Playback();
        p.lastStepProperty().set(400);
        int frames = framesToTheEnd(p, SECOND / 8);   // a landscape that computes at 8 frames a second
        assertEquals(400, p.step());
        // 400 steps at 60 a second: 6.7 s, 8 frames a second: about 54 frames (not 400, which took 50 s)
        assertEquals(400 / 60.0 * 8, frames, 2);
    }

    @Test
    void aStallIsNotMadeUpInOneLeap() {
        Playback p = new Playback();
        p.lastStepProperty().set(100_000);
        p.togglePlay();
        p.tick(0);
        p.tick(60 * SECOND);   // a minute without frames
        assertEquals(1 + 60 * Playback.MAX_FRAME_NANOS / (double) SECOND, p.step(), 1, "at most half a second's worth of steps");
    }

    @Test
    void playAtTheEndIsANewRunAndPauseThenPlayIsNot() {
        Playback p = new Playback();
        p.lastStepProperty().set(10);
        long first = p.run();
        framesToTheEnd(p, SECOND / 60);
        assertEquals(10, p.step());
        assertEquals(first, p.run(), "playing stays in its run");
        p.togglePlay();
        assertEquals(0, p.step(), "Play at the end starts again");
        assertTrue(p.playingProperty().get());
        long second = p.run();
        assertNotEquals(first, second, "as a new run: the scene as it is now, not a replay of the last one");
        p.tick(SECOND);
        p.togglePlay();   // pause mid-run
        p.togglePlay();   // and play on
        assertEquals(second, p.run(), "play after pause goes on");
        p.seek(10);
        p.back();
        p.forward();
        assertEquals(second, p.run(), "stepping and scrubbing stay in the run");
    }

    @Test
    void restartIsANewRunAtStepZeroPaused() {
        Playback p = new Playback();
        p.lastStepProperty().set(10);
        p.seek(4);
        p.togglePlay();
        long before = p.run();
        p.restart();
        assertEquals(0, p.step());
        assertFalse(p.playingProperty().get());
        assertNotEquals(before, p.run());
    }
}
