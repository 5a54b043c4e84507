package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.memscape.scene.Domain;

/** The plot raster: particles and trails drawn over the heatmap, opaque everywhere. */
class ParticleLayerTest {

    private static final PlotFrame PLOT = new PlotFrame(new Domain(-1, 1, -1, 1), 0, 0, 20);

    private static int[] heat() {
        int[] heat = new int[40 * 40];
        Arrays.fill(heat, 0xFF204060);
        return heat;
    }

    @Test
    void withoutParticlesOrArrowsTheHeatmapShowsAsItIs() {
        int[] out = new ParticleLayer(3.5, Color.WHITE, Color.BLACK).draw(0, new float[0], 0, PLOT, false, null, null, heat());
        assertArrayEquals(heat(), out);
    }

    @Test
    void aParticleCoversItsPlaceAndATrailFollowsItsStep() {
        ParticleLayer layer = new ParticleLayer(3.5, Color.WHITE, Color.BLACK);
        int[] first = layer.draw(0, new float[] {-0.5f, 0f}, 1, PLOT, false, null, null, heat()).clone();
        assertEquals(0xFFFFFFFF, first[20 * 40 + 10], "the disc's white centre at (−0.5, 0)");
        int[] second = layer.draw(1, new float[] {0.5f, 0f}, 1, PLOT, false, null, null, heat());
        assertEquals(0xFFFFFFFF, second[20 * 40 + 30], "the disc moved to (0.5, 0)");
        assertNotEquals(0xFF204060, second[20 * 40 + 20], "a trail crosses x = 0");
        for (int argb : second) assertEquals(0xFF, argb >>> 24, "opaque");
    }

    /** An export at 2× draws the raster at twice the resolution instead of enlarging a 1× one. */
    @Test
    void aParticleAtTwiceThePixelScaleCoversFourTimesThePixels() {
        int one = coveredPixels(1), two = coveredPixels(2);
        assertEquals(4.0, (double) two / one, 0.6, "pixels covered at 1x: " + one + ", at 2x: " + two);
    }

    private static int coveredPixels(int scale) {
        PlotFrame plot = PLOT.scaled(scale);
        int size = 40 * scale;
        int[] heat = new int[size * size];
        Arrays.fill(heat, 0xFF204060);
        int[] out = new ParticleLayer(3.5, Color.WHITE, Color.BLACK, scale).draw(0, new float[] {0.1f, 0.2f}, 1, plot, false, null, null, heat);
        assertEquals(size * size, out.length);
        int n = 0;
        for (int argb : out) if (argb != 0xFF204060) n++;
        return n;
    }
}
