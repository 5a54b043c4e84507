package org.memscape.app;

import org.memscape.app.classroom.Lessons;
import org.memscape.app.document.Presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.memscape.app.FxTests.onFx;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.Lesson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A slide played to its end, then PageDown: the next slide's heading, caption and counter are on
 * screen, as they are after PageUp and PageDown. On screen the labels had the new texts but the
 * header was not repainted: a hidden node in it (the time readout for presentation mode) changed on
 * every frame of the run, and JavaFX then left the header out of the regions it repaints. The
 * headless platform of the tests repaints everything, so the test holds the cause: nothing hidden
 * in the header changes while a run plays.
 */
@ExtendWith(ApplicationExtension.class)
class SlideAfterPlayTest {

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(Presets.load(Presets.DEFAULT));
        stage.setScene(new javafx.scene.Scene(window, 1280, 800));
        stage.show();
        window.start();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    @Test
    void theNextSlideAfterOnePlayedToItsEndShowsItsOwnHeadingCaptionAndCounter(FxRobot robot) throws Exception {
        Lesson lesson = Lessons.load(Lessons.NAMES.get(0));
        onFx(() -> {
            window.lessons().start(() -> lesson);
            return null;
        });
        for (int k = 1; k <= 3; k++) robot.type(KeyCode.PAGE_DOWN);
        assertEquals(3, (int) onFx(() -> window.lessons().index()));
        java.util.Map<Labeled, String> hiddenBefore = onFx(() -> hiddenTexts(window.header()));
        robot.clickOn("Play");   // with the mouse, as the lecturer does: the button keeps the focus
        int last = lesson.slides().get(3).scene().dynamics().steps();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> onFx(() -> !window.playback().playingProperty().get() && window.playback().step() == last));
        FxTests.settled(window);
        java.util.Map<Labeled, String> hiddenAfter = onFx(() -> hiddenTexts(window.header()));
        assertEquals(hiddenBefore, hiddenAfter, "hidden texts in the header changed while the run played");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Lesson.Slide fifth = lesson.slides().get(4);
        assertEquals(4, (int) onFx(() -> window.lessons().index()));
        assertEquals(fifth.scene(), onFx(() -> window.document().scene()));
        assertEquals(fifth.scene().title(), onFx(() -> drawn(window.header().title())), "the heading");
        assertEquals(fifth.caption(), onFx(() -> drawn(window.captionLabel())), "the caption");
        String counter = onFx(() -> robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().matches("\\d+ / \\d+"))
                .queryAs(Label.class).getText());
        assertEquals("5 / " + lesson.slides().size(), counter, "the counter");
    }

    /** The texts of the hidden labels under {@code node} (under a hidden parent, too). */
    private static java.util.Map<Labeled, String> hiddenTexts(javafx.scene.Node node) {
        java.util.Map<Labeled, String> texts = new java.util.HashMap<>();
        collect(node, false, texts);
        return texts;
    }

    private static void collect(javafx.scene.Node node, boolean hidden, java.util.Map<Labeled, String> texts) {
        boolean h = hidden || !node.isVisible();
        if (h && node instanceof Labeled l) texts.put(l, l.getText());
        if (node instanceof javafx.scene.Parent p) for (javafx.scene.Node c : p.getChildrenUnmodifiable()) collect(c, h, texts);
    }

    /** What a label draws: its skin's text (a label's text that never reached the screen is not there). */
    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }
}
