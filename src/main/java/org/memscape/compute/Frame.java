package org.memscape.compute;

/**
 * One finished picture for a view: the heatmap, the arrows or streamlines, the particles, the colour range and
 * contour levels, and where the time went. Its arrays are reused: a view reads a frame, then
 * hands it back with {@link FrameEngine#release}; until then the engine does not touch it.
 */
public final class Frame {

    final FieldBuffer heatmap = new FieldBuffer();
    final FieldBuffer arrows = new FieldBuffer();
    final Streamlines streamlines = new Streamlines();
    float[] particleXY = new float[0];
    float[] particleEnergy = new float[0];
    int particleCount;
    int step;
    double tau;
    boolean coarse;
    float rangeLow;
    float rangeHigh;
    final float[] contourLevels = new float[ContourLevels.COUNT];
    FrameRequest request;
    long submittedNanos;
    long fieldNanos;
    long particleNanos;
    long readyNanos;

    public FrameRequest request() { return request; }

    public FieldBuffer heatmap() { return heatmap; }

    /**
     * Force on the coarse arrow grid, or null when the request asked for no arrows (the pooled
     * buffer then still holds an older request's arrows, which must not be shown).
     */
    public FieldBuffer arrows() { return request != null && request.arrows() > 0 ? arrows : null; }

    /** Streamlines of the force over the view (none unless the request asked for them). */
    public Streamlines streamlines() { return streamlines; }

    public float[] particleXY() { return particleXY; }

    public float[] particleEnergy() { return particleEnergy; }

    public int particleCount() { return particleCount; }

    /** The particle step shown (it may be below the request's if the run is shorter). */
    public int step() { return step; }

    /** The τ the heatmap and the particles are at (NaN for timeless models). */
    public double tau() { return tau; }

    /** True for the quick low-resolution pass while the user drags. */
    public boolean coarse() { return coarse; }

    /** The colour range: the 2nd and 98th percentiles of the heatmap's energy. */
    public float rangeLow() { return rangeLow; }

    public float rangeHigh() { return rangeHigh; }

    public float[] contourLevels() { return contourLevels; }

    public double fieldMillis() { return fieldNanos / 1e6; }

    public double particleMillis() { return particleNanos / 1e6; }

    /** From the request's submission to this frame being ready. */
    public double latencyMillis() { return (readyNanos - submittedNanos) / 1e6; }
}
