package org.memscape.app;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Grid;

/**
 * The force arrows, the particles and their fading trails, drawn by hand into one raster the size
 * of the plot and shown as a single image. Each new step dims the old trails and adds a short line per particle;
 * each particle is stamped as a small antialiased disc. Thousands of circles and lines a frame
 * would cost the software renderer (the one a projector laptop or Xvfb falls back to) ten times
 * more than these loops. Stepping back, a new run or a new view clears the trails.
 */
final class ParticleLayer {

    /** Each step keeps this share (of 256) of the trails' opacity: they fade over ~10 steps. */
    private static final int FADE = 200;
    private static final int TRAIL_STRENGTH = 170;
    /** A jump longer than this many pixels is a teleport (a reset), not a trail. */
    private static final int MAX_SEGMENT = 80;
    /** Past this many particles trails would only be noise, and discs shrink to dots. */
    static final int MAX_TRAILS = 20_000;

    private final int[] disc;
    private final int discSize;
    private final int[] dot;
    private final int dotSize;
    /** File pixels per layout pixel (an export at 2×): sprites and arrows grow with it, to look as on screen. */
    private final int pixelScale;
    private int width, height;
    private int[] trail = new int[0];
    private int[] arrowAlpha = new int[0];
    private int[] argb = new int[0];
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private float[] previous = new float[0];
    private int lastStep = -1;
    private int count = -1;
    private PlotFrame plot;

    ParticleLayer(double radius, Color fill, Color edge) {
        this(radius, fill, edge, 1);
    }

    /** A layer drawn at {@code pixelScale} raster pixels per layout pixel: give it a plot scaled alike. */
    ParticleLayer(double radius, Color fill, Color edge, int pixelScale) {
        this.pixelScale = pixelScale;
        discSize = (int) Math.ceil(2 * radius * pixelScale + 3);
        disc = Disc.stamp(discSize, radius * pixelScale, fill, edge);
        dotSize = 3 * pixelScale;
        dot = Disc.stamp(dotSize, 1.2 * pixelScale, fill, fill);
    }

    /**
     * Draws a frame's arrows (unless {@code arrows} is null) and particles, and, unless
     * {@code coarse}, advances the trails; returns the image. Drawing the same step again only
     * redraws (e.g. when arrows are switched on or off).
     */
    WritableImage draw(int step, float[] xy, int particles, PlotFrame frame, boolean coarse, FieldBuffer arrows) {
        int w = Math.max(1, (int) Math.ceil(frame.width())), h = Math.max(1, (int) Math.ceil(frame.height()));
        boolean trails = particles <= MAX_TRAILS;
        if (w != width || h != height || !frame.equals(plot) || particles != count || step < lastStep || !trails) {
            reset(w, h, frame, particles);
        } else if (!coarse && lastStep >= 0 && step > lastStep) {   // lastStep < 0: no previous positions yet
            fade();
            for (int p = 0; p < particles; p++) {
                line(frame.px(previous[2 * p]) - frame.left(), frame.py(previous[2 * p + 1]) - frame.top(),
                        frame.px(xy[2 * p]) - frame.left(), frame.py(xy[2 * p + 1]) - frame.top());
            }
        }
        if (!coarse) {
            lastStep = step;
            if (previous.length < 2 * particles) previous = new float[2 * particles];
            System.arraycopy(xy, 0, previous, 0, 2 * particles);
        }
        arrowLayer(arrows, frame);
        compose(xy, particles, frame, trails);
        return image;
    }

