package org.memscape.app;

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
        {"click", "add a memory (Draw: point)"},
        {"drag", "draw a segment or a circle (Draw: segment, circle)"},
        {"clicks, then Enter", "draw a polyline (Draw: polyline; Esc drops it)"},
        {"Shift+drag", "brush in particles"},
        {"drag a memory", "move it (its squares reshape it)"},
        {"right-click  /  Delete", "remove a memory"},
        {"click a particle", "see which memory pulls it"},
        {"wheel  /  Ctrl+drag", "zoom  /  pan"},
        {"0", "reset the view"},
        {"F11  /  Esc", "presentation mode  /  leave it"},
        {"PageDown  /  PageUp", "next / previous slide of a lesson"},
        {"?  /  Esc", "show / hide this help"},
    };

    HelpOverlay() {
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(10);
        grid.setPadding(new Insets(28, 36, 28, 36));
        grid.setBackground(new Background(new BackgroundFill(Color.web("#101216", 0.94), new CornerRadii(10), Insets.EMPTY)));
        Label heading = new Label("Keys and mouse");
        heading.setFont(Font.font(null, FontWeight.BOLD, 24));
        heading.setTextFill(Style.TEXT);
        grid.add(heading, 0, 0, 2, 1);
        for (int r = 0; r < KEYS.length; r++) {
            Label key = new Label(KEYS[r][0]);
            key.setFont(Font.font(null, FontWeight.BOLD, 19));
            key.setTextFill(Style.TEXT);
            Label what = new Label(KEYS[r][1]);
            what.setFont(Font.font(19));
            what.setTextFill(Style.MUTED_TEXT);
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
