package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.PlotFrame;

import org.memscape.compute.Streamlines;

/**
 * Draws a frame's streamlines into an opacity mask (one int per pixel of the plot, 0–255, the
 * particle layer's force overlay): antialiased lines, more opaque where the force is stronger, with
 * a small arrowhead halfway along each so the direction of the flow reads. By hand, since a hundred
 * stroked polylines a frame cost the software renderer (a projector laptop, Xvfb) about 20 ms;
 * these loops take about one. The mask keeps the larger opacity where lines meet, so joins stay clean.
 */
final class StreamlineRaster {

    /*
     * Widths and lengths in layout pixels: an export at 2x multiplies them by its pixel scale, so that
     * lines and heads look as on screen, not half as thick. The half pixel of antialiasing fade stays
     * one raster pixel: it smooths the raster's own steps.
     */
    private static final double HALF_WIDTH = 0.8;
    /** Lines shorter than this many (layout) pixels get no arrowhead: it would hide them. */
    private static final double HEAD_MIN_LENGTH = 30;
    private static final double HEAD_LENGTH = 10;
    private static final double HEAD_HALF_WIDTH = 4.5;

    private final int[] mask;
    private final int width, height;
    private final double halfWidth, headLength, headHalfWidth;

    private StreamlineRaster(int[] mask, int width, int height, double pixelScale) {
        this.mask = mask;
        this.width = width;
        this.height = height;
        halfWidth = HALF_WIDTH * pixelScale;
        headLength = HEAD_LENGTH * pixelScale;
        headHalfWidth = HEAD_HALF_WIDTH * pixelScale;
    }

    /**
     * Adds the lines to {@code mask} (width × height pixels, the plot's top left at 0, 0), for a
     * plot drawn at {@code pixelScale} raster pixels per layout pixel (more for a projector's bolder
     * lines), the weakest line at opacity {@code floor} (0..1).
     */
    static void draw(Streamlines lines, PlotFrame plot, int[] mask, int width, int height, double pixelScale, double floor) {
        StreamlineRaster raster = new StreamlineRaster(mask, width, height, pixelScale);
        for (int l = 0; l < lines.lineCount(); l++) {
            int alpha = (int) (255 * Math.min(1, floor + 0.5 * lines.strength(l)));
            double length = 0;
            for (int p = lines.start(l); p + 1 < lines.end(l); p++) {
                double x0 = px(plot, lines.x(p)), y0 = py(plot, lines.y(p));
                double x1 = px(plot, lines.x(p + 1)), y1 = py(plot, lines.y(p + 1));
                raster.segment(x0, y0, x1, y1, alpha);
                length += Math.hypot(x1 - x0, y1 - y0);
            }
            int mid = (lines.start(l) + lines.end(l) - 1) / 2;
            if (length >= HEAD_MIN_LENGTH * pixelScale && mid + 1 < lines.end(l)) {
                raster.head(px(plot, lines.x(mid)), py(plot, lines.y(mid)),
                        px(plot, lines.x(mid + 1)), py(plot, lines.y(mid + 1)), alpha);
            }
        }
    }

    private static double px(PlotFrame plot, double x) { return plot.px(x) - plot.left(); }

    private static double py(PlotFrame plot, double y) { return plot.py(y) - plot.top(); }

    /** Every pixel whose centre lies within the half width (plus half a pixel of fade) of the segment. */
    private void segment(double x0, double y0, double x1, double y1, int alpha) {
        double reach = halfWidth + 1;
        int left = Math.max(0, (int) Math.floor(Math.min(x0, x1) - reach));
        int right = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + reach));
        int top = Math.max(0, (int) Math.floor(Math.min(y0, y1) - reach));
        int bottom = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + reach));
        double dx = x1 - x0, dy = y1 - y0, length2 = dx * dx + dy * dy;
        double inverse = length2 > 0 ? 1 / length2 : 0;
        double outer2 = (halfWidth + 0.5) * (halfWidth + 0.5);
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                double cx = x + 0.5 - x0, cy = y + 0.5 - y0;
                double t = Math.max(0, Math.min(1, (cx * dx + cy * dy) * inverse));
                double ex = cx - t * dx, ey = cy - t * dy, d2 = ex * ex + ey * ey;
                if (d2 < outer2) cover(x, y, halfWidth + 0.5 - Math.sqrt(d2), alpha);
            }
        }
    }

    /** A filled triangle centred on (x0, y0) pointing towards (x1, y1), its edges antialiased. */
    private void head(double x0, double y0, double x1, double y1, int alpha) {
        double d = Math.hypot(x1 - x0, y1 - y0);
        if (d == 0) return;
        double ux = (x1 - x0) / d, uy = (y1 - y0) / d;
        double bx = x0 - ux * headLength / 2, by = y0 - uy * headLength / 2;
        double[] xs = {x0 + ux * headLength / 2, bx - uy * headHalfWidth, bx + uy * headHalfWidth};
        double[] ys = {y0 + uy * headLength / 2, by + ux * headHalfWidth, by - ux * headHalfWidth};
        // the same winding for every triangle: inside is where all three edge distances are positive
        double orientation = Math.signum((xs[1] - xs[0]) * (ys[2] - ys[0]) - (ys[1] - ys[0]) * (xs[2] - xs[0]));
        int left = Math.max(0, (int) Math.floor(Math.min(xs[0], Math.min(xs[1], xs[2]))));
        int right = Math.min(width - 1, (int) Math.ceil(Math.max(xs[0], Math.max(xs[1], xs[2]))));
        int top = Math.max(0, (int) Math.floor(Math.min(ys[0], Math.min(ys[1], ys[2]))));
        int bottom = Math.min(height - 1, (int) Math.ceil(Math.max(ys[0], Math.max(ys[1], ys[2]))));
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                double inside = Double.POSITIVE_INFINITY;
                for (int e = 0; e < 3; e++) {
                    double ex = xs[(e + 1) % 3] - xs[e], ey = ys[(e + 1) % 3] - ys[e];
                    double cross = ex * (y + 0.5 - ys[e]) - ey * (x + 0.5 - xs[e]);
                    inside = Math.min(inside, orientation * cross / Math.hypot(ex, ey));
                }
                cover(x, y, inside + 0.5, alpha);
            }
        }
    }

    /** Raises a pixel's opacity to alpha × coverage (coverage clamped to [0, 1]). */
    private void cover(int x, int y, double coverage, int alpha) {
        if (coverage <= 0) return;
        int a = (int) (alpha * Math.min(1, coverage));
        int i = y * width + x;
        if (a > mask[i]) mask[i] = a;
    }
}
