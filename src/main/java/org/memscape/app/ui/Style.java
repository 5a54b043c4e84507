package org.memscape.app.ui;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** Colours and fonts of the window, chosen to read from the back of a lecture room. */
public final class Style {

    public static final Color BACKGROUND = Color.web("#1c1e24");
    public static final Color TEXT = Color.web("#f2f2f2");
    public static final Color MUTED_TEXT = Color.web("#c9ced8");
    public static final Color ERROR_TEXT = Color.web("#ffb4a8");
    public static final Color FRAME = Color.web("#9aa0ab");
    public static final Color MEMORY_FILL = Color.web("#111318");
    public static final Color MEMORY_OUTLINE = Color.WHITE;
    public static final Color SELECTION = Color.web("#ff6e4a");

    public static final Font TICK_FONT = Font.font(17);
    public static final Font AXIS_NAME_FONT = Font.font(null, FontWeight.BOLD, 18);
    public static final Font MESSAGE_FONT = Font.font(22);

    private Style() {}
}
