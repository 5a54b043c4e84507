package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The keys and mouse gestures, over the landscape; ? or Esc closes it. */
final class HelpOverlay extends StackPane {

    static final String[][] KEYS = {
        {"Space", "play / pause"},
        {"\u2192  /  \u2190", "one step forward / back"},
        {"R", "back to step 0"},
        {"Ctrl+Z  /  Ctrl+Shift+Z", "undo / redo"},
        {"Ctrl+O  /  Ctrl+S", "open / save a scene"},
        {"click", "add a memory (Draw: point)"},
        {"drag", "draw a segment or circle (its Draw tool)"},
        {"clicks, then Enter", "draw a polyline (Esc drops it)"},
        {"Shift+drag", "brush in particles"},
        {"drag a memory", "move it (its squares reshape it)"},
        {"drag on empty ground", "select memories in a box"},
        {"right-click  /  Delete", "remove a memory"},
        {"click a particle", "see which memory pulls it"},
        {"wheel  /  Ctrl+drag", "zoom  /  pan (or the middle button)"},
        {"0", "reset the view"},
        {"F11  /  Esc", "presentation mode  /  leave it"},
        {"PageDown  /  PageUp", "next / previous slide of a lesson"},
        {"?  /  Esc", "show / hide this help"},
    };

    HelpOverlay() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(20, 28, 20, 28));
        grid.setBackground(new Background(new BackgroundFill(Color.web("#101216", 0.94), new CornerRadii(10), Insets.EMPTY)));
        Label heading = new Label("Keys and mouse");
        heading.setFont(Fonts.bold(24));
        heading.setTextFill(Style.TEXT);
        grid.add(heading, 0, 0, 2, 1);
        for (int r = 0; r < KEYS.length; r++) {
            Label key = new Label(KEYS[r][0]);
            key.setFont(Fonts.bold(17));
            key.setTextFill(Style.TEXT);
            key.setMinWidth(USE_PREF_SIZE);   // never cut short
            Label what = new Label(KEYS[r][1]);
            what.setFont(Fonts.regular(17));
            what.setTextFill(Style.MUTED_TEXT);
            what.setMinWidth(USE_PREF_SIZE);
            grid.add(key, 0, r + 1);
            grid.add(what, 1, r + 1);
        }
        grid.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(grid);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setPickOnBounds(false);
    }

    void toggle() { setVisible(!isVisible()); }
}
