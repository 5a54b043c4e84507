package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.Arrays;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.compute.Frame;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user drives it: mouse and keys in, frames out. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Test scene\","
            + " \"memories\": [{\"point\": [1.5, 1.5]}, {\"point\": [-1.5, -1.5]}],"
            + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2},"
            + " \"dynamics\": {\"sampler\": \"langevin\", \"steps\": 50, \"temperature\": 0.1},"
            + " \"particles\": {\"count\": 60, \"seed\": 4}}";

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = FxTests.openWindow(stage, SCENE);
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    private Frame settled() throws Exception {
        return FxTests.settled(window);
    }

    private Point2D screen(double x, double y) throws Exception {
        return FxTests.screen(window, x, y);
    }

    /** The heatmap's energy at the cell nearest (x, y), from the frame on screen. */
    private float energyAt(double x, double y) throws Exception {
        Frame frame = settled();
        return onFx(() -> {
            var grid = frame.heatmap().grid();
            int i = (int) ((x - grid.xmin()) / (grid.xmax() - grid.xmin()) * grid.size());
            int j = (int) ((y - grid.ymin()) / (grid.ymax() - grid.ymin()) * grid.size());
            return frame.heatmap().energy()[j * grid.size() + i];
        });
    }

    @Test
    void draggingAMemoryChangesTheFieldUnderIt(FxRobot robot) throws Exception {
        float before = energyAt(1.5, 1.5);
        robot.drag(screen(1.5, 1.5), MouseButton.PRIMARY).dropTo(screen(-1.5, 1.5));
        float after = energyAt(1.5, 1.5);
        assertTrue(after > before + 1, "the valley left with the memory: " + before + " → " + after);
        assertTrue(energyAt(-1.5, 1.5) < after, "a new valley where it was dropped");
        MemorySpec.Point moved = (MemorySpec.Point) onFx(() -> window.document().scene().memories().get(0));
        assertEquals(-1.5, moved.x(), 0.1);
        // one undo takes the whole drag back
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(new MemorySpec.Point(1.5, 1.5), onFx(() -> window.document().scene().memories().get(0)));
    }

    @Test
    void stepForwardThenBackReturnsParticlesExactly(FxRobot robot) throws Exception {
        onFx(() -> {
            stage.requestFocus();
            return null;
        });
        robot.type(KeyCode.RIGHT, 3);
        Frame atThree = settled();
        assertEquals(3, onFx(atThree::step));
        float[] positions = onFx(() -> Arrays.copyOf(atThree.particleXY(), 2 * atThree.particleCount()));
        robot.type(KeyCode.RIGHT);
        assertEquals(4, onFx(() -> settled().step()));
        robot.type(KeyCode.LEFT);
        Frame back = settled();
        assertEquals(3, onFx(back::step));
        assertArrayEquals(positions, onFx(() -> Arrays.copyOf(back.particleXY(), 2 * back.particleCount())));
    }

    @Test
    void changingTheModelUpdatesThePanelAndTheField() throws Exception {
        float before = energyAt(0, 0);
        onFx(() -> {
            window.document().edit(s -> s.withModel(new ModelSpec.DiffusionVp(new ModelSpec.ScheduleSpec.Cosine()))
                    .withDynamics(s.dynamics()));
            return null;
        });
        float after = energyAt(0, 0);
        assertNotEquals(before, after, "the field is the new model's");
        ComboBox<?> type = onFx(() -> (ComboBox<?>) window.lookup(".combo-box"));
        assertTrue(String.valueOf(onFx(type::getValue)).contains("VP"), "the panel shows the model: " + onFx(type::getValue));
    }

    @Test
    void undoRestoresADeletedMemory(FxRobot robot) throws Exception {
        settled();
        robot.clickOn(screen(-1.5, -1.5), MouseButton.SECONDARY);
        assertEquals(1, (int) onFx(() -> window.document().scene().memories().size()));
        onFx(() -> {
            stage.requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(2, (int) onFx(() -> window.document().scene().memories().size()));
        assertEquals(new MemorySpec.Point(-1.5, -1.5), onFx(() -> window.document().scene().memories().get(1)));
    }

    @Test
    void theSegmentToolDrawsASegmentAndTheBrushAddsParticles(FxRobot robot) throws Exception {
        settled();
        robot.clickOn("segment");
        robot.drag(screen(-2, 2), MouseButton.PRIMARY).dropTo(screen(0, 2.5));
        MemorySpec drawn = onFx(() -> window.document().scene().memories().get(2));
        assertTrue(drawn instanceof MemorySpec.Segment, "a segment: " + drawn);
        robot.press(KeyCode.SHIFT).drag(screen(-2, -2.5), MouseButton.PRIMARY).dropTo(screen(2, -2.5)).release(KeyCode.SHIFT);
        int particles = onFx(() -> window.document().scene().particles().count());
        assertTrue(particles > 60, "brushed particles join the 60: " + particles);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(60, (int) onFx(() -> window.document().scene().particles().count()), "one undo takes the stroke back");
    }

    @Test
    void thePolylineToolTakesClicksUntilEnter(FxRobot robot) throws Exception {
        settled();
        robot.clickOn("polyline");
        robot.clickOn(screen(-2, 2)).clickOn(screen(0, 2.5)).clickOn(screen(2, 2));
        robot.type(KeyCode.ENTER);
        MemorySpec drawn = onFx(() -> window.document().scene().memories().get(2));
        assertTrue(drawn instanceof MemorySpec.Polyline l && l.points().size() == 3, "a three-point polyline: " + drawn);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(2, (int) onFx(() -> window.document().scene().memories().size()), "one undo takes the polyline back");
    }

    @Test
    void aBoxSelectsSeveralMemoriesThatThenMoveTogether(FxRobot robot) throws Exception {
        settled();
        robot.drag(screen(-2.7, -2.7), MouseButton.PRIMARY).dropTo(screen(2.7, 2.7));
        assertEquals(java.util.Set.of(0, 1), onFx(() -> window.landscapeView().selectedMemories()));
        robot.drag(screen(1.5, 1.5), MouseButton.PRIMARY).dropTo(screen(1.0, 1.0));
        MemorySpec.Point other = (MemorySpec.Point) onFx(() -> window.document().scene().memories().get(1));
        assertEquals(-2.0, other.x(), 0.05);
        assertEquals(-2.0, other.y(), 0.05);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(new MemorySpec.Point(-1.5, -1.5), onFx(() -> window.document().scene().memories().get(1)));
    }

    @Test
    void spaceAndArrowsDriveTimeEvenAfterASliderWasUsed(FxRobot robot) throws Exception {
        settled();
        javafx.scene.control.Slider slider = onFx(() -> (javafx.scene.control.Slider) window.lookup(".slider"));
        double before = onFx(slider::getValue);
        onFx(() -> {
            slider.requestFocus();   // as after dragging it
            return null;
        });
        robot.type(KeyCode.RIGHT);
        assertEquals(1, (int) onFx(() -> window.playback().step()), "→ stepped the particles");
        assertEquals(before, onFx(slider::getValue), "the slider kept its value");
        robot.type(KeyCode.SPACE);
        assertTrue(onFx(() -> window.playback().playingProperty().get()), "Space played");
        robot.type(KeyCode.SPACE);
    }

    @Test
    void clickingAParticleWhilePausedShowsItsWeightsAtOnce(FxRobot robot) throws Exception {
        Frame frame = settled();
        float[] xy = onFx(() -> java.util.Arrays.copyOf(frame.particleXY(), 2));
        assertEquals(0, (int) onFx(() -> window.charts().weightBars()));
        robot.clickOn(screen(xy[0], xy[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.landscapeView().selectedParticle()) >= 0, "a particle is selected");
        assertEquals(2, (int) onFx(() -> window.charts().weightBars()), "a bar per memory, without waiting for a step");
    }

    @Test
    void keysTypedIntoAFieldStayInTheField(FxRobot robot) throws Exception {
        settled();
        robot.clickOn(screen(1.5, 1.5));   // selects the memory, gives the landscape the keys
        assertEquals(0, (int) onFx(() -> window.landscapeView().selectedMemory()));
        javafx.scene.control.Spinner<?> count = onFx(() -> (javafx.scene.control.Spinner<?>) window.lookup("#count"));
        onFx(() -> {
            count.getEditor().requestFocus();   // the field may be scrolled out of sight in the panel
            return null;
        });
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE).type(KeyCode.LEFT).type(KeyCode.DIGIT0);
        assertEquals(2, (int) onFx(() -> window.document().scene().memories().size()), "Backspace edited the text, not the scene");
        assertEquals(0, (int) onFx(() -> window.playback().step()), "← moved the caret, not the particles");
    }

    @Test
    void aBadSceneShowsAnErrorAndChangesNothing() throws Exception {
        Scene before = onFx(() -> window.document().scene());
        onFx(() -> {
            window.open(() -> SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [1, 2, 3]}]}", "broken.json"));
            return null;
        });
        String message = onFx(() -> window.messageLabel().getText());
        assertTrue(message.contains("broken.json") && message.contains("memories[0]"), message);
        assertSame(before, onFx(() -> window.document().scene()));
        assertFalse(onFx(() -> window.document().undo()), "a failed open leaves no step to undo");
    }

    @Test
    void aMessageLeavesTheTransportAndStatusBarsOnScreen() throws Exception {
        onFx(() -> {
            window.messageLabel().setText("A long message that takes a line of its own above the landscape, as a recovery note or an error does.");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] bottomAndHeight = onFx(() -> {
            javafx.scene.Node bars = window.getBottom();
            return new double[] {bars.localToScene(bars.getBoundsInLocal()).getMaxY(), window.getScene().getHeight()};
        });
        // the window's height, not a constant: the stage is shared with other test classes, which may have sized it
        assertTrue(bottomAndHeight[0] <= bottomAndHeight[1] + 0.5,
                "the bottom bars end at y = " + bottomAndHeight[0] + " in a " + bottomAndHeight[1] + " px window");
    }

    /** A playing run must not pay for views nobody sees (--bench-ui fell from 16.6 to 27 ms between frames when it did). */
    @Test
    void theCriticalPointsAreSearchedOnlyWhileSomethingShowsThem() throws Exception {
        for (int i = 0; i < 5; i++) {
            onFx(() -> {
                window.playback().forward();
                return null;
            });
            settled();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, onFx(() -> window.structure().fixedPoints()), "no marks, no Structure tab: no search");
        FxTests.selectTab(window, "Structure");
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> window.structure().fixedPoints() != null));
    }
}
