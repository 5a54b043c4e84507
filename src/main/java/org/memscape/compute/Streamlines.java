package org.memscape.compute;

/**
 * Streamlines of the force in scene coordinates: polylines, each ordered along the force (so its
 * direction can be drawn), with a strength in [0, 1] (the line's mean log force magnitude within
 * the frame's range). Its arrays are reused from frame to frame and grow, never shrink; empty when
 * the request did not ask for streamlines.
 */
public final class Streamlines {

    private float[] xy = new float[0];
    private int[] starts = new int[1];
    private float[] strength = new float[0];
    private int lines;
    private int points;

    public int lineCount() { return lines; }

    /** Index of the first point of a line. */
    public int start(int line) { return starts[line]; }

    /** One past the last point of a line. */
    public int end(int line) { return starts[line + 1]; }

    public float x(int point) { return xy[2 * point]; }

    public float y(int point) { return xy[2 * point + 1]; }

    public float strength(int line) { return strength[line]; }

    /** The points of all lines, x and y interleaved. */
    public float[] xy() { return xy; }

    void clear() {
        lines = 0;
        points = 0;
        starts[0] = 0;
    }

    int pointCount() { return points; }

    void add(double x, double y) {
        if (xy.length < 2 * points + 2) xy = java.util.Arrays.copyOf(xy, Math.max(256, 2 * xy.length));
        xy[2 * points] = (float) x;
        xy[2 * points + 1] = (float) y;
        points++;
    }

    /** Closes the line made of the points added since the last one. */
    void endLine(float lineStrength) {
        if (starts.length < lines + 2) starts = java.util.Arrays.copyOf(starts, Math.max(64, 2 * starts.length));
        if (strength.length < lines + 1) strength = java.util.Arrays.copyOf(strength, Math.max(64, 2 * strength.length));
        strength[lines] = lineStrength;
        starts[++lines] = points;
    }
}
