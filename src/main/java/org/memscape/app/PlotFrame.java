package org.memscape.app;

import org.memscape.scene.Domain;

/**
 * Where the domain sits on the canvas: a rectangle of pixels with one scale for both axes
 * (aspect ratio 1), y pointing up.
 */
record PlotFrame(Domain domain, double left, double top, double scale) {

    /** The largest frame with aspect ratio 1 that fits the free rectangle, centred in it. */
    static PlotFrame fit(Domain domain, double freeLeft, double freeTop, double freeWidth, double freeHeight) {
        double scale = Math.max(1e-9, Math.min(freeWidth / domain.width(), freeHeight / domain.height()));
        double left = freeLeft + (freeWidth - domain.width() * scale) / 2;
        double top = freeTop + (freeHeight - domain.height() * scale) / 2;
        return new PlotFrame(domain, left, top, scale);
    }

    /** The same frame in a raster with {@code pixels} pixels per layout pixel (an export at 2×). */
    PlotFrame scaled(int pixels) {
        return pixels == 1 ? this : new PlotFrame(domain, left * pixels, top * pixels, scale * pixels);
    }

    double width() { return domain.width() * scale; }

    double height() { return domain.height() * scale; }

    double right() { return left + width(); }

    double bottom() { return top + height(); }

    /** Canvas pixel column of x. */
    double px(double x) { return left + (x - domain.xmin()) * scale; }

    /** Canvas pixel row of y (larger y is higher up). */
    double py(double y) { return top + (domain.ymax() - y) * scale; }

    /** The x of a canvas pixel column. */
    double x(double px) { return domain.xmin() + (px - left) / scale; }

    /** The y of a canvas pixel row. */
    double y(double py) { return domain.ymax() - (py - top) / scale; }
}
