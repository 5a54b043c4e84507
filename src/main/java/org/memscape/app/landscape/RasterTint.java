package org.memscape.app.landscape;

/**
 * A recolouring of the heatmap's pixels by another part of the window (basins of attraction,
 * responsibilities), before the memories and particles are stamped on, so that they stay on top.
 */
public interface RasterTint {

    /**
     * Recolours {@code heat} (premultiplied ARGB, {@code width} × {@code height} pixels, row by
     * row from the top) in place; {@code raster} places the view on those pixels.
     */
    void tint(int[] heat, PlotFrame raster, int width, int height);

    /** What the colours depend on: a change of it (by equals) recolours. Null: no tint now. */
    Object state();
}
