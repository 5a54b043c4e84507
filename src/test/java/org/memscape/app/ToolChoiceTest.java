package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.memscape.app.FxTests.onFx;

import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The drawing tools are one choice, shown as one joined control (ControlsFX's SegmentedButton), with one tool always chosen. */
@ExtendWith(ApplicationExtension.class)
class ToolChoiceTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = FxTests.openWindow(stage, "{\"memscape\": 1, \"memories\": [{\"point\": [0.5, 0.5]}]}");
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    @Test
    void theToolsAreOneSegmentedButtonWithOneChosen() throws Exception {
        List<String> chosen = onFx(() -> {
            SegmentedButton tools = (SegmentedButton) window.lookup(".segmented-button");
            List<ToggleButton> buttons = tools.getButtons();
            assertEquals(List.of("point", "segment", "polyline", "circle"), buttons.stream().map(ToggleButton::getText).toList());
            assertEquals("point", ((ToggleButton) tools.getToggleGroup().getSelectedToggle()).getText());
            buttons.get(1).fire();
            String afterSegment = ((ToggleButton) tools.getToggleGroup().getSelectedToggle()).getText();
            buttons.get(1).fire();   // a second click on the chosen tool keeps it chosen
            return List.of(afterSegment, ((ToggleButton) tools.getToggleGroup().getSelectedToggle()).getText());
        });
        assertEquals(List.of("segment", "segment"), chosen);
    }
}
