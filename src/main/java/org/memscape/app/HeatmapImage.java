package org.memscape.app;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.memscape.core.GridField;

/** Paints a field's energy into an image, one pixel per grid cell, with y pointing up. */
final class HeatmapImage {

    /** Cells where the energy is undefined (NaN), e.g. outside the tanh box. */
    static final int UNDEFINED_ARGB = 0xFF505050;

    private HeatmapImage() {}

    static WritableImage paint(GridField field, EnergyRange range, Colormap colormap) {
        int n = field.size();
        int[] pixels = new int[n * n];
        double[] energy = field.energy();
        for (int j = 0; j < n; j++) {
            int row = n - 1 - j; // grid row j has y increasing with j; image rows go down
            for (int i = 0; i < n; i++) {
                double e = energy[j * n + i];
                pixels[row * n + i] = Double.isNaN(e) ? UNDEFINED_ARGB : colormap.argb(range.fraction(e));
            }
        }
        WritableImage image = new WritableImage(n, n);
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
        return image;
    }
}
