package org.memscape.app.structure;

import org.memscape.app.landscape.PlotFrame;
import org.memscape.compute.Grid;

/**
 * Colours a region map into the heatmap's pixels: one hue per memory (the Okabe–Ito colours, for
 * colour-blind viewers and a washed-out projector), grey stripes for spurious minima, and a dark
 * line wherever two neighbouring pixels lie in different regions. Basins are mixed with the
 * heatmap under them, so the valleys still show; responsibilities are the hue at a lightness
 * that grows with the dominant weight (dark where the network is torn).
 */
final class RegionColours {

    /** Memory hues; the k-th memory has {@code MEMORY[k % 7]}. */
    static final int[] MEMORY = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7};
    static final int SPURIOUS = 0xB8BCC4;
    static final int SPURIOUS_STRIPE = 0x6E727A;
    static final int BOUNDARY = 0x101216;
    /** The share of the region's hue in a basin's pixel; the rest is the heatmap's. */
    static final double BASIN_MIX = 0.6;

    private RegionColours() {}

    /** The RGB hue of a memory's region. */
    static int memory(int k) {
        return MEMORY[Math.floorMod(k, MEMORY.length)];
    }

    /** Recolours the pixels in place. */
    static void paint(RegionMap map, int[] pixels, PlotFrame raster, int width, int height) {
        Grid g = map.grid();
        int n = g.size();
        int[] column = new int[width];
        for (int c = 0; c < width; c++) column[c] = cell(raster.x(raster.left() + c + 0.5), g.xmin(), g.xmax(), n);
        int[] previousRow = null;
        int[] row = new int[width];
        int memories = 0;
        for (int l : map.label()) memories = Math.max(memories, l + 1);
        for (int r = 0; r < height; r++) {
            int j = cell(raster.y(raster.top() + r + 0.5), g.ymin(), g.ymax(), n);
            for (int c = 0; c < width; c++) row[c] = j < 0 || column[c] < 0 ? Integer.MIN_VALUE : j * n + column[c];
            for (int c = 0; c < width; c++) {
                int k = row[c];
                if (k == Integer.MIN_VALUE) continue;
                int label = map.label()[k];
                int at = r * width + c;
                boolean edge = (c + 1 < width && row[c + 1] != Integer.MIN_VALUE && map.label()[row[c + 1]] != label)
                        || (previousRow != null && previousRow[c] != Integer.MIN_VALUE && map.label()[previousRow[c]] != label);
                if (edge) {
                    pixels[at] = 0xFF000000 | BOUNDARY;
                    continue;
                }
                pixels[at] = 0xFF000000 | colour(map, label, map.strength()[k], pixels[at], c, r, memories);
            }
            int[] swap = previousRow == null ? new int[width] : previousRow;
            previousRow = row;
            row = swap;
        }
    }

    /** The RGB of one pixel of a region over the heatmap's pixel {@code heat}. */
    static int colour(RegionMap map, int label, float strength, int heat, int c, int r, int memories) {
        if (label == RegionMap.NONE) return heat & 0xFFFFFF;
        if (map.kind() == RegionMap.Kind.RESPONSIBILITIES) {
            // from 1/N (torn between all) to 1 (sure): dark to the full hue
            double floor = memories > 1 ? 1.0 / memories : 0;
            double sure = Math.max(0, Math.min(1, (strength - floor) / (1 - floor)));
            return scale(memory(label), 0.12 + 0.88 * sure);
        }
        int hue = label >= 0 ? memory(label) : ((c + r) / 4) % 2 == 0 ? SPURIOUS : SPURIOUS_STRIPE;
        if (map.kind() == RegionMap.Kind.SAMPLER_BASINS && label >= 0) hue = scale(hue, 0.55 + 0.45 * strength);
        return mix(hue, heat, BASIN_MIX);
    }

    /** The grid cell of a coordinate, or −1 outside the grid. */
    private static int cell(double v, double min, double max, int n) {
        double u = (v - min) / (max - min) * n;
        return u < 0 || u >= n ? -1 : (int) u;
    }

    static int mix(int a, int b, double share) {
        int r = (int) Math.round(share * (a >> 16 & 255) + (1 - share) * (b >> 16 & 255));
        int g = (int) Math.round(share * (a >> 8 & 255) + (1 - share) * (b >> 8 & 255));
        int bl = (int) Math.round(share * (a & 255) + (1 - share) * (b & 255));
        return r << 16 | g << 8 | bl;
    }

    static int scale(int rgb, double f) {
        return mix(rgb, 0, f);
    }
}
