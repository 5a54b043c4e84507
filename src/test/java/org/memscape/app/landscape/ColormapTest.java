package org.memscape.app.landscape;

import org.memscape.app.landscape.Colormap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values: matplotlib's published viridis table (_cm_listed.py) and its hex form #440154 … #fde725. */
class ColormapTest {

    private static final double TOL = 1e-6;
    private final Colormap viridis = Colormap.viridis();

    @Test
    void load_readsAll256Entries() {
        assertEquals(256, viridis.size());
        for (String name : new String[] {"magma", "inferno", "cividis"}) {
            assertEquals(256, Colormap.load(name).size(), name);
        }
    }

    @Test
    void rgb_endpointsAreViridisEnds() {
        assertArrayEquals(new double[] {0.267004, 0.004874, 0.329415}, viridis.rgb(0), TOL);
        assertArrayEquals(new double[] {0.993248, 0.906157, 0.143936}, viridis.rgb(1), TOL);
        assertArrayEquals(new double[] {0.267, 0.005, 0.329}, viridis.rgb(0), 1e-3);
        assertArrayEquals(new double[] {0.993, 0.906, 0.144}, viridis.rgb(1), 1e-3);
    }

    @Test
    void rgb_interpolatesBetweenEntries() {
        // t = 0.5 falls halfway between entries 127 and 128
        assertArrayEquals(new double[] {(0.128729 + 0.127568) / 2, (0.563265 + 0.566949) / 2, (0.551229 + 0.550556) / 2},
                viridis.rgb(0.5), TOL);
    }

    @Test
    void rgb_clampsOutsideTheUnitInterval() {
        assertArrayEquals(viridis.rgb(0), viridis.rgb(-3), 0);
        assertArrayEquals(viridis.rgb(1), viridis.rgb(7), 0);
        assertArrayEquals(viridis.rgb(0), viridis.rgb(Double.NaN), 0);
    }

    @Test
    void argb_isOpaqueAndMatchesTheHexForm() {
        assertEquals(0xFF440154, viridis.argb(0));
        assertEquals(0xFFFDE725, viridis.argb(1));
    }

    @Test
    void load_unknownNameFails() {
        assertThrows(IllegalArgumentException.class, () -> Colormap.load("no-such-map"));
    }

    /** Moreland's coolwarm: published ends (59, 76, 192) and (180, 4, 38), a neutral grey of ~0.865 between. */
    @Test
    void coolwarm_isMorelandsDivergingMap() {
        Colormap map = Colormap.load("coolwarm");
        assertArrayEquals(new double[] {59 / 255.0, 76 / 255.0, 192 / 255.0}, map.rgb(0), 1e-3);
        assertArrayEquals(new double[] {180 / 255.0, 4 / 255.0, 38 / 255.0}, map.rgb(1), 1e-3);
        double[] middle = map.rgb(0.5);
        for (double c : middle) assertEquals(0.865, c, 0.01);
    }

    /** L* of white is 100, of black 0; viridis's dark purple end is about 15 (matplotlib's own figures). */
    @Test
    void lightness_isCieLStar() {
        assertEquals(100, Colormap.lightness(new double[] {1, 1, 1}), 1e-6);
        assertEquals(0, Colormap.lightness(new double[] {0, 0, 0}), 1e-6);
        assertEquals(14.9, Colormap.lightness(viridis.rgb(0)), 0.2);
    }

    @Test
    void forProjector_dropsOnlyTheEndTooDarkForALitRoom() {
        Colormap lifted = viridis.forProjector();
        double start = Colormap.lightness(lifted.rgb(0));
        assertTrue(start >= Colormap.PROJECTOR_MIN_LIGHTNESS && start < Colormap.PROJECTOR_MIN_LIGHTNESS + 1, "starts at L* " + start);
        assertArrayEquals(viridis.rgb(1), lifted.rgb(1), 1e-9);
        assertArrayEquals(viridis.rgb(0.59), lifted.rgb(0.5), 0.01);   // 0.18 + 0.82·0.5: the rest, stretched evenly
        Colormap coolwarm = Colormap.load("coolwarm");
        assertSame(coolwarm, coolwarm.forProjector(), "never that dark: whole");
    }
}
