package org.memscape.app.landscape;

import org.memscape.scene.Domain;

/**
 * An immutable copy of what the user chose to see in a {@link LandscapeView}: the view (zoom and pan), the colour map,
 * the force field (arrows, streamlines or none), contour lines, a locked colour range (null: each
 * frame's own) and the colorbar. An export copies the window's settings, so the file shows what
 * the user sees.
 */
public record ViewSettings(Domain view, Colormap colormap, ForceView force, boolean contours, EnergyRange lockedRange, boolean colorbar) {

    /** A fresh window's look at a scene's whole domain (what {@code render} paints). */
    public static ViewSettings initial(Domain domain) {
        return new ViewSettings(domain, Colormap.viridis(), ForceView.ARROWS, false, null, true);
    }

    public ViewSettings withColorbar(boolean show) {
        return new ViewSettings(view, colormap, force, contours, lockedRange, show);
    }
}
