package org.memscape.app.playback;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Time: which run of the particles is shown, its step, whether it plays, and how fast. FX thread
 * only; the frame pump reads it each pulse.
 *
 * <p>A <em>run</em> is the particles of the scene from their start. {@link #restart} begins a new
 * one (the engine then starts the particles afresh, whatever it computed before): a loaded scene,
 * Reset, and Play at the end. Everything else, an edit mid-run included, stays in the same run,
 * where the particles go on from where they are.
 */
public final class Playback {

    /** Steps a second while playing, whatever the frame rate: slow frames advance several steps. */
    public enum Speed {
        SLOW(15), NORMAL(60), FAST(240);

        final double stepsPerSecond;

        Speed(double stepsPerSecond) {
            this.stepsPerSecond = stepsPerSecond;
        }

        @Override public String toString() { return (int) stepsPerSecond + "/s"; }
    }

    /**
     * The most time one frame may stand for. After a longer stall (a dialog, a machine busy
     * elsewhere) the run goes on from where it was rather than leaping ahead; and where the steps
     * themselves are slow (a huge number of particles), more steps per frame would only make the
     * next frame slower still: below two frames a second, a run plays slower than its speed.
     */
    static final long MAX_FRAME_NANOS = 500_000_000L;

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final IntegerProperty lastStep = new SimpleIntegerProperty(200);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private Speed speed = Speed.NORMAL;
    private long run;
    private long jumps;
    private double pending;          // fractional steps carried over between frames
    private long lastTickNanos = -1; // the previous frame while playing; −1: none yet

    public Playback() {
        playing.addListener((o, was, now) -> {
            pending = 0;
            lastTickNanos = -1;   // the clock starts at the first frame after Play
        });
    }

    IntegerProperty stepProperty() { return step; }

    public IntegerProperty lastStepProperty() { return lastStep; }

    public BooleanProperty playingProperty() { return playing; }

    public int step() { return step.get(); }

    /** The run the step belongs to; a new number means the particles start again from the scene. */
    public long run() { return run; }

    public Speed speed() { return speed; }

    public void setSpeed(Speed s) { speed = s; }

    /** Plays or pauses; Play at the end starts a new run of the scene as it is now. */
    public void togglePlay() {
        if (!playing.get() && step.get() >= lastStep.get()) restart();
        playing.set(!playing.get());
    }

    public void forward() {
        playing.set(false);
        step.set(Math.min(lastStep.get(), step.get() + 1));
    }

    public void back() {
        playing.set(false);
        step.set(Math.max(0, step.get() - 1));
    }

    /** A new run from step 0, paused: the particles start afresh from the scene as it is now. */
    public void restart() {
        playing.set(false);
        step.set(0);
        run++;
    }

    /** Goes to step {@code k} (the timeline's slider, a click on a chart); more than one step away is a jump. */
    public void seek(int k) {
        int to = Math.max(0, Math.min(lastStep.get(), k));
        if (Math.abs(to - step.get()) > 1) jumps++;
        step.set(to);
    }

    /**
     * How many times the step jumped (a seek of more than one step): the particles' trails start
     * again after a jump, or they would draw a straight line across the steps left out.
     */
    public long jumps() { return jumps; }

    /**
     * One frame of playing at time {@code nanos} (the pulse's): the step advances by the speed
     * times the time since the previous frame, so a slow frame advances several steps and the
     * newest is shown. At the end it stops.
     */
    void tick(long nanos) {
        if (!playing.get()) return;
        if (lastTickNanos < 0) {
            lastTickNanos = nanos;
            pending = 1;   // the first frame after Play shows the next step at once
        } else {
            long elapsed = Math.min(MAX_FRAME_NANOS, Math.max(0, nanos - lastTickNanos));
            lastTickNanos = nanos;
            pending += elapsed * 1e-9 * speed.stepsPerSecond;
        }
        int advance = (int) Math.min(pending, Integer.MAX_VALUE);
        pending -= advance;
        if (advance == 0) return;
        int next = (int) Math.min(lastStep.get(), (long) step.get() + advance);
        step.set(next);
        if (next >= lastStep.get()) playing.set(false);
    }
}
