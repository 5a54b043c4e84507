package org.memscape.app.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The trails start again after a jump on the timeline (a streak crossed the steps left out), not while playing or stepping. */
class TrailRestartTest {

    private static Playback playback() {
        Playback p = new Playback();
        p.lastStepProperty().set(400);
        return p;
    }

    @Test
    void aJumpRestartsTheTrailsUntilItsFrameIsShown() {
        Playback p = playback();
        TrailRestart trails = new TrailRestart(p);
        p.seek(10);   // a click on the bifurcation chart, a drag of the slider
        assertEquals(1, p.jumps());
        assertTrue(trails.before(0), "a frame asked for before the jump comes first: no line from it");
        assertTrue(trails.before(10), "the frame jumped to starts the trails afresh");
        assertFalse(trails.before(10));
        p.forward();
        assertFalse(trails.before(11), "the step after it draws on");
    }

    @Test
    void backwardJumpsToo() {
        Playback p = playback();
        TrailRestart trails = new TrailRestart(p);
        p.seek(300);
        assertTrue(trails.before(300));
        p.seek(80);
        assertTrue(trails.before(80));
        assertFalse(trails.before(80));
    }

    @Test
    void playingAndSingleStepsAreNoJump() {
        Playback p = playback();
        TrailRestart trails = new TrailRestart(p);
        p.forward();
        p.seek(2);   // the slider moved by one step
        p.setSpeed(Playback.Speed.FAST);
        p.togglePlay();
        p.tick(0);
        p.tick(100_000_000L);   // a slow frame: 24 steps at once
        assertTrue(p.step() > 20, "played on: " + p.step());
        assertEquals(0, p.jumps());
        assertFalse(trails.before(p.step()));
    }
}
