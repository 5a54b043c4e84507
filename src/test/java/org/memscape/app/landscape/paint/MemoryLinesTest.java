package org.memscape.app.landscape.paint;

import org.memscape.app.ui.Style;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.MemoryLines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.scene.Domain;
import org.memscape.scene.MemorySpec;

/** Segments and rings drawn into the plot raster: a dark core with a light, see-through edge. */
class MemoryLinesTest {

    /** 100 × 100 pixels for [−1, 1]²: 50 pixels a unit. */
    private static final PlotFrame PLOT = new PlotFrame(new Domain(-1, 1, -1, 1), 0, 0, 50);
    private static final int GREY = 0xFF808080;

    private static int rgb(javafx.scene.paint.Color c) {
        return (int) Math.round(255 * c.getRed()) << 16 | (int) Math.round(255 * c.getGreen()) << 8 | (int) Math.round(255 * c.getBlue());
    }

    private static int[] drawn(MemorySpec... memories) {
        int[] raster = new int[100 * 100];
        Arrays.fill(raster, GREY);
        MemoryLines.of(List.of(memories), PLOT, 100, 100, 1).stamp(raster);
        return raster;
    }

    @Test
    void aSegmentHasADarkCoreAndAnEdgeThatLetsWhatIsUnderShow() {
        // a horizontal segment along y = 0.5: pixel row 25 (centre 25.5 is 0.01 below the line)
        int[] raster = drawn(new MemorySpec.Segment(new MemorySpec.Point(-0.6, 0.5), new MemorySpec.Point(0.6, 0.5)));
        int core = raster[25 * 100 + 50];
        assertEquals(0xFF000000 | rgb(Style.MEMORY_FILL), core, "the core is the memory colour, opaque");
        // the line's centre is at y = 25.0 px; the core reaches 1.5 px, the edge 1.5 px more: row 22 (centre 22.5) is all edge
        int edge = raster[22 * 100 + 50] & 255;
        int expected = (int) Math.round(MemoryLines.EDGE_OPACITY * 255 + (1 - MemoryLines.EDGE_OPACITY) * 128);
        assertEquals(expected, edge, 2, "white at " + MemoryLines.EDGE_OPACITY + " over the grey: the grey shows through");
        assertEquals(GREY, raster[15 * 100 + 50], "nothing 10 px away");
        assertEquals(GREY, raster[25 * 100 + 5], "nothing beyond the segment's end");
    }

    @Test
    void aRingIsDrawnAlongItsCircleOnlyAndItsHandlesOnTop() {
        int[] raster = drawn(new MemorySpec.Circle(new MemorySpec.Point(0, 0), 0.6));
        int ring = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                if (raster[y * 100 + x] == GREY) continue;
                double r = Math.hypot(x + 0.5 - 50, y + 0.5 - 50);
                boolean onRing = Math.abs(r - 30) <= MemoryLines.CORE_WIDTH / 2 + MemoryLines.EDGE + 1;
                boolean onHandle = Math.max(Math.abs(x + 0.5 - 50), Math.abs(y + 0.5 - 50)) <= MemoryLines.HANDLE + 1
                        || Math.max(Math.abs(x + 0.5 - 80), Math.abs(y + 0.5 - 50)) <= MemoryLines.HANDLE + 1;
                assertTrue(onRing || onHandle, "ink at " + x + ", " + y);
                if (!onHandle) ring++;
            }
        }
        // the ring's band is about 2π·30 px long and 6 px wide, plus a pixel of antialiasing; less the radius handle's 12 px
        double band = MemoryLines.CORE_WIDTH + 2 * MemoryLines.EDGE + 1;
        assertEquals(2 * Math.PI * 30 * band - 12 * band, ring, 0.05 * ring);
        assertEquals(rgb(Style.MEMORY_FILL), raster[50 * 100 + 50] & 0xFFFFFF, "the centre handle's dark middle");
    }

    @Test
    void onlyPointMemoriesDrawNothing() {
        MemoryLines lines = MemoryLines.of(List.of(new MemorySpec.Point(0, 0)), PLOT, 100, 100, 1);
        assertTrue(lines.empty());
    }
}
