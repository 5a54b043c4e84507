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
    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels = new int[0];

    HeatmapPainter(Colormap colormap) {
        for (int k = 0; k < LEVELS; k++) lookup[k] = colormap.argb(k / (LEVELS - 1.0));
    }

    WritableImage paint(FieldBuffer field, EnergyRange range) {
        int n = field.grid().size();
        if (image == null || (int) image.getWidth() != n) {
            // The image wraps our pixel array (premultiplied ARGB, what the renderers keep): no copy per frame.
            pixels = new int[n * n];
            buffer = new PixelBuffer<>(n, n, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
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
        buffer.updateBuffer(b -> null);
        return image;
    }
}
