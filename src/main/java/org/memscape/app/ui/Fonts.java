package org.memscape.app.ui;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The window's fonts, from one place: the system font (the one JavaFX's controls use) at a size,
 * regular or bold. Sizes are in pixels and chosen to read from the back of a lecture room;
 * presentation mode enlarges them from there. The charts' fonts are plot.ChartLook's.
 */
public final class Fonts {

    /** The family of every text: null is JavaFX's "System" font. */
    private static final String FAMILY = null;

    private Fonts() {}

    public static Font regular(double size) {
        return Font.font(FAMILY, FontWeight.NORMAL, size);
    }

    public static Font bold(double size) {
        return Font.font(FAMILY, FontWeight.BOLD, size);
    }

    public static Font of(FontWeight weight, double size) {
        return Font.font(FAMILY, weight, size);
    }
}
