package org.memscape.app.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A few mutually exclusive options side by side as one segmented bar that fills the row; one
 * is always chosen (clicking the chosen one again keeps it). Choosing one calls back once.
 */
final class Choice<T> extends HBox {

    private final ToggleGroup group = new ToggleGroup();
    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();
    private boolean setting;

    Choice(String id, List<T> values, Function<T, String> label, EditGate gate, Consumer<T> onChoose) {
        setId(id);
        getStyleClass().add("choice");
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            ToggleButton b = new ToggleButton(label.apply(v));
            b.setToggleGroup(group);
            b.setUserData(v);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(USE_PREF_SIZE);
            b.setFocusTraversable(true);
            b.getStyleClass().add(values.size() == 1 ? "only-pill"
                    : i == 0 ? "left-pill" : i == values.size() - 1 ? "right-pill" : "center-pill");
            HBox.setHgrow(b, Priority.ALWAYS);
            buttons.put(v, b);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (setting) {
                return;
            }
            if (now == null) {
                // A second click on the chosen option would leave none chosen: keep it.
                select(was);
                return;
            }
            if (gate.isQuiet()) {
                return;
            }
            @SuppressWarnings("unchecked")
            T v = (T) now.getUserData();
            onChoose.accept(v);
        });
    }

    /** Shows the document's option (none for null); not an edit. */
    void set(T value) {
        ToggleButton b = value == null ? null : buttons.get(value);
        select(b);
    }

    private void select(Toggle t) {
        setting = true;
        try {
            group.selectToggle(t);
        } finally {
            setting = false;
        }
    }

    ToggleButton button(T value) {
        return buttons.get(value);
    }

    @SuppressWarnings("unchecked")
    T selected() {
        Toggle t = group.getSelectedToggle();
        return t == null ? null : (T) t.getUserData();
    }
}
