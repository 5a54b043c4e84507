package org.memscape.app.playback;

import org.memscape.compute.Frame;

/** Frames per second and timings for the status bar: smoothed, cheap, FX thread only. */
public final class FrameStats {

    private long lastNanos;
    private double frameMillis;
    private double computeMillis;
    private double latencyMillis;

    /** A longer pause between frames is idleness (nothing changed), not a slow frame. */
    private static final long IDLE_NANOS = 500_000_000L;

    void frameShown(long now, Frame frame) {
        if (lastNanos != 0 && now - lastNanos < IDLE_NANOS) frameMillis = smooth(frameMillis, (now - lastNanos) / 1e6);
        lastNanos = now;
        computeMillis = smooth(computeMillis, frame.fieldMillis() + frame.particleMillis());
        latencyMillis = smooth(latencyMillis, frame.latencyMillis());
    }

    private static double smooth(double old, double value) {
        return old == 0 ? value : 0.8 * old + 0.2 * value;
    }

    public double frameMillis() { return frameMillis; }

    public double computeMillis() { return computeMillis; }

    double latencyMillis() { return latencyMillis; }

    public double fps() { return frameMillis > 0 ? 1000 / frameMillis : 0; }
}
