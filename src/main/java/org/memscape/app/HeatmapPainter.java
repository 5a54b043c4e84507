package org.memscape.app;

import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.memscape.compute.FieldBuffer;

/**
 * Colours a frame's energy grid into an image it keeps (one pixel per cell, y up), reallocated
 * only when the grid size changes (the coarse and full grids of a drag alternate two sizes).
 */
final class HeatmapPainter {

    /** Cells where the energy is undefined (NaN), e.g. outside the tanh box. */
    static final int UNDEFINED_ARGB = 0xFF505050;

    /** Colours looked up, not interpolated, per cell: 1024 steps are finer than any screen shows. */
    private static final int LEVELS = 1024;

    private final int[] lookup = new int[LEVELS];
    /** One image per grid size: a drag alternates the coarse and the full grid, and a new image is a new texture. */
    private final java.util.Map<Integer, Sized> images = new java.util.HashMap<>();

    private record Sized(int[] pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) {
        static Sized of(int n) {
            int[] pixels = new int[n * n];
            // The image wraps our pixel array (premultiplied ARGB, what the renderers keep): no copy per frame.
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(n, n, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            return new Sized(pixels, buffer, new WritableImage(buffer));
        }
    }

    HeatmapPainter(Colormap colormap) {
        for (int k = 0; k < LEVELS; k++) lookup[k] = colormap.argb(k / (LEVELS - 1.0));
    }

    WritableImage paint(FieldBuffer field, EnergyRange range) {
        int n = field.grid().size();
        if (images.size() > 4 && !images.containsKey(n)) images.clear();
        Sized sized = images.computeIfAbsent(n, Sized::of);
        int[] pixels = sized.pixels();
        float[] energy = field.energy();
        double low = range.low();
        double perLevel = (LEVELS - 1) / (range.high() - range.low());
        for (int j = 0; j < n; j++) {
            int row = n - 1 - j;   // grid rows go up in y; image rows go down
            for (int i = 0; i < n; i++) {
                float e = energy[j * n + i];
                int level = (int) Math.max(0, Math.min(LEVELS - 1, (e - low) * perLevel + 0.5));
                pixels[row * n + i] = Float.isNaN(e) ? UNDEFINED_ARGB : lookup[level];
            }
        }
        sized.buffer().updateBuffer(b -> null);
        return sized.image();
    }
}
