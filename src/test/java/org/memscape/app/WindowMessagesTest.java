package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.ModelSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Messages in the window say what holds now: one about a model the user has left goes with it. */
@ExtendWith(ApplicationExtension.class)
class WindowMessagesTest {

    private static final String WITH_SEGMENT = "{\"memscape\": 1, \"title\": \"Segment\","
            + " \"memories\": [{\"point\": [1.5, 1.5]}, {\"segment\": [[-2, 0], [0, -2]]}],"
            + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2}, \"particles\": {\"count\": 10}}";

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = FxTests.openWindow(stage, WITH_SEGMENT);
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    /** Visible and taking room, up to the window. */
    private boolean shown(String id) throws Exception {
        return onFx(() -> {
            Node label = window.lookup(id);
            for (Node n = label; n != null; n = n.getParent()) {
                if (!n.isVisible()) return false;
            }
            return label != null && label.isManaged();
        });
    }

    @Test
    void aRefusalOfTheDotProductModelGoesWhenAnotherModelIsChosen(FxRobot robot) throws Exception {
        robot.clickOn("#model-type");
        robot.clickOn("Hopfield (dot product)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#model-refusal"), "the dot-product model is refused on a scene with a segment");
        robot.clickOn("#model-type");
        robot.clickOn("Diffusion VP");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.document().scene().model() instanceof ModelSpec.DiffusionVp));
        assertFalse(shown("#model-refusal"), "the refusal was about the dot-product model, which is no longer being chosen");
    }

    @Test
    void aRefusalToDrawASegmentGoesWhenTheModelCanTakeOne(FxRobot robot) throws Exception {
        onFx(() -> {
            window.document().edit(s -> s.withMemories(java.util.List.of(new org.memscape.scene.MemorySpec.Point(1.5, 1.5)))
                    .withModel(new ModelSpec.Hopfield(ModelSpec.Features.QUADRATIC, ModelSpec.MemoryFunction.LSE, 2, 3)));
            return null;
        });
        robot.clickOn("segment");
        robot.drag(FxTests.screen(window, -2, 0)).moveTo(FxTests.screen(window, 0, -2)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.messageLabel().getText()).startsWith("The dot-product Hopfield model takes point memories only"));
        robot.clickOn("#model-type");
        robot.clickOn("Diffusion VP");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.document().scene().model() instanceof ModelSpec.DiffusionVp));
        assertTrue(onFx(() -> window.messageLabel().getText()).isEmpty(), "the refusal no longer holds");
    }
}
