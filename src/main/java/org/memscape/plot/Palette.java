package org.memscape.plot;

import java.awt.Color;

/**
 * The colours of Memscape, for what is painted by hand: the landscape's canvas (app.ui.Style
 * makes JavaFX colours of these) and the charts of the window and of the commands (ChartLook).
 * The stylesheet assets/memscape.css names the same colours (-ms-background for BACKGROUND, and
 * so on) for everything styled by CSS; PaletteTest reads it and holds the two equal. Colours with
 * an alpha are written #rrggbbaa. PROJECTOR_* are the projector variant (presentation mode: the
 * stylesheet's ".presenting" block): a projector in a lit room lifts black and washes out thin
 * greys, so it gets pure black and white.
 */
public final class Palette {

    /** Behind everything: the window, the panels, the charts. */
    public static final String BACKGROUND = "#1e1f24";
    /** The plot area of a chart, a shade above the background. */
    public static final String SURFACE = "#24262c";
    /** Inside text fields, lists and tables. */
    public static final String FIELD = "#2a2c34";
    public static final String FIELD_ALT = "#30323b";
    /** Buttons and other controls (modena's -fx-base). */
    public static final String CONTROL = "#383b45";
    public static final String TAB = "#2a2d35";
    public static final String TAB_SELECTED = "#3d4452";
    /** The line between the panel's sections. */
    public static final String RULE = "#3a3d47";
    public static final String TRACK = "#5a5f6c";
    public static final String BOX_BORDER = "#555a66";
    public static final String TEXT_BOX_BORDER = "#666b78";
    /** Dark text on light controls (modena's -fx-dark-text-color). */
    public static final String DARK_TEXT = "#111111";

    /** Text of the panels and charts. */
    public static final String TEXT = "#e6e6e6";
    /** Text of the window's own lines (title, status, transport bar) and of the landscape's axes. */
    public static final String TEXT_BRIGHT = "#f2f2f2";
    /** Numbers a user set, in the panel; text on the accent colour. */
    public static final String VALUE = "#ffffff";
    /** Second-rank text of the window: the description, the status line. */
    public static final String TEXT_QUIET = "#c9ced8";
    /** Hints in the panels, tick labels of sliders, notes in empty charts. */
    public static final String TEXT_MUTED = "#b4b9c4";
    public static final String HEADING = "#8fc8ff";
    public static final String FOCUS_FAINT = "#8fc8ff33";
    /** The chosen option, the default button, a range. */
    public static final String ACCENT = "#3f7fcf";
    public static final String WARNING = "#ffc857";
    /** A typed value that was refused. */
    public static final String REFUSAL = "#ff9f80";
    /** An error message (the header's, the experiments'). */
    public static final String ERROR = "#ffb4a8";

    /** The landscape's frame and ticks. */
    public static final String FRAME = "#9aa0ab";
    /** A chart's axis lines and tick marks. */
    public static final String AXIS = "#8a8f99";
    public static final String GRID = "#ffffff22";
    /** The chart's marker of the current τ. */
    public static final String MARKER = "#e6e6e6c8";
    /** One particle's energy: faint, so eight of them stay behind the mean; a little stronger in the legend. */
    public static final String TRACE = "#b4b9c45f";
    public static final String TRACE_LEGEND = "#b4b9c4aa";
    public static final String SELECTION = "#ff6e4a";
    public static final String MEMORY_FILL = "#111318";
    public static final String MEMORY_OUTLINE = "#ffffff";
    /** The dark rim of a slider's thumb. */
    public static final String THUMB_RIM = "#0b0c0f";

    // Okabe–Ito, brightest first: distinct for colour-blind viewers and on a washed-out projector.
    public static final String ORANGE = "#e69f00";
    public static final String SKY_BLUE = "#56b4e9";
    public static final String GREEN = "#009e73";
    public static final String YELLOW = "#f0e442";
    public static final String PINK = "#cc79a7";
    public static final String VERMILION = "#d55e00";
    public static final String BLUE = "#0072b2";

    public static final String PROJECTOR_BACKGROUND = "#000000";
    public static final String PROJECTOR_TEXT = "#ffffff";
    public static final String PROJECTOR_TEXT_BRIGHT = "#ffffff";
    public static final String PROJECTOR_FRAME = "#ffffff";

    private Palette() {}

    /** A colour of this palette (#rrggbb or #rrggbbaa) for Java2D. */
    public static Color awt(String hex) {
        long v = Long.parseLong(hex.substring(1), 16);
        return hex.length() == 9
                ? new Color((int) (v >> 24) & 0xff, (int) (v >> 16) & 0xff, (int) (v >> 8) & 0xff, (int) v & 0xff)
                : new Color((int) (v >> 16) & 0xff, (int) (v >> 8) & 0xff, (int) v & 0xff);
    }
}
