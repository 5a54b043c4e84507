package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.EnergyRange;
import org.memscape.app.landscape.PlotFrame;

import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Grid;

/**
 * Colours a frame's energy grid at the plot's own pixel size (bilinear in the energy, then a
 * colour lookup), so the screen shows the raster as it is: the software renderer scaling a
 * 512² image every frame cost more than computing it. Pixels outside the grid (a view panned
 * since the frame was asked for) get the background colour.
 */
public final class HeatmapPainter {

    /** Cells where the energy is undefined (NaN), e.g. outside the tanh box. */
    static final int UNDEFINED_ARGB = 0xFF505050;

    /** Colours looked up, not interpolated, per cell: 1024 steps are finer than any screen shows. */
    private static final int LEVELS = 1024;

    private final int[] lookup = new int[LEVELS];
    private final int outside;
    private int[] pixels = new int[0];
    private int[] column = new int[0];
    private float[] columnFraction = new float[0];

    public HeatmapPainter(Colormap colormap, int outsideArgb) {
        for (int k = 0; k < LEVELS; k++) lookup[k] = colormap.argb(k / (LEVELS - 1.0));
        outside = outsideArgb;
    }

    /** The heatmap of {@code field} over {@code plot}: {@code width × height} opaque ARGB pixels, row-major, top row first. */
    public int[] paint(FieldBuffer field, EnergyRange range, PlotFrame plot, int width, int height) {
        if (pixels.length != width * height) pixels = new int[width * height];
        if (column.length != width) {
            column = new int[width];
            columnFraction = new float[width];
        }
        Grid g = field.grid();
        int n = g.size();
        float[] energy = field.energy();
        double low = range.low();
        double perLevel = (LEVELS - 1) / (range.high() - range.low());
        if (n < 2) {   // nothing to interpolate between
            int level = (int) Math.max(0, Math.min(LEVELS - 1, (energy[0] - low) * perLevel + 0.5));
            java.util.Arrays.fill(pixels, Float.isNaN(energy[0]) ? UNDEFINED_ARGB : lookup[level]);
            return pixels;
        }
        // Continuous cell index of each pixel centre (cell i's centre is at index i); −1 outside the grid.
        for (int c = 0; c < width; c++) {
            double u = (plot.x(plot.left() + c + 0.5) - g.xmin()) / (g.xmax() - g.xmin()) * n - 0.5;
            column[c] = u < -0.5 || u > n - 0.5 ? -1 : (int) Math.max(0, Math.min(n - 2, Math.floor(u)));
            columnFraction[c] = (float) Math.max(0, Math.min(1, u - column[c]));
        }
        for (int r = 0; r < height; r++) {
            double v = (plot.y(plot.top() + r + 0.5) - g.ymin()) / (g.ymax() - g.ymin()) * n - 0.5;
            int out = r * width;
            if (v < -0.5 || v > n - 0.5) {
                java.util.Arrays.fill(pixels, out, out + width, outside);
                continue;
            }
            int j = (int) Math.max(0, Math.min(n - 2, Math.floor(v)));
            float fy = (float) Math.max(0, Math.min(1, v - j));
            int below = j * n, above = below + n;
            for (int c = 0; c < width; c++) {
                int i = column[c];
                if (i < 0) {
                    pixels[out + c] = outside;
                    continue;
                }
                float fx = columnFraction[c];
                float e0 = energy[below + i] + fx * (energy[below + i + 1] - energy[below + i]);
                float e1 = energy[above + i] + fx * (energy[above + i + 1] - energy[above + i]);
                float e = e0 + fy * (e1 - e0);
                // next to an undefined cell, the nearest cell's value (or the undefined colour)
                if (Float.isNaN(e)) e = energy[(fy < 0.5f ? below : above) + (fx < 0.5f ? i : i + 1)];
                int level = (int) Math.max(0, Math.min(LEVELS - 1, (e - low) * perLevel + 0.5));
                pixels[out + c] = Float.isNaN(e) ? UNDEFINED_ARGB : lookup[level];
            }
        }
        return pixels;
    }
}
