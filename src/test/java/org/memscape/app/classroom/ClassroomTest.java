package org.memscape.app.classroom;

import org.memscape.app.MainWindow;
import org.memscape.app.document.Presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.scene.Lesson;
import org.memscape.scene.LessonReader;
import org.memscape.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lecturer's keys: PageDown / PageUp through a lesson, F11 and Esc for presentation mode. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {

    private static final String LESSON = "{\"memscape-lesson\": 1, \"title\": \"Three slides\", \"slides\": ["
            + "{\"preset\": \"survey-figure-1\", \"caption\": \"First caption.\"},"
            + "{\"preset\": \"classical-hopfield-fails\", \"caption\": \"Second caption.\"},"
            + "{\"preset\": \"dense-memory-stores-three\", \"caption\": \"Third caption.\"}]}";

    private MainWindow window;
    private Lesson lesson;
    /** How often the window asked to discard changes; what it answers. */
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicBoolean answer = new AtomicBoolean();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        lesson = LessonReader.parse(LESSON, "three.json", null, Presets.LIBRARY).lesson();
        window = new MainWindow(Presets.load("tanh-features.json"));
        window.files().askToDiscard = () -> {
            asked.incrementAndGet();
            return answer.get();
        };
        stage.setScene(new javafx.scene.Scene(window, 1200, 760));
        stage.show();
        window.start();
        stage.requestFocus();   // headless stages take no focus by themselves
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            window.presentation().set(false);
            window.stop();
            return null;
        });
    }


    private void startLesson() throws Exception {
        onFx(() -> {
            window.lessons().start(() -> lesson);
            return null;
        });
    }

    /** The slide on screen: its number, the scene's title, the caption under it. */
    private String shown() throws Exception {
        return onFx(() -> window.lessons().index() + " " + window.document().scene().title() + " | " + window.captionLabel().getText());
    }

    private String slide(int k) {
        return k + " " + lesson.slides().get(k).scene().title() + " | " + lesson.slides().get(k).caption();
    }

    private static org.memscape.scene.Scene dropAMemory(org.memscape.scene.Scene s) {
        return s.withMemories(s.memories().subList(1, s.memories().size()));
    }

    @Test
    void pageDownAndPageUpStepThroughTheSlidesInOrderAndStopAtTheEnds(FxRobot robot) throws Exception {
        startLesson();
        assertEquals(slide(0), shown());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(slide(1), shown());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(slide(2), shown());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(slide(2), shown(), "the last slide stays");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(slide(2), shown(), "undo does not go back a slide behind the counter's back");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(slide(1), shown());
        robot.type(KeyCode.PAGE_UP, 2);
        assertEquals(slide(0), shown(), "the first slide stays");
        assertEquals(0, asked.get(), "unchanged slides need no question");
    }

    @Test
    void anEditedSlideGoesWithoutAskingButOnceSavedToAFileItAsks(FxRobot robot) throws Exception {
        startLesson();
        onFx(() -> {
            window.document().edit(ClassroomTest::dropAMemory);   // improvised in front of the class
            return null;
        });
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(slide(1), shown());
        assertEquals(0, asked.get(), "a lesson's own slide, never saved, goes without a question");

        onFx(() -> {
            window.files().saveTo(dir.resolve("mine.json"));   // now it is the user's file
            window.document().edit(ClassroomTest::dropAMemory);
            return null;
        });
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, asked.get());
        assertEquals(lesson.slides().get(1).scene().memories().size() - 1, (int) onFx(() -> window.document().scene().memories().size()),
                "the user said no: the edited slide stays");
        assertEquals(1, (int) onFx(() -> window.lessons().index()));
        answer.set(true);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(2, asked.get());
        assertEquals(slide(2), shown());
    }

    @Test
    void aPresetPickedDuringTheLessonEndsIt(FxRobot robot) throws Exception {
        startLesson();
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(counterShown());
        Scene preset = Presets.load("tanh-features.json");
        robot.clickOn("Presets").clickOn((javafx.scene.Node) robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && preset.title().equals(l.getText()) && n.getScene().getWindow() instanceof javafx.stage.PopupWindow).query());
        assertEquals(preset.title(), onFx(() -> window.document().scene().title()));
        assertEquals(preset.description(), onFx(() -> window.captionLabel().getText()), "its own description, not a caption");
        assertFalse(counterShown(), "the lesson's counter is gone");
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(preset, onFx(() -> window.document().scene()), "PageDown and PageUp no longer lead back into the lesson");
        assertEquals(-1, (int) onFx(() -> window.lessons().index()));
        assertEquals(0, asked.get());
    }

    @Test
    void aFileOpenedWhilePresentingTheLessonEndsIt(FxRobot robot) throws Exception {
        startLesson();
        robot.type(KeyCode.F11);
        assertTrue(counterShown(), "the counter shows while presenting");
        Path file = dir.resolve("mine.json");
        org.memscape.scene.SceneWriter.write(Presets.load("ambrogioni-1c-ring.json"), file);
        javafx.concurrent.Task<Scene> read = onFx(() -> window.files().openFile(file));   // read in the background
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, read::isDone);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Presets.load("ambrogioni-1c-ring.json").title(), onFx(() -> window.document().scene().title()));
        assertFalse(counterShown(), "the counter is gone while presenting, too");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(Presets.load("ambrogioni-1c-ring.json").title(), onFx(() -> window.document().scene().title()));
        robot.type(KeyCode.F11);
        assertFalse(counterShown(), "and after presenting");
    }

    @Test
    void aSceneThatFailsToOpenLeavesTheLessonAsItWas(FxRobot robot) throws Exception {
        startLesson();
        onFx(() -> {
            window.open(() -> {
                throw new org.memscape.scene.SceneException("broken.json", "is broken");
            });
            return null;
        });
        assertTrue(counterShown());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(slide(1), shown());
    }

    /** The "2 / 3" counter with its arrows, on screen. */
    private boolean counterShown() throws Exception {
        return onFx(() -> {
            javafx.scene.Node bar = window.lessons().bar();
            for (javafx.scene.Node n = bar; n != null; n = n.getParent()) if (!n.isVisible()) return false;
            return bar.getScene() != null;
        });
    }

    @Test
    void f11PresentsWithTheCaptionAndF11OrEscLeaves(FxRobot robot) throws Exception {
        startLesson();
        double titleSize = onFx(() -> window.captionLabel().getFont().getSize());
        String colours = onFx(() -> window.landscapeView().colormap().name());
        javafx.scene.Node sidePanel = onFx(() -> window.lookup(".tab-pane"));
        robot.type(KeyCode.F11);
        assertEquals(colours + ", projector", onFx(() -> window.landscapeView().colormap().name()));
        assertTrue(onFx(() -> window.presentation().presenting()));
        assertFalse(onFx(() -> sidePanel.getScene() != null && sidePanel.isVisible() && sidePanel.getParent().isVisible()), "the side panel is hidden");
        assertEquals(null, onFx(window::getTop), "the title and caption stand beside the landscape, which gets the height");
        assertTrue(onFx(() -> window.captionLabel().isVisible()));
        assertTrue(onFx(() -> window.getRight() == window.captionLabel().getParent()), "the caption is beside it");
        assertEquals(slide(0), shown());
        assertTrue(onFx(() -> window.captionLabel().getFont().getSize()) > titleSize, "the caption grows");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(slide(1), shown(), "the clicker works while presenting");

        robot.type(KeyCode.F11);
        assertFalse(onFx(() -> window.presentation().presenting()));
        assertTrue(onFx(() -> window.getRight().isVisible()));
        assertTrue(onFx(() -> window.getTop() == window.captionLabel().getParent().getParent()), "the caption is above the landscape again (under the menu bar)");
        assertTrue(onFx(() -> sidePanel.getScene() != null && sidePanel.getParent().isVisible()), "the side panel is back");
        assertEquals(titleSize, onFx(() -> window.captionLabel().getFont().getSize()), "the caption's font is restored");
        assertEquals(colours, onFx(() -> window.landscapeView().colormap().name()), "and the colours");

        robot.type(KeyCode.F11);
        assertTrue(onFx(() -> window.presentation().presenting()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window.presentation().presenting()), "Esc leaves presentation mode");
        assertTrue(onFx(() -> window.getRight().isVisible()));
    }

    @Test
    void theLessonsTitleShowsWhileItRunsAndGoesWithIt() throws Exception {
        startLesson();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Three slides", onFx(() -> window.lessons().titleLabel().getText()));
        assertTrue(onFx(() -> window.lessons().titleLabel().isVisible() && window.lessons().bar().isVisible()
                && window.lessons().titleLabel().getWidth() > 20), "beside the counter, with room to be read");
        onFx(() -> {
            window.presentation().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.lessons().titleLabel().isVisible() && window.lessons().titleLabel().getScene() != null),
                "presenting, too: above the title with the counter");
        onFx(() -> {
            window.presentation().set(false);
            answer.set(true);
            window.open(() -> Presets.load("tanh-features.json"));
            return null;
        });
        assertFalse(onFx(() -> window.lessons().bar().isVisible()), "another scene ends the lesson, and its title goes");
    }
}
