package org.memscape.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Time: the particle step shown, whether it runs, and how many steps a frame advances.
 * FX thread only; the frame pump reads it each pulse.
 */
final class Playback {

    /** Steps per frame shown: at 60 frames a second, 15, 60 or 240 steps a second. */
    enum Speed {
        SLOW(0.25, "slow"), NORMAL(1, "normal"), FAST(4, "fast");

        final double stepsPerFrame;
        final String label;

        Speed(double stepsPerFrame, String label) {
            this.stepsPerFrame = stepsPerFrame;
            this.label = label;
        }

        @Override public String toString() { return label; }
    }

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final IntegerProperty lastStep = new SimpleIntegerProperty(200);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private Speed speed = Speed.NORMAL;
    private double pending;   // fractional steps carried over between frames

    IntegerProperty stepProperty() { return step; }

    IntegerProperty lastStepProperty() { return lastStep; }

    BooleanProperty playingProperty() { return playing; }

    int step() { return step.get(); }

    Speed speed() { return speed; }

    void setSpeed(Speed s) { speed = s; }

    void togglePlay() {
        if (!playing.get() && step.get() >= lastStep.get()) step.set(0);   // play at the end starts again
        playing.set(!playing.get());
    }

    void forward() {
        playing.set(false);
        step.set(Math.min(lastStep.get(), step.get() + 1));
    }

    void back() {
        playing.set(false);
        step.set(Math.max(0, step.get() - 1));
    }

    void reset() {
        playing.set(false);
        step.set(0);
    }

    void seek(int k) {
        step.set(Math.max(0, Math.min(lastStep.get(), k)));
    }

    /** One frame of playing: the steps advance; at the end it stops. */
    void tick() {
        if (!playing.get()) return;
        pending += speed.stepsPerFrame;
        int advance = (int) pending;
        pending -= advance;
        if (advance == 0) return;
        int next = Math.min(lastStep.get(), step.get() + advance);
        step.set(next);
        if (next >= lastStep.get()) playing.set(false);
    }
}
