package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.memscape.scene.Domain;

/** An export at 2× draws the particle raster at twice the resolution instead of enlarging a 1× one. */
class PixelScaleTest {

    @Test
    void aParticleAtTwiceThePixelScaleCoversFourTimesThePixels() throws Exception {
        FxToolkit.registerPrimaryStage();   // as TestFX starts it (see RenderTest)
        PlotFrame plot = PlotFrame.fit(new Domain(-1, 1, -1, 1), 10, 10, 100, 100);
        int one = Fx.call(() -> opaquePixels(new ParticleLayer(3.5, Color.WHITE, Color.BLACK, 1), plot, 1));
        int two = Fx.call(() -> opaquePixels(new ParticleLayer(3.5, Color.WHITE, Color.BLACK, 2), plot, 2));
        assertEquals(4.0, (double) two / one, 0.6, "pixels covered at 1x: " + one + ", at 2x: " + two);
    }

    private static int opaquePixels(ParticleLayer layer, PlotFrame plot, int scale) {
        WritableImage image = layer.draw(0, new float[] {0.1f, 0.2f}, 1, plot.scaled(scale), false, null);
        assertEquals(Math.ceil(plot.width() * scale), image.getWidth());
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if (image.getPixelReader().getArgb(x, y) >>> 24 > 128) n++;
        }
        return n;
    }
}
