package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.ParticleLayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Streamlines;
import org.memscape.compute.StreamlinesFixture;
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
        float[] at = {-0.5f, 0f};
        int[] first = layer.draw(0, at, 1, PLOT, false, null, null, heat()).clone();
        layer.stampParticles(first, at, 1, PLOT);
        assertEquals(0xFFFFFFFF, first[20 * 40 + 10], "the disc's white centre at (−0.5, 0)");
        float[] then = {0.5f, 0f};
        int[] second = layer.draw(1, then, 1, PLOT, false, null, null, heat());
        layer.stampParticles(second, then, 1, PLOT);
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
        ParticleLayer layer = new ParticleLayer(3.5, Color.WHITE, Color.BLACK, scale);
        float[] at = {0.1f, 0.2f};
        int[] out = layer.draw(0, at, 1, plot, false, null, null, heat);
        layer.stampParticles(out, at, 1, plot);
        assertEquals(size * size, out.length);
        int n = 0;
        for (int argb : out) if (argb != 0xFF204060) n++;
        return n;
    }

    /**
     * At 2× the raster is twice as fine both ways: a streamline, twice as long and (to look as on
     * screen) twice as wide in raster pixels, with an arrowhead twice as large, has four times the
     * ink. A width left in raster pixels would give about two.
     */
    @Test
    void aStreamlineAtTwiceThePixelScaleHasFourTimesTheInk() {
        Streamlines line = StreamlinesFixture.line(1f, -0.8, -0.3, -0.2, -0.1, 0.4, 0.2, 0.8, 0.3);
        long one = streamlineInk(line, 1), two = streamlineInk(line, 2);
        assertEquals(4.0, (double) two / one, 0.5, "ink at 1x: " + one + ", at 2x: " + two);
    }

    /** The mask's opacity summed over the raster: over black the arrow layer's red is its opacity × 235/255. */
    private static long streamlineInk(Streamlines lines, int scale) {
        PlotFrame plot = PLOT.scaled(scale);
        int size = 40 * scale;
        int[] black = new int[size * size];
        Arrays.fill(black, 0xFF000000);
        int[] out = new ParticleLayer(3.5, Color.WHITE, Color.BLACK, scale).draw(0, new float[0], 0, plot, false, null, lines, black);
        long ink = 0;
        for (int argb : out) ink += argb >> 16 & 255;
        return ink;
    }

    /** Presenting, the force is drawn bolder (thin, faint lines vanished on a projector): wider and more opaque. */
    @Test
    void theProjectorsLookDrawsTheForceBolder() {
        Streamlines line = StreamlinesFixture.line(0.2f, -0.8, -0.3, -0.2, -0.1, 0.4, 0.2, 0.8, 0.3);
        long[] ink = new long[2];
        CanvasLook[] looks = {CanvasLook.SCREEN, CanvasLook.PROJECTOR};
        for (int k = 0; k < 2; k++) {
            int[] black = new int[40 * 40];
            Arrays.fill(black, 0xFF000000);
            int[] out = new ParticleLayer(3.5, Color.WHITE, Color.BLACK, 1, looks[k]).draw(0, new float[0], 0, PLOT, false, null, line, black);
            for (int argb : out) ink[k] += argb >> 16 & 255;
        }
        assertTrue(ink[1] > 1.8 * ink[0], "ink on screen " + ink[0] + ", on a projector " + ink[1]);
    }

    /**
     * Light streamlines on a light colour band (coolwarm's middle) keep a dark rim, so they stay
     * visible: without it nothing in the picture would be darker than the band.
     */
    @Test
    void aStreamlineOnALightBandHasADarkHalo() {
        Streamlines line = StreamlinesFixture.line(1f, -0.8, -0.3, -0.2, -0.1, 0.4, 0.2, 0.8, 0.3);
        int[] light = new int[40 * 40];
        Arrays.fill(light, 0xFFDDDDDD);
        int[] out = new ParticleLayer(3.5, Color.WHITE, Color.BLACK).draw(0, new float[0], 0, PLOT, false, null, line, light);
        int darkest = 255;
        for (int argb : out) darkest = Math.min(darkest, argb >> 8 & 255);
        assertTrue(darkest < 0xDD - 40, "the darkest pixel beside the line: " + darkest);
        assertEquals(0xFFDDDDDD, out[39 * 40 + 39], "far from the line, the band as it is");
    }

    /** A trail drawn one raster pixel wide would be half as thick at 2× as on screen: it is drawn pixelScale wide. */
    @Test
    void aTrailAtTwiceThePixelScaleCoversFourTimesThePixels() {
        int one = trailPixels(1), two = trailPixels(2);
        assertEquals(4.0, (double) two / one, 0.5, "trail pixels at 1x: " + one + ", at 2x: " + two);
    }

    /** Pixels changed by a step from (−0.5, 0.1) to (0.5, 0.1), counted clear of the discs: layout columns 15 to 25. */
    private static int trailPixels(int scale) {
        PlotFrame plot = PLOT.scaled(scale);
        int size = 40 * scale;
        int[] heat = new int[size * size];
        Arrays.fill(heat, 0xFF204060);
        ParticleLayer layer = new ParticleLayer(3.5, Color.WHITE, Color.BLACK, scale);
        layer.draw(0, new float[] {-0.5f, 0.1f}, 1, plot, false, null, null, heat);
        int[] out = layer.draw(1, new float[] {0.5f, 0.1f}, 1, plot, false, null, null, heat);
        int n = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 15 * scale; x < 25 * scale; x++) if (out[y * size + x] != 0xFF204060) n++;
        }
        return n;
    }

    /** A step is a teleport (no trail) only if long in layout pixels: at 3× a 42-pixel step still leaves its trail. */
    @Test
    void aLongStepAtThreeTimesThePixelScaleStillLeavesATrail() {
        PlotFrame plot = new PlotFrame(new Domain(-1, 1, -1, 1), 0, 0, 30).scaled(3);   // 60 layout pixels, 180 raster
        int size = 180;
        int[] heat = new int[size * size];
        Arrays.fill(heat, 0xFF204060);
        ParticleLayer layer = new ParticleLayer(3.5, Color.WHITE, Color.BLACK, 3);
        layer.draw(0, new float[] {-0.7f, 0f}, 1, plot, false, null, null, heat);
        int[] out = layer.draw(1, new float[] {0.7f, 0f}, 1, plot, false, null, null, heat);   // 42 layout pixels
        boolean trail = false;
        for (int y = 0; y < size; y++) trail |= out[y * size + 90] != 0xFF204060;
        assertTrue(trail, "the trail crosses x = 0");
    }
}
