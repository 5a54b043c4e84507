package org.memscape.app;

import org.memscape.scene.Domain;

/**
 * How a {@link LandscapeCanvas} shows its scene: the view (zoom and pan), the colour map, arrows,
 * contour lines, a locked colour range (null: each frame's own) and the colorbar. An export copies
 * the window's look, so the file shows what the user sees.
 */
record CanvasLook(Domain view, Colormap colormap, boolean arrows, boolean contours, EnergyRange lockedRange, boolean colorbar) {

    /** A fresh window's look at a scene's whole domain (what {@code render} paints). */
    static CanvasLook initial(Domain domain) {
        return new CanvasLook(domain, Colormap.viridis(), true, false, null, true);
    }

    CanvasLook withColorbar(boolean show) {
        return new CanvasLook(view, colormap, arrows, contours, lockedRange, show);
    }
}
