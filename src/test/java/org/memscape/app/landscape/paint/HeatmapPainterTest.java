package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.EnergyRange;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.HeatmapPainter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Grid;
import org.memscape.scene.Domain;

/** The heatmap painted at the plot's pixel size: bilinear in the energy, background outside the grid. */
class HeatmapPainterTest {

    private static final int BACKGROUND = 0xFF123456;
    private static final Colormap MAP = Colormap.viridis();

    /** A grid over [−1, 1]² whose energy is {@code a·x + b·y} at each cell centre. */
    private static FieldBuffer plane(int n, double a, double b) {
        Grid grid = new Grid(-1, 1, -1, 1, n);
        FieldBuffer field = FieldBuffer.energyOnly(grid);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) field.energy()[j * n + i] = (float) (a * grid.x(i) + b * grid.y(j));
        }
        return field;
    }

    /** True if the colour is that of a level (of 1024) within one rounding of {@code level}. */
    private static boolean colourOfLevel(int argb, double level) {
        for (long k = Math.round(level - 0.5 - 1e-3); k <= Math.round(level + 0.5 + 1e-3); k++) {
            if (MAP.argb(k / 1023.0) == argb) return true;
        }
        return false;
    }

    @Test
    void aPlaneComesOutAsThePlaneAtEveryPixelCentre() {
        // 100 × 100 pixels over [−1, 1]²; grid of 16 cells: the bilinear interpolation of a plane is the plane
        PlotFrame plot = new PlotFrame(new Domain(-1, 1, -1, 1), 10, 20, 50);
        int[] pixels = new HeatmapPainter(MAP, BACKGROUND).paint(plane(16, 0.7, -0.3), new EnergyRange(-1, 1), plot, 100, 100);
        int inside = 0;
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < 100; c++) {
                double x = plot.x(plot.left() + c + 0.5), y = plot.y(plot.top() + r + 0.5);
                // outside the outermost cell centres the edge value is held
                double cx = Math.max(-1 + 1 / 16.0, Math.min(1 - 1 / 16.0, x)), cy = Math.max(-1 + 1 / 16.0, Math.min(1 - 1 / 16.0, y));
                double expected = (0.7 * cx - 0.3 * cy + 1) / 2 * 1023;
                assertTrue(colourOfLevel(pixels[r * 100 + c], expected), "pixel " + c + "," + r + ": expected level " + expected);
                inside++;
            }
        }
        assertEquals(10_000, inside);
    }

    @Test
    void pixelsOutsideTheGridAreBackground() {
        // the view was panned right by half its width since the frame's grid was computed
        PlotFrame plot = new PlotFrame(new Domain(0, 2, -1, 1), 0, 0, 20);
        int[] pixels = new HeatmapPainter(MAP, BACKGROUND).paint(plane(8, 1, 0), new EnergyRange(-1, 1), plot, 40, 40);
        for (int r = 0; r < 40; r++) {
            assertTrue(pixels[r * 40 + 5] != BACKGROUND, "x = 0.275 is inside the grid");
            assertEquals(BACKGROUND, pixels[r * 40 + 35], "x = 1.775 is outside the grid");
        }
    }

    @Test
    void undefinedCellsKeepTheirOwnColour() {
        FieldBuffer field = plane(4, 1, 0);
        for (int j = 0; j < 4; j++) field.energy()[j * 4] = Float.NaN;   // the left column is undefined
        PlotFrame plot = new PlotFrame(new Domain(-1, 1, -1, 1), 0, 0, 20);
        int[] pixels = new HeatmapPainter(MAP, BACKGROUND).paint(field, new EnergyRange(-1, 1), plot, 40, 40);
        assertEquals(HeatmapPainter.UNDEFINED_ARGB, pixels[20 * 40 + 2]);
        assertTrue(colourOfLevel(pixels[20 * 40 + 37], (0.75 + 1) / 2 * 1023), "a defined cell keeps its colour (x = 0.875, held at the last centre 0.75)");
    }
}
