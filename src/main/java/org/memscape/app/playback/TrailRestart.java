package org.memscape.app.playback;

/**
 * Says when the landscape's trails must start again because the timeline jumped: from the
 * frame after a jump until the frame of the step jumped to is on screen (frames of steps asked
 * for before it may still come first, and a line from them would cross the steps left out).
 * Playing and single steps draw on; stepping back or a new run clear the trails elsewhere.
 */
final class TrailRestart {

    private final Playback playback;
    private long jumpsSeen;

    TrailRestart(Playback playback) {
        this.playback = playback;
    }

    /** Whether the trails start again before a frame of {@code step} is shown. */
    boolean before(int step) {
        if (playback.jumps() == jumpsSeen) return false;
        if (step == playback.step()) jumpsSeen = playback.jumps();   // the frame the jump asked for: trails go on from it
        return true;
    }
}
