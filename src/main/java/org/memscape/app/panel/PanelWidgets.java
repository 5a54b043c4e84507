package org.memscape.app.panel;

import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The model panel's building blocks: labels, sections and rows, and spinners that edit once per gesture. */
final class PanelWidgets {

    private PanelWidgets() {}

    /** A message that wraps, hidden until it has something to say. */
    static Label message(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        visible(l, false);
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    static VBox section(String title, boolean first, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(10);
        box.getChildren().add(heading);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("section");
        if (first) {
            box.getStyleClass().add("first");
        }
        box.setId("section-" + title.toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    /** A label above its control (and an optional hint below). */
    static VBox field(String title, Node control, Node... below) {
        Label name = new Label(title);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setLabelFor(control);
        VBox box = new VBox(4, name, control);
        box.getChildren().addAll(below);
        return box;
    }

    /** A label and a compact control on one line. */
    static HBox inline(String title, Region control) {
        Label name = new Label(title);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setLabelFor(control);
        HBox.setHgrow(name, Priority.ALWAYS);
        control.setPrefWidth(118);
        control.setMinWidth(104);
        HBox box = new HBox(10, name, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Shown and taking room, or neither: a hidden row leaves no gap. */
    static void visible(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    static void bindManaged(Node n, ObservableBooleanValue shown) {
        n.managedProperty().bind(shown);
        n.visibleProperty().bind(shown);
    }

    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * Makes a spinner's changes one edit per gesture: arrow clicks held down, or typing
     * followed by Enter or leaving the field.
     */
    static <T> void spinner(Spinner<T> spinner, EditGate gate, Runnable commit) {
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, was, now) -> {
            if (!gate.isQuiet() && now != null) {
                gate.schedule(spinner, commit);
            }
        });
        spinner.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> gate.flush(spinner));
        spinner.addEventFilter(KeyEvent.KEY_RELEASED, e -> gate.flush(spinner));
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.commitValue();
                gate.flush(spinner);
            }
        });
    }
}
