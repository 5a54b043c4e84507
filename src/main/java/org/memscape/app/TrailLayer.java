package org.memscape.app;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Fading particle trails, drawn by hand into a raster the size of the plot: each new step dims
 * the old trails and adds one short line per particle. Thousands of stroked lines a frame would
 * cost the software renderer (the one a projector laptop or Xvfb often falls back to) far more
 * than this loop. Stepping back, a new run or a new view clears it.
 */
final class TrailLayer {

    /** Each step keeps this share of the trails' opacity (of 256): trails fade over ~10 steps. */
    private static final int FADE = 200;
    private static final int STRENGTH = 170;
    /** A jump longer than this many pixels is a teleport (a reset), not a trail. */
    private static final int MAX_SEGMENT = 80;

    private int width, height;
    private int[] alpha = new int[0];
    private int[] argb = new int[0];
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private float[] previous = new float[0];
    private int lastStep = -1;
    private int count = -1;
    private PlotFrame plot;

    /** Adds a step's positions; returns the trail image to draw at the plot's corner, or null if none. */
    WritableImage add(int step, float[] xy, int particles, PlotFrame frame) {
        int w = (int) Math.ceil(frame.width()), h = (int) Math.ceil(frame.height());
        if (w != width || h != height || !frame.equals(plot) || step <= lastStep || particles != count) {
            reset(w, h, frame, particles);
        } else {
            fade();
            for (int p = 0; p < particles; p++) {
                line(frame.px(previous[2 * p]) - frame.left(), frame.py(previous[2 * p + 1]) - frame.top(),
                        frame.px(xy[2 * p]) - frame.left(), frame.py(xy[2 * p + 1]) - frame.top());
            }
        }
        lastStep = step;
        if (previous.length < 2 * particles) previous = new float[2 * particles];
        System.arraycopy(xy, 0, previous, 0, 2 * particles);
        return publish();
    }

    /** The plot the raster was drawn for: a trail is only valid there. */
    PlotFrame plot() { return plot; }

    void clear() {
        lastStep = -1;
        java.util.Arrays.fill(alpha, 0);
    }

    private void reset(int w, int h, PlotFrame frame, int particles) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        plot = frame;
        count = particles;
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            alpha = new int[width * height];
            argb = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            java.util.Arrays.fill(alpha, 0);
        }
    }

    private void fade() {
        for (int i = 0; i < width * height; i++) alpha[i] = alpha[i] * FADE >> 8;
    }

    /** A one-pixel line by equal steps (DDA); out-of-frame pixels are skipped. */
    private void line(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0, dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps > MAX_SEGMENT || steps == 0) return;
        for (int s = 0; s <= steps; s++) {
            int x = (int) (x0 + dx * s / steps), y = (int) (y0 + dy * s / steps);
            if (x >= 0 && x < width && y >= 0 && y < height) {
                int i = y * width + x;
                alpha[i] = Math.min(255, alpha[i] + STRENGTH);
            }
        }
    }

    private WritableImage publish() {
        int n = width * height;
        for (int i = 0; i < n; i++) {
            int a = alpha[i];
            argb[i] = a << 24 | a << 16 | a << 8 | a;   // white, premultiplied by its opacity
        }
        buffer.updateBuffer(b -> null);
        return image;
    }
}
