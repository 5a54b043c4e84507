package org.memscape.app.edit;

import org.memscape.app.FxTests;
import org.memscape.app.MainWindow;
import org.memscape.app.edit.CanvasEditor;
import org.memscape.app.landscape.CanvasLook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.compute.Frame;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Extended memories grabbed by their line or ring, and the force field shown as streamlines. */
@ExtendWith(ApplicationExtension.class)
class CanvasEditorTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Bodies\","
            + " \"memories\": [{\"segment\": [[-2, 1], [1, 1]]}, {\"circle\": {\"center\": [1, -1.5], \"radius\": 1}},"
            + " {\"point\": [-2, -2]}],"
            + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2}, \"particles\": {\"count\": 20, \"seed\": 4}}";
    /** A pixel is about 0.01 here: the hand lands within two of them. */
    private static final double PIXELS = 0.03;

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

    private MemorySpec memory(int index) throws Exception {
        return onFx(() -> window.document().scene().memories().get(index));
    }

    private static void assertNear(MemorySpec.Point expected, MemorySpec.Point actual) {
        assertEquals(expected.x(), actual.x(), PIXELS, "x of " + actual);
        assertEquals(expected.y(), actual.y(), PIXELS, "y of " + actual);
    }

    @Test
    void draggingASegmentByItsMiddleMovesBothEndsAndOneUndoRestoresIt(FxRobot robot) throws Exception {
        settled();
        robot.drag(screen(-0.5, 1), MouseButton.PRIMARY).moveTo(screen(0, 0.5)).dropTo(screen(0.5, 0));
        MemorySpec.Segment moved = (MemorySpec.Segment) memory(0);
        assertNear(new MemorySpec.Point(-1, 0), moved.start());
        assertNear(new MemorySpec.Point(2, 0), moved.end());
        assertEquals(3, (int) onFx(() -> window.document().scene().memories().size()), "no point was added");
        Frame frame = settled();
        assertSame(onFx(() -> window.document().scene()), frame.request().scene(), "the field followed");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(new MemorySpec.Segment(new MemorySpec.Point(-2, 1), new MemorySpec.Point(1, 1)), memory(0));
    }

    @Test
    void whilePresentingTheLargerMarksAreGrabbedAtTheirEdge(FxRobot robot) throws Exception {
        onFx(() -> {
            window.landscapeView().setLook(CanvasLook.PROJECTOR);
            return null;
        });
        settled();
        // 20 px right of the point memory at (−2, −2): outside the desk's 14 px, inside the projector's larger dot
        Point2D at = screen(-2, -2).add(20, 0);
        robot.drag(at, MouseButton.PRIMARY).dropTo(at.add(0, -40));
        assertEquals(3, (int) onFx(() -> window.document().scene().memories().size()), "no point was added");
        MemorySpec.Point moved = (MemorySpec.Point) memory(2);
        assertTrue(moved.y() > -2 + 0.2, "the point moved up: " + moved);
    }

    @Test
    void aHandleStillMovesOnlyItsEnd(FxRobot robot) throws Exception {
        settled();
        robot.drag(screen(1, 1), MouseButton.PRIMARY).dropTo(screen(1.5, 2));
        MemorySpec.Segment moved = (MemorySpec.Segment) memory(0);
        assertEquals(new MemorySpec.Point(-2, 1), moved.start());
        assertNear(new MemorySpec.Point(1.5, 2), moved.end());
    }

    @Test
    void draggingACircleByItsRingMovesItAndKeepsItsRadius(FxRobot robot) throws Exception {
        settled();
        robot.drag(screen(1, -0.5), MouseButton.PRIMARY).dropTo(screen(0.5, 0));   // the top of the ring
        MemorySpec.Circle moved = (MemorySpec.Circle) memory(1);
        assertNear(new MemorySpec.Point(0.5, -1), moved.center());
        assertEquals(1, moved.radius(), 1e-12);
    }

    @Test
    void aClickOnTheLineWithoutMotionChangesNothing(FxRobot robot) throws Exception {
        settled();
        Scene before = onFx(() -> window.document().scene());
        robot.clickOn(screen(-0.5, 1));
        assertSame(before, onFx(() -> window.document().scene()), "no point added, nothing moved");
        assertEquals(0, (int) onFx(() -> window.landscapeView().selectedMemory()), "the segment is selected");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertSame(before, onFx(() -> window.document().scene()), "and left nothing to undo");
    }

    @Test
    void rightClickOnTheLineRemovesTheMemory(FxRobot robot) throws Exception {
        settled();
        robot.clickOn(screen(-0.5, 1), MouseButton.SECONDARY);
        assertEquals(2, (int) onFx(() -> window.document().scene().memories().size()));
        assertTrue(memory(0) instanceof MemorySpec.Circle, "the segment went: " + memory(0));
    }

    @Test
    void theCursorSaysWhatAPressWouldGrab(FxRobot robot) throws Exception {
        settled();
        robot.moveTo(screen(-0.5, 1));
        assertEquals(Cursor.MOVE, onFx(() -> window.canvas().getCursor()), "over the line");
        robot.moveTo(screen(1, 1));
        assertEquals(Cursor.HAND, onFx(() -> window.canvas().getCursor()), "over an end");
        robot.moveTo(screen(-1, -0.5));
        assertEquals(Cursor.DEFAULT, onFx(() -> window.canvas().getCursor()), "over empty ground");
    }

    @Test
    void theViewMenuSwitchesTheForceFieldToStreamlines(FxRobot robot) throws Exception {
        settled();
        robot.clickOn("View").clickOn("Force field: streamlines");
        Frame frame = settled();
        assertTrue(onFx(() -> frame.request().streamlines() && frame.streamlines().lineCount() > 10 && frame.request().arrows() == 0),
                "streamlines asked for and drawn, arrows not");
        robot.clickOn("View").clickOn("Force field: none");
        Frame none = settled();
        assertTrue(onFx(() -> !none.request().streamlines() && none.request().arrows() == 0), "neither asked for");
    }

    @Test
    void aDoubleClickEndsAPolylineEvenOnItsLastCorner(FxRobot robot) throws Exception {
        settled();
        robot.clickOn("polyline");
        robot.clickOn(screen(-2, 2.5)).clickOn(screen(0, 2.5));
        robot.doubleClickOn(screen(2, 2.5));
        robot.clickOn(screen(0, -2.5));   // the first corner of a new line, not a fourth of the old one
        MemorySpec drawn = memory(3);
        assertTrue(drawn instanceof MemorySpec.Polyline l && l.points().size() == 3, "a three-point polyline: " + drawn);
        assertEquals(4, (int) onFx(() -> window.document().scene().memories().size()));
    }
}
