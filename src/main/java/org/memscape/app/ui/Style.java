package org.memscape.app.ui;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.memscape.plot.Palette;

/**
 * The palette (plot.Palette, the same colours as the stylesheet's) as JavaFX colours, for what
 * the window paints or colours in code, the stylesheet itself, and the landscape's fonts.
 */
public final class Style {

    /** The one stylesheet of the windows (assets/memscape.css): its named colours are the palette's. */
    public static final String SHEET = Style.class.getResource("/assets/memscape.css").toExternalForm();

    public static final Color BACKGROUND = Color.web(Palette.BACKGROUND);
    public static final Color TEXT = Color.web(Palette.TEXT_BRIGHT);
    public static final Color MUTED_TEXT = Color.web(Palette.TEXT_QUIET);
    public static final Color HEADING = Color.web(Palette.HEADING);
    public static final Color ERROR_TEXT = Color.web(Palette.ERROR);
    public static final Color FRAME = Color.web(Palette.FRAME);
    public static final Color MEMORY_FILL = Color.web(Palette.MEMORY_FILL);
    public static final Color MEMORY_OUTLINE = Color.web(Palette.MEMORY_OUTLINE);
    public static final Color SELECTION = Color.web(Palette.SELECTION);

    public static final Color PROJECTOR_BACKGROUND = Color.web(Palette.PROJECTOR_BACKGROUND);
    public static final Color PROJECTOR_TEXT = Color.web(Palette.PROJECTOR_TEXT_BRIGHT);
    public static final Color PROJECTOR_FRAME = Color.web(Palette.PROJECTOR_FRAME);

    public static final Font TICK_FONT = Fonts.regular(17);
    public static final Font AXIS_NAME_FONT = Fonts.bold(18);
    public static final Font MESSAGE_FONT = Fonts.regular(22);

    private Style() {}
}
