package org.memscape.app.landscape;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * How the landscape's surroundings are drawn: on a laptop screen, or through a projector in a
 * lit room (presentation mode). A projector loses contrast: ambient light lifts its black, thin
 * grey lines vanish and small text blurs, so its look uses pure white on pure black, lines twice
 * as thick, larger labels, and memories and particles large enough to see from the back row.
 *
 * @param forceWidth   the width of force arrows in layout pixels (streamlines are drawn half as wide)
 * @param forceOpacity the opacity of the weakest arrow (the strongest is half an opacity more)
 */
public record CanvasLook(Color background, Color text, Color frame, double frameWidth, Font tickFont, Font axisNameFont,
                  double markScale, double forceWidth, double forceOpacity) {

    public static final CanvasLook SCREEN = new CanvasLook(Style.BACKGROUND, Style.TEXT, Style.FRAME, 1,
            Style.TICK_FONT, Style.AXIS_NAME_FONT, 1, 2, 0.2);

    /** Arrows 3.5 px wide and at least half opaque: thin, faint ones vanished on a projector. */
    public static final CanvasLook PROJECTOR = new CanvasLook(Style.PROJECTOR_BACKGROUND, Style.PROJECTOR_TEXT, Style.PROJECTOR_FRAME, 2,
            Fonts.bold(24), Fonts.bold(26), 1.7, 3.5, 0.45);
}
