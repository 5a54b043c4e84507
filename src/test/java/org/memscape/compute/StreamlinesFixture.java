package org.memscape.compute;

/** Streamlines made by hand for the app's painting tests (their builder is the engine's, package-private). */
public final class StreamlinesFixture {

    private StreamlinesFixture() {}

    /** One line through the given points (x, y interleaved, scene coordinates) with the given strength. */
    public static Streamlines line(float strength, double... xy) {
        Streamlines lines = new Streamlines();
        for (int i = 0; i + 1 < xy.length; i += 2) lines.add(xy[i], xy[i + 1]);
        lines.endLine(strength);
        return lines;
    }
}