    /** Unit-length arrows on the arrow grid, more opaque where the force is stronger (log scale). */
    private void arrowLayer(FieldBuffer arrows, PlotFrame frame) {
        java.util.Arrays.fill(arrowAlpha, 0);
        if (arrows == null || arrows.forceX() == null) return;
        Grid g = arrows.grid();
        int n = g.size();
        double maxLog = Double.NEGATIVE_INFINITY, minLog = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n * n; k++) {
            double m = Math.log(Math.hypot(arrows.forceX()[k], arrows.forceY()[k]) + 1e-300);
            maxLog = Math.max(maxLog, m);
            minLog = Math.min(minLog, m);
        }
        double length = 0.36 * (g.xmax() - g.xmin()) / n * frame.scale();
        double head = 0.45 * length;
        for (int k = 0; k < n * n; k++) {
            double fx = arrows.forceX()[k], fy = arrows.forceY()[k];
            double magnitude = Math.hypot(fx, fy);
            if (!(magnitude > 0) || !Double.isFinite(magnitude)) continue;
            double strength = maxLog > minLog ? (Math.log(magnitude) - minLog) / (maxLog - minLog) : 1;
            int alpha = (int) (255 * (0.2 + 0.5 * strength));
            double cx = frame.px(g.x(k % n)) - frame.left(), cy = frame.py(g.y(k / n)) - frame.top();
            double ux = fx / magnitude, uy = -fy / magnitude;   // screen y points down
            double tipX = cx + ux * length, tipY = cy + uy * length;
            thickLine(cx - ux * length, cy - uy * length, tipX, tipY, alpha);
            thickLine(tipX - head * (ux * 0.8 - uy * 0.6), tipY - head * (uy * 0.8 + ux * 0.6), tipX, tipY, alpha);
            thickLine(tipX - head * (ux * 0.8 + uy * 0.6), tipY - head * (uy * 0.8 - ux * 0.6), tipX, tipY, alpha);
        }
    }

    /** A two-pixel line (DDA, doubled across its direction) into the arrow layer. */
    private void thickLine(double x0, double y0, double x1, double y1, int alpha) {
        double dx = x1 - x0, dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        boolean flat = Math.abs(dx) >= Math.abs(dy);
        for (int s = 0; s <= steps; s++) {
            int x = (int) (x0 + (steps == 0 ? 0 : dx * s / steps)), y = (int) (y0 + (steps == 0 ? 0 : dy * s / steps));
            for (int t = 0; t < 2 * pixelScale; t++) arrowPixel(flat ? x : x + t, flat ? y + t : y, alpha);
        }
    }

    private void arrowPixel(int x, int y, int alpha) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            int i = y * width + x;
            arrowAlpha[i] = Math.max(arrowAlpha[i], alpha);
        }
    }

    /** The plot the raster was drawn for: it is only valid there. */
    PlotFrame plot() { return plot; }

    void clear() {
        lastStep = -1;
        java.util.Arrays.fill(trail, 0);
    }

    private void reset(int w, int h, PlotFrame frame, int particles) {
        plot = frame;
        count = particles;
        lastStep = -1;
        if (image == null || w != width || h != height) {
            width = w;
            height = h;
            trail = new int[w * h];
            arrowAlpha = new int[w * h];
            argb = new int[w * h];
            // The image wraps our pixel array (premultiplied ARGB, what the renderers keep): no copy per frame.
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            java.util.Arrays.fill(trail, 0);
        }
    }

    private void fade() {
        for (int i = 0; i < trail.length; i++) trail[i] = trail[i] * FADE >> 8;
    }

    /** A one-pixel line by equal steps (DDA); pixels outside the plot are skipped. */
    private void line(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0, dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps > MAX_SEGMENT || steps == 0) return;
        for (int s = 0; s <= steps; s++) {
            int x = (int) (x0 + dx * s / steps), y = (int) (y0 + dy * s / steps);
            if (x >= 0 && x < width && y >= 0 && y < height) {
                int i = y * width + x;
                trail[i] = Math.min(255, trail[i] + TRAIL_STRENGTH);
            }
        }
    }

    private void compose(float[] xy, int particles, PlotFrame frame, boolean large) {
        for (int i = 0; i < argb.length; i++) {
            // white trails over light-grey arrows, premultiplied by their opacity
            int t = trail[i];
            int arrow = times(arrowAlpha[i], 255 - t);
            int a = t + arrow;
            int c = t + times(arrow, 235);
            argb[i] = a << 24 | c << 16 | c << 8 | c;
        }
        int[] sprite = large ? disc : dot;
        int size = large ? discSize : dotSize;
        for (int p = 0; p < particles; p++) {
            int x0 = (int) Math.round(frame.px(xy[2 * p]) - frame.left() - size / 2.0);
            int y0 = (int) Math.round(frame.py(xy[2 * p + 1]) - frame.top() - size / 2.0);
            stamp(sprite, size, x0, y0);
        }
        buffer.updateBuffer(b -> null);
    }

    /** a·b/255 for bytes, rounded, without a division (exact for every pair of bytes). */
    static int times(int a, int b) {
        int t = a * b + 128;
        return (t + (t >> 8)) >> 8;
    }

    /** Premultiplied "source over" of a sprite at (x0, y0), clipped to the raster once, not per pixel. */
    private void stamp(int[] sprite, int size, int x0, int y0) {
        int fromY = Math.max(0, -y0), toY = Math.min(size, height - y0);
        int fromX = Math.max(0, -x0), toX = Math.min(size, width - x0);
        for (int sy = fromY; sy < toY; sy++) {
            int row = (y0 + sy) * width + x0;
            for (int sx = fromX; sx < toX; sx++) {
                int src = sprite[sy * size + sx];
                int sa = src >>> 24;
                if (sa == 0) continue;
                int i = row + sx;
                if (sa == 255) {
                    argb[i] = src;   // opaque: covers what is below
                    continue;
                }
                int dst = argb[i];
                int keep = 255 - sa;
                int a = sa + times(dst >>> 24, keep);
                int r = (src >> 16 & 255) + times(dst >> 16 & 255, keep);
                int g = (src >> 8 & 255) + times(dst >> 8 & 255, keep);
                int b = (src & 255) + times(dst & 255, keep);
                argb[i] = a << 24 | r << 16 | g << 8 | b;
            }
        }
    }

    /** An antialiased disc with an outline, as premultiplied ARGB pixels (supersampled 4×4). */
    private static final class Disc {
        static int[] stamp(int size, double radius, Color fill, Color edge) {
            int[] out = new int[size * size];
            double c = size / 2.0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double inner = 0, ring = 0;
                    for (int s = 0; s < 16; s++) {
                        double d = Math.hypot(x + (s % 4 + 0.5) / 4 - c, y + (s / 4 + 0.5) / 4 - c);
                        if (d <= radius - 1) inner++;
                        else if (d <= radius) ring++;
                    }
                    double a = (inner + ring) / 16;
                    if (a == 0) continue;
                    double mix = inner / (inner + ring);   // how much of the covered area is fill, not outline
                    double r = mix * fill.getRed() + (1 - mix) * edge.getRed();
                    double g = mix * fill.getGreen() + (1 - mix) * edge.getGreen();
                    double b = mix * fill.getBlue() + (1 - mix) * edge.getBlue();
                    out[y * size + x] = (int) Math.round(255 * a) << 24 | (int) Math.round(255 * a * r) << 16
                            | (int) Math.round(255 * a * g) << 8 | (int) Math.round(255 * a * b);
                }
            }
            return out;
        }
    }
}
