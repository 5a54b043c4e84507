package org.memscape.app.landscape;

import org.memscape.scene.Domain;

/**
 * Where the domain sits on the canvas: a rectangle of pixels with one scale for both axes
 * (aspect ratio 1), y pointing up.
 */
public record PlotFrame(Domain domain, double left, double top, double scale) {

    /** The largest frame with aspect ratio 1 that fits the free rectangle, centred in it. */
    static PlotFrame fit(Domain domain, double freeLeft, double freeTop, double freeWidth, double freeHeight) {
        double scale = Math.max(1e-9, Math.min(freeWidth / domain.width(), freeHeight / domain.height()));
        double left = freeLeft + (freeWidth - domain.width() * scale) / 2;
        double top = freeTop + (freeHeight - domain.height() * scale) / 2;
        return new PlotFrame(domain, left, top, scale);
    }

    /** The same frame in a raster with {@code pixels} pixels per layout pixel (an export at 2×). */
    public PlotFrame scaled(int pixels) {
        return pixels == 1 ? this : new PlotFrame(domain, left * pixels, top * pixels, scale * pixels);
    }

    public double width() { return domain.width() * scale; }

    public double height() { return domain.height() * scale; }

    public double right() { return left + width(); }

    public double bottom() { return top + height(); }

    /** Canvas pixel column of x. */
    public double px(double x) { return left + (x - domain.xmin()) * scale; }

    /** Canvas pixel row of y (larger y is higher up). */
    public double py(double y) { return top + (domain.ymax() - y) * scale; }

    /** The x of a canvas pixel column. */
    public double x(double px) { return domain.xmin() + (px - left) / scale; }

    /** The y of a canvas pixel row. */
    public double y(double py) { return domain.ymax() - (py - top) / scale; }
}
