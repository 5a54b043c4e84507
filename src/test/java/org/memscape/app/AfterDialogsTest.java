package org.memscape.app;

import org.memscape.app.ui.DialogFocus;

import org.memscape.app.document.Presets;
import org.memscape.app.document.RecoveryFiles;
import org.memscape.app.document.RecoveryOffer;
import org.memscape.app.playback.Playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a real modal dialog (discard, recovery, export) is answered with the mouse, the window
 * has the focus back, as a desktop's window manager gives it, and a pick from a menu and from a
 * drop-down still take effect. (On an X server with no window manager the focus stayed on no
 * window, and such clicks did nothing.)
 */
@ExtendWith(ApplicationExtension.class)
class AfterDialogsTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(Presets.load(Presets.DEFAULT));
        stage.setScene(new javafx.scene.Scene(window, 1280, 800));
        DialogFocus.install(stage);
        stage.show();
        window.start();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    /** The entry with this text in an open menu or drop-down. */
    private static Node popupItem(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow && n.isVisible()).query();
    }

    /** The button with this text in a dialog, once the dialog is on screen. */
    private static Node dialogButton(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getModality() != javafx.stage.Modality.NONE && s.isShowing())));
        // in the dialog's own window: the main window has buttons of the same name (the Learn tab's Cancel)
        return robot.lookup(n -> n instanceof javafx.scene.control.Button b && text.equals(b.getText()) && b.isVisible()
                && n.getScene() != null && n.getScene().getWindow() instanceof Stage s && s.getModality() != javafx.stage.Modality.NONE).query();
    }

    /** A preset picked from the menu, then the slowest speed from the drop-down: both must take effect. */
    private void menuAndDropDownStillWork(FxRobot robot, String what) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(stage::isFocused), what + ": the window has the focus back");
        Scene preset = Presets.load("ambrogioni-1c-ring.json");
        robot.clickOn("Presets").clickOn(popupItem(robot, preset.title()));
        assertEquals(preset.title(), onFx(() -> window.document().scene().title()), what + ": the menu pick took effect");
        Playback.Speed slowest = Playback.Speed.values()[0];
        robot.clickOn((Node) robot.lookup(n -> n instanceof ComboBox<?> c && c.getItems().contains(slowest)).query());
        robot.clickOn(popupItem(robot, slowest.toString()));
        assertEquals(slowest, onFx(() -> window.playback().speed()), what + ": the drop-down pick took effect");
    }

    @Test
    void aClosedDialogGivesTheFocusBackToTheWindowAClosedMenuDoesNotNeedTo(FxRobot robot) throws Exception {
        // Headless, every window reports the focus; on X with no window manager the main window lost it
        // when a dialog closed (checked on a real display: see the README's Tests). So count the give-backs.
        java.util.concurrent.atomic.AtomicInteger givenBack = new java.util.concurrent.atomic.AtomicInteger();
        onFx(() -> {
            DialogFocus.install(stage, givenBack::incrementAndGet);
            return null;
        });
        robot.clickOn("Presets").clickOn("Presets");   // a menu opened and closed
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, givenBack.get(), "a menu's popup is not a dialog");
        robot.clickOn("File").clickOn(popupItem(robot, "Export picture (PNG)\u2026"));
        robot.clickOn(dialogButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, givenBack.get(), "the export dialog closed: the window took the focus back");
    }

    @Test
    void afterTheDiscardQuestion(FxRobot robot) throws Exception {
        onFx(() -> {
            window.document().edit(s -> s.withMemories(java.util.List.of(new MemorySpec.Point(0, 0))));
            return null;
        });
        robot.clickOn("Presets").clickOn(popupItem(robot, Presets.load("tanh-features.json").title()));
        robot.clickOn(dialogButton(robot, "Discard changes"));
        assertEquals(Presets.load("tanh-features.json").title(), onFx(() -> window.document().scene().title()));
        menuAndDropDownStillWork(robot, "after the discard question");
    }

    @Test
    void afterTheRecoveryQuestion(FxRobot robot) throws Exception {
        Scene copy = Presets.load("tanh-features.json");
        RecoveryFiles.Orphan orphan = new RecoveryFiles.Orphan(Path.of("recovery-x.json"), null, java.nio.file.attribute.FileTime.from(Instant.now()));
        boolean[] answer = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> answer[0] = RecoveryOffer.askUser(orphan, copy));
        robot.clickOn(dialogButton(robot, "Discard"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(answer[0]);
        menuAndDropDownStillWork(robot, "after the recovery question");
    }

    @Test
    void afterTheExportDialog(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn(popupItem(robot, "Export picture (PNG)\u2026"));
        robot.clickOn(dialogButton(robot, "Cancel"));
        menuAndDropDownStillWork(robot, "after the export dialog");
    }
}
