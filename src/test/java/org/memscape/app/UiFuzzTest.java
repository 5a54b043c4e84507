package org.memscape.app;

import org.memscape.app.document.Presets;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.memscape.app.FxTests.onFx;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short seeded fuzz of the window under Monocle: random clicks, right-clicks, drags (plain,
 * brushing with Shift, panning with Ctrl), wheel turns, keys, the drawing tools, the side panel's
 * controls, and picks from the Presets and View menus, for at most {@link #ACTIONS} actions or
 * {@link #BUDGET_SECONDS} s. Any exception that reaches a thread's top (the FX thread's event
 * handlers, the engine's workers) fails it, with the seed and the last actions to replay it.
 * Dialogs are left out (the File menu, Ctrl+O/S): a file chooser has no one to answer it here.
 */
@ExtendWith(ApplicationExtension.class)
class UiFuzzTest {

    static final long SEED = Long.getLong("memscape.fuzz.seed", 20261204L);
    static final int ACTIONS = 400;
    static final int BUDGET_SECONDS = 25;

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Fuzz\","
            + " \"memories\": [{\"point\": [1.5, 1.5]}, {\"point\": [-1.5, -1.5]}, {\"segment\": [[-2, 1], [-0.5, 2]]}],"
            + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2},"
            + " \"dynamics\": {\"steps\": 60}, \"particles\": {\"count\": 80, \"seed\": 3}}";

    private static final KeyCode[] KEYS = {KeyCode.SPACE, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.R, KeyCode.DIGIT0,
            KeyCode.DELETE, KeyCode.BACK_SPACE, KeyCode.ESCAPE, KeyCode.ENTER, KeyCode.F11, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP,
            KeyCode.UP, KeyCode.DOWN, KeyCode.TAB, KeyCode.DIGIT5};

    private MainWindow window;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;

    @Start
    void start(Stage stage) throws Exception {
        window = FxTests.openWindow(stage, SCENE);
        window.files().discardWithoutAsking = true;   // presets replace edits without a question no one could answer
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        previousFx = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));   // the FX thread: handlers' exceptions land here
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(previousFx);
            return null;
        });
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        FxTests.closeWindow(window);
    }

    @Test
    void randomInputRaisesNoException(FxRobot robot) throws Exception {
        Random random = new Random(SEED);
        Deque<String> log = new ArrayDeque<>();
        long end = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        int done = 0;
        for (; done < ACTIONS && System.nanoTime() < end; done++) {
            String action = act(robot, random);
            log.addLast(done + ": " + action);
            if (log.size() > 12) log.removeFirst();
            WaitForAsyncUtils.waitForFxEvents();
            if (!uncaught.isEmpty()) failWith(done, log);
        }
        releaseAll(robot);
        FxTests.settled(window);   // and the window still answers: a full frame for the scene as it is now
        if (!uncaught.isEmpty()) failWith(done, log);
        assertTrue(done > 0);
        System.out.println("ui fuzz: seed " + SEED + ", " + done + " actions, no exception");
    }

    /** The fuzz can fail: an exception thrown by an event handler reaches it. */
    @Test
    void anExceptionInAHandlerIsCaught() throws Exception {
        javafx.scene.control.Button b = new javafx.scene.control.Button();
        b.setOnAction(e -> { throw new IllegalStateException("planted"); });
        javafx.application.Platform.runLater(b::fire);   // as an event from the window system arrives
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(uncaught.stream().anyMatch(e -> "planted".equals(e.getMessage())), "caught: " + uncaught);
        uncaught.clear();
    }

    private void failWith(int done, Deque<String> log) {
        StringWriter trace = new StringWriter();
        uncaught.get(0).printStackTrace(new PrintWriter(trace));
        fail("uncaught exception after action " + done + " (seed " + SEED + ", -Dmemscape.fuzz.seed to replay); last actions:\n  "
                + String.join("\n  ", log) + "\n" + trace);
    }

    /** One random action; returns what it was, for the log. */
    private String act(FxRobot robot, Random random) throws Exception {
        int kind = random.nextInt(100);
        if (kind < 18) {
            Point2D p = canvasPoint(random);
            MouseButton button = random.nextInt(4) == 0 ? MouseButton.SECONDARY : MouseButton.PRIMARY;
            jump(robot, p);
            robot.clickOn(button);
            return "click " + button + " at " + p;
        } else if (kind < 38) {
            Point2D a = canvasPoint(random), b = canvasPoint(random);
            KeyCode modifier = switch (random.nextInt(4)) {
                case 0 -> KeyCode.SHIFT;
                case 1 -> KeyCode.CONTROL;
                default -> null;
            };
            if (modifier != null) robot.press(modifier);
            try {
                jump(robot, a);
                robot.press(MouseButton.PRIMARY);
                jump(robot, a.midpoint(b));
                jump(robot, b);
                robot.release(MouseButton.PRIMARY);
            } finally {
                if (modifier != null) robot.release(modifier);
            }
            return "drag " + (modifier == null ? "" : modifier + " ") + a + " to " + b;
        } else if (kind < 43) {
            Point2D p = canvasPoint(random);
            int amount = 1 + random.nextInt(3);
            jump(robot, p);
            if (random.nextBoolean()) robot.scroll(amount, javafx.geometry.VerticalDirection.UP);
            else robot.scroll(amount, javafx.geometry.VerticalDirection.DOWN);
            return "scroll " + amount + " at " + p;
        } else if (kind < 63) {
            KeyCode key = KEYS[random.nextInt(KEYS.length)];
            boolean control = random.nextInt(5) == 0;
            boolean shift = random.nextInt(5) == 0;
            if (control && (key == KeyCode.DIGIT5 || key == KeyCode.TAB)) key = random.nextBoolean() ? KeyCode.Z : KeyCode.Y;   // undo, redo
            if (control) robot.press(KeyCode.CONTROL);
            if (shift) robot.press(KeyCode.SHIFT);
            try {
                robot.type(key);
            } finally {
                if (shift) robot.release(KeyCode.SHIFT);
                if (control) robot.release(KeyCode.CONTROL);
            }
            return "key " + (control ? "Ctrl+" : "") + (shift ? "Shift+" : "") + key;
        } else if (kind < 70) {
            return pickFromMenu(robot, random, random.nextBoolean() ? "Presets" : "View");
        } else {
            return useControl(robot, random);
        }
    }

    /**
     * Moves the mouse straight there, as a fast hand does: the robot's own moves glide through
     * up to 200 points, each a frame of the landscape following a drag, which on a busy machine
     * spends the whole budget on a few drags.
     */
    private static void jump(FxRobot robot, Point2D to) {
        robot.robotContext().getBaseRobot().moveMouse(to);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, Node node) throws Exception {
        jump(robot, onFx(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        }));
        robot.clickOn(MouseButton.PRIMARY);
    }

    /** A point on the landscape's canvas, on screen. */
    private Point2D canvasPoint(Random random) throws Exception {
        Bounds b = onFx(() -> window.canvas().localToScreen(window.canvas().getBoundsInLocal()));
        return new Point2D(b.getMinX() + 4 + random.nextDouble() * (b.getWidth() - 8), b.getMinY() + 4 + random.nextDouble() * (b.getHeight() - 8));
    }

    /** Opens a menu button as a user does, then takes one of its items. */
    private String pickFromMenu(FxRobot robot, Random random, String name) throws Exception {
        MenuButton menu = onFx(() -> controls(window).stream().filter(n -> n instanceof MenuButton m && name.equals(m.getText()))
                .map(n -> (MenuButton) n).findFirst().orElse(null));
        if (menu == null) return "no " + name + " menu on screen";
        click(robot, menu);
        return onFx(() -> {
            List<MenuItem> items = menu.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem) && !i.isDisable()).toList();
            MenuItem item = items.get(random.nextInt(items.size()));
            menu.hide();
            item.fire();
            return name + " → " + (item.getText() != null ? item.getText() : item.getId() != null ? item.getId() : "item " + items.indexOf(item));
        });
    }

    /** Clicks a button, drags a slider, or opens a list and moves through it with the keys. */
    private String useControl(FxRobot robot, Random random) throws Exception {
        List<Node> controls = onFx(() -> controls(window));
        if (controls.isEmpty()) return "no control on screen";
        Node control = controls.get(random.nextInt(controls.size()));
        String name = control.getClass().getSimpleName() + (control.getId() != null ? "#" + control.getId() : "")
                + (control instanceof javafx.scene.control.Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "");
        if (control instanceof Slider) {
            Node thumb = onFx(() -> control.lookup(".thumb"));
            if (thumb == null) return "slider without thumb " + name;
            double dx = (random.nextDouble() - 0.5) * 200;
            Point2D from = onFx(() -> {
                Bounds b = thumb.localToScreen(thumb.getBoundsInLocal());
                return new Point2D(b.getCenterX(), b.getCenterY());
            });
            jump(robot, from);
            robot.press(MouseButton.PRIMARY);
            jump(robot, from.add(dx / 2, 0));
            jump(robot, from.add(dx, 0));
            robot.release(MouseButton.PRIMARY);
            return "slide " + name + " by " + Math.round(dx);
        }
        click(robot, control);
        if (control instanceof ComboBoxBase<?>) {
            int steps = random.nextInt(4);
            for (int k = 0; k < steps; k++) robot.type(random.nextBoolean() ? KeyCode.DOWN : KeyCode.UP);
            robot.type(random.nextInt(4) == 0 ? KeyCode.ESCAPE : KeyCode.ENTER);
            return "choose in " + name + " (" + steps + " keys)";
        }
        if (control instanceof MenuButton m) {
            onFx(() -> {
                m.hide();
                return null;
            });
        }
        return "click " + name;
    }

    /** The window's visible, enabled controls that a user can reach, without the File menu (dialogs). */
    private static List<Node> controls(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) return;
        if (node instanceof MenuButton m && "File".equals(m.getText())) return;
        if (node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof Slider) {
            if (onScreen(node)) found.add(node);
            if (!(node instanceof MenuButton)) return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) collect(child, found);
        }
    }

    /** Its middle is in the window and not scrolled out of a scroll pane's view. */
    private static boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        if (b == null || b.getWidth() < 3 || b.getHeight() < 3 || node.getScene() == null) return false;
        Point2D middle = new Point2D(b.getCenterX(), b.getCenterY());
        if (middle.getX() < 0 || middle.getY() < 0 || middle.getX() > node.getScene().getWidth() || middle.getY() > node.getScene().getHeight()) {
            return false;
        }
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane && !pane.localToScene(pane.getBoundsInLocal()).contains(middle)) return false;
        }
        return true;
    }

    /** No key or button left held down for the next test. */
    private static void releaseAll(FxRobot robot) {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
    }
}
