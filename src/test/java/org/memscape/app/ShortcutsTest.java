package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.MemorySpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One table of keys: the menu bar's accelerators, the key help and what the keys do agree; the help fits 1024 × 768. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Keys\","
            + " \"memories\": [{\"point\": [1.5, 1.5]}, {\"point\": [-1.5, -1.5]}],"
            + " \"dynamics\": {\"steps\": 30}, \"particles\": {\"count\": 10, \"seed\": 4}}";

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = FxTests.openWindow(stage, SCENE);
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            window.presentation().set(false);
            return null;
        });
        FxTests.closeWindow(window);
    }

    private static List<MenuItem> items(List<MenuItem> from) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : from) {
            all.add(item);
            if (item instanceof Menu m) all.addAll(items(m.getItems()));
        }
        return all;
    }

    @Test
    void everyCommandIsAMenuItemWithItsKeyAndTheHelpListsTheSameKeys() throws Exception {
        List<MenuItem> all = onFx(() -> {
            List<MenuItem> top = new ArrayList<>(window.menuBar().getMenus());
            return items(top);
        });
        List<String> menus = onFx(() -> window.menuBar().getMenus().stream().map(Menu::getText).toList());
        assertEquals(List.of("File", "Edit", "View", "Playback", "Lesson", "Help"), menus);
        List<String> help = onFx(() -> window.help().lines());
        for (Shortcuts.Command c : Shortcuts.Command.values()) {
            long found = all.stream().filter(i -> c.words.equals(i.getText()) && c.key.equals(i.getAccelerator())).count();
            assertEquals(1, found, c + " is one menu item, with its key");
            assertTrue(help.contains(c.keyText() + ": " + c.words), c + " in the help: " + help);
        }
        for (MenuItem i : all) {
            assertFalse(i.getText() != null && i.getText().matches(".*Ctrl\\+.*"), "no key typed into a label: " + i.getText());
        }
    }

    @Test
    void theKeysDoWhatTheMenuSaysAlsoWhilePresentingWithoutTheMenuBar(FxRobot robot) throws Exception {
        onFx(() -> {
            window.document().edit(s -> s.withMemories(List.of(new MemorySpec.Point(0, 0))));
            window.playback().forward();
            window.playback().forward();
            return null;
        });
        onFx(() -> {
            window.canvas().requestFocus();   // not a click: that would add a memory
            return null;
        });
        robot.type(KeyCode.R);
        assertEquals(0, (int) onFx(() -> window.playback().step()), "R: back to step 0");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(2, (int) onFx(() -> window.document().scene().memories().size()), "Ctrl+Z undid the edit");

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.presentation().presenting()));
        assertTrue(onFx(() -> window.menuBar().getScene() == null || !window.menuBar().isVisible()), "presenting hides the menu bar");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(1, (int) onFx(() -> window.document().scene().memories().size()), "its keys still work: Ctrl+Shift+Z redid it");
        robot.type(KeyCode.SPACE);
        assertTrue(onFx(() -> window.playback().playingProperty().get()), "Space plays");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window.presentation().presenting()), "Esc leaves");
        assertTrue(onFx(() -> window.menuBar().getScene() != null && window.menuBar().isVisible()), "and the menu bar is back");
    }

    @Test
    void aTextFieldKeepsItsLetters(FxRobot robot) throws Exception {
        TextField field = onFx(() -> {
            TextField f = ((javafx.scene.control.Spinner<?>) window.lookup("#count")).getEditor();   // the particles count, on the Model tab
            window.playback().forward();
            f.requestFocus();
            return f;
        });
        robot.type(KeyCode.R);
        assertTrue(onFx(() -> field.getText().contains("r") || field.getText().contains("R")) || onFx(field::isFocused), "typed into the field");
        assertEquals(1, (int) onFx(() -> window.playback().step()), "an R typed into a field is the field's");
    }

    @Test
    void theKeyHelpFitsA1024By768Window(FxRobot robot) throws Exception {
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            return null;
        });
        onFx(() -> {
            window.canvas().requestFocus();
            return null;
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.help().isVisible()));
        Bounds scene = onFx(() -> new javafx.geometry.BoundingBox(0, 0, window.getScene().getWidth(), window.getScene().getHeight()));
        List<Label> labels = onFx(() -> window.help().lookupAll(".label").stream().map(n -> (Label) n).toList());
        assertTrue(labels.size() > 2 * Shortcuts.Command.values().length);
        Bounds viewport = onFx(() -> window.help().scrollPane().localToScene(window.help().scrollPane().getLayoutBounds()));
        for (Label l : labels) {
            Bounds b = onFx(() -> l.localToScene(l.getLayoutBounds()));
            assertTrue(scene.contains(b), l.getText() + " is inside the window: " + b);
            assertTrue(viewport.contains(b), l.getText() + " is seen without scrolling: " + b + " in " + viewport);
        }
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window.help().isVisible()), "Esc hides it");
    }

    /**
     * The help stands over everything in the window, also after presenting re-added the side panel
     * and the toolbar, and at 1024 × 768 (the side panel covered its Mouse column, the Draw toolbar
     * its title); Esc closes it at the first press, also while a polyline is being drawn.
     */
    @Test
    void theKeyHelpIsOverEverythingAndEscClosesItAtOnce(FxRobot robot) throws Exception {
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window.presentation().set(true);
            window.presentation().set(false);
            window.help().toggle();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = onFx(() -> window.help().lookupAll(".label").stream().map(n -> (Label) n).toList());
        List<javafx.scene.Node> picked = new ArrayList<>();
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> pick = e -> picked.add(e.getPickResult().getIntersectedNode());
        onFx(() -> {
            window.getScene().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, pick);
            return null;
        });
        for (Label l : labels) {
            picked.clear();
            robot.moveTo(l);
            WaitForAsyncUtils.waitForFxEvents();
            boolean inHelp = onFx(() -> {
                for (javafx.scene.Node n = picked.isEmpty() ? null : picked.get(picked.size() - 1); n != null; n = n.getParent()) {
                    if (n == window.help()) return true;
                }
                return false;
            });
            assertTrue(inHelp, "\"" + l.getText() + "\" is on top, not " + (picked.isEmpty() ? "nothing" : picked.get(picked.size() - 1)));
        }
        onFx(() -> {
            window.getScene().removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, pick);
            return null;
        });
        // a polyline begun (its first click), then Esc: the help goes at the first press
        onFx(() -> {
            window.help().toggle();
            return null;
        });
        robot.clickOn("polyline");
        robot.clickOn(window.canvas());
        onFx(() -> {
            window.help().toggle();
            return null;
        });
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window.help().isVisible()), "one Esc hides it");
    }
}
