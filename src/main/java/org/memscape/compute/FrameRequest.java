package org.memscape.compute;

import java.util.Objects;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * What a view wants drawn: the scene, the noise level τ (NaN: the particles' τ; ignored by
 * timeless models), the heatmap grid, the arrow grid's size, the particle step, whether the user
 * is dragging (then a coarse heatmap comes first), which run (a view that restarts its
 * particles, Reset, asks for a new run number), and whether to trace streamlines of the force
 * (off unless asked: they cost a finer force grid). Immutable; a frame carries the request it answers.
 */
public record FrameRequest(Scene scene, double tau, Grid heatmap, int arrows, int step, boolean interactive, long run,
                           boolean streamlines) {

    /** The coarse heatmap of an interactive request is this many times smaller per side. */
    public static final int COARSE_FACTOR = 4;

    /** Run 0, the usual case for one-off requests. */
    public FrameRequest(Scene scene, double tau, Grid heatmap, int arrows, int step, boolean interactive) {
        this(scene, tau, heatmap, arrows, step, interactive, 0);
    }

    /** Without streamlines. */
    public FrameRequest(Scene scene, double tau, Grid heatmap, int arrows, int step, boolean interactive, long run) {
        this(scene, tau, heatmap, arrows, step, interactive, run, false);
    }

    public FrameRequest {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(heatmap, "heatmap");
        if (Double.isInfinite(tau)) throw new IllegalArgumentException("τ must be finite or NaN (no time), got " + tau);
        if (arrows < 0 || step < 0) throw new IllegalArgumentException("arrow grid and step must be ≥ 0");
        for (MemorySpec m : scene.memories()) requireFinite(m);
    }

    /** A scene built by an edit (not read from a file) is checked here: NaN must never reach a frame. */
    private static void requireFinite(MemorySpec m) {
        boolean finite = true;
        if (m instanceof MemorySpec.Point p) finite = Double.isFinite(p.x()) && Double.isFinite(p.y());
        if (m instanceof MemorySpec.Segment s) finite = isFinite(s.start()) && isFinite(s.end());
        if (m instanceof MemorySpec.Polyline l) finite = l.points().stream().allMatch(FrameRequest::isFinite);
        if (m instanceof MemorySpec.Circle c) finite = isFinite(c.center()) && Double.isFinite(c.radius());
        if (!finite) throw new IllegalArgumentException("a memory has a coordinate that is not a finite number: " + m);
    }

    private static boolean isFinite(MemorySpec.Point p) {
        return Double.isFinite(p.x()) && Double.isFinite(p.y());
    }
}
