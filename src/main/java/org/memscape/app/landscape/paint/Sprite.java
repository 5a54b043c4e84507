package org.memscape.app.landscape.paint;

import javafx.scene.paint.Color;

/**
 * A small antialiased disc with an outline, pre-drawn as premultiplied ARGB pixels and stamped
 * into a raster by hand: thousands of ovals a frame would cost the software renderer (the one a
 * projector laptop or Xvfb falls back to) far more than these loops.
 */
public final class Sprite {

    final int size;
    private final int[] pixels;

    private Sprite(int size, int[] pixels) {
        this.size = size;
        this.pixels = pixels;
    }

    /** A disc of {@code radius} pixels whose outer {@code edgeWidth} pixels are the edge colour (supersampled 4×4). */
    static Sprite disc(double radius, double edgeWidth, Color fill, Color edge) {
        int size = (int) Math.ceil(2 * radius + 3);
        int[] out = new int[size * size];
        double c = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double inner = 0, ring = 0;
                for (int s = 0; s < 16; s++) {
                    double d = Math.hypot(x + (s % 4 + 0.5) / 4 - c, y + (s / 4 + 0.5) / 4 - c);
                    if (d <= radius - edgeWidth) inner++;
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
        return new Sprite(size, out);
    }

    /** Premultiplied "source over", centred at (x, y) in a width × height raster, clipped to it once, not per pixel. */
    public void stamp(int[] raster, int width, int height, double x, double y) {
        int x0 = (int) Math.round(x - size / 2.0), y0 = (int) Math.round(y - size / 2.0);
        int fromY = Math.max(0, -y0), toY = Math.min(size, height - y0);
        int fromX = Math.max(0, -x0), toX = Math.min(size, width - x0);
        for (int sy = fromY; sy < toY; sy++) {
            int row = (y0 + sy) * width + x0;
            for (int sx = fromX; sx < toX; sx++) {
                int src = pixels[sy * size + sx];
                int sa = src >>> 24;
                if (sa == 0) continue;
                int i = row + sx;
                if (sa == 255) {
                    raster[i] = src;   // opaque: covers what is below
                    continue;
                }
                int dst = raster[i];
                int keep = 255 - sa;
                int a = sa + times(dst >>> 24, keep);
                int r = (src >> 16 & 255) + times(dst >> 16 & 255, keep);
                int g = (src >> 8 & 255) + times(dst >> 8 & 255, keep);
                int b = (src & 255) + times(dst & 255, keep);
                raster[i] = a << 24 | r << 16 | g << 8 | b;
            }
        }
    }

    /** a·b/255 for bytes, rounded, without a division (exact for every pair of bytes). */
    static int times(int a, int b) {
        int t = a * b + 128;
        return (t + (t >> 8)) >> 8;
    }
}
