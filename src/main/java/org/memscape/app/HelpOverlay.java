package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The keys and mouse gestures, over the window; ? or Esc closes it. The keys are the table of
 * {@link Shortcuts} (the menus' accelerators), so the help says what the keys do. Keys and mouse
 * stand side by side where the window is wide enough, else one above the other, and the help
 * scrolls where even that does not fit: at 1024 × 768 every line can be read.
 */
final class HelpOverlay extends StackPane {

    /** What the mouse does (the keys come from {@link Shortcuts.Command}). */
    static final String[][] MOUSE = {
        {"click", "add a memory (Draw: point)"},
        {"drag", "draw a segment or circle"},
        {"clicks, then Enter", "draw a polyline (Esc drops it)"},
        {"Shift+drag", "brush in particles"},
        {"drag a memory", "move it (its squares reshape it)"},
        {"drag on empty ground", "select memories in a box"},
        {"right-click", "remove a memory"},
        {"click a particle", "see which memory pulls it"},
        {"wheel", "zoom"},
        {"Ctrl+drag, middle button", "pan"},
    };

    private final GridPane keys = grid("Keys");
    private final GridPane mouse = grid("Mouse");
    private final HBox beside = new HBox(36);
    private final VBox above = new VBox(18);
    private final ScrollPane scroll;

    HelpOverlay() {
        int row = 1;
        for (Shortcuts.Command c : Shortcuts.Command.values()) addRow(keys, row++, c.keyText(), c.words);
        row = 1;
        for (String[] gesture : MOUSE) addRow(mouse, row++, gesture[0], gesture[1]);
        beside.getChildren().addAll(keys, mouse);
        Label heading = new Label("Keys and mouse");
        heading.setFont(Fonts.bold(22));
        heading.setTextFill(Style.TEXT);
        VBox panel = new VBox(12, heading, beside);
        panel.setPadding(new Insets(18, 26, 18, 26));
        panel.setBackground(new Background(new BackgroundFill(Color.web("#101216", 0.95), new CornerRadii(10), Insets.EMPTY)));
        scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background: transparent; -fx-background-color: transparent;");
        scroll.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        scroll.setFocusTraversable(false);
        getChildren().add(scroll);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(8));
        setVisible(false);
        setPickOnBounds(false);
        // side by side if the window is wide enough, else one above the other
        widthProperty().addListener((o, was, now) -> arrange(now.doubleValue()));
        // over everything in the window, whatever was added after it (the presentation re-adds the side and top)
        setViewOrder(-1);
        // Esc closes it at the first press, before anything else takes the key (a polyline being
        // drawn, the menu bar after a menu was used): a filter on the scene runs before all others
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.removeEventFilter(KeyEvent.KEY_PRESSED, closeOnEscape);
            if (now != null) now.addEventFilter(KeyEvent.KEY_PRESSED, closeOnEscape);
        });
    }

    private final javafx.event.EventHandler<KeyEvent> closeOnEscape = e -> {
        if (e.getCode() == KeyCode.ESCAPE && isVisible()) {
            setVisible(false);
            e.consume();
        }
    };

    void toggle() { setVisible(!isVisible()); }

    /** The lines shown, keys then mouse, each "key: what" (tests). */
    java.util.List<String> lines() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (GridPane grid : new GridPane[] {keys, mouse}) {
            for (int k = 1; k + 1 < grid.getChildren().size(); k += 2) {
                lines.add(((Label) grid.getChildren().get(k)).getText() + ": " + ((Label) grid.getChildren().get(k + 1)).getText());
            }
        }
        return lines;
    }

    ScrollPane scrollPane() { return scroll; }

    private void arrange(double width) {
        Pane holder = (Pane) scroll.getContent();
        VBox panel = (VBox) holder;
        double sideBySide = keys.prefWidth(-1) + beside.getSpacing() + mouse.prefWidth(-1) + 52 + 16 + 20;
        Pane wanted = width >= sideBySide ? beside : above;
        if (panel.getChildren().get(1) == wanted) return;
        beside.getChildren().clear();
        above.getChildren().clear();
        wanted.getChildren().addAll(keys, mouse);
        panel.getChildren().set(1, wanted);
    }

    private static GridPane grid(String title) {
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(5);
        Label heading = new Label(title);
        heading.setFont(Fonts.bold(17));
        heading.setTextFill(Style.MUTED_TEXT);
        grid.add(heading, 0, 0, 2, 1);
        return grid;
    }

    private static void addRow(GridPane grid, int row, String keyText, String what) {
        Label key = new Label(keyText);
        key.setFont(Fonts.bold(16));
        key.setTextFill(Style.TEXT);
        key.setMinWidth(USE_PREF_SIZE);   // never cut short
        Label words = new Label(what);
        words.setFont(Fonts.regular(16));
        words.setTextFill(Style.MUTED_TEXT);
        words.setMinWidth(USE_PREF_SIZE);
        grid.add(key, 0, row);
        grid.add(words, 1, row);
    }
}
