package org.memscape.app;

import org.memscape.app.classroom.Lessons;
import org.memscape.app.document.Presets;
import org.memscape.app.playback.Playback;
import org.memscape.app.playback.TransportBar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.cli.Cli;
import org.memscape.compute.Frame;
import org.memscape.scene.Lesson;
import org.memscape.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lecture rehearsed as a lecturer gives it: the shipped lesson forward with PageDown and back
 * with PageUp, then the presets picked from the menu in order and back. On the way forward each
 * scene is played with Space at the fastest speed to its last step; on the way back (to keep the
 * test short) the lecturer clicks the timeline and presses End. Each time the particles on screen
 * must be the headless {@code run} of the scene shown, at that step: a scene loaded after another
 * one starts its own run, whatever came before.
 */
@ExtendWith(ApplicationExtension.class)
class LectureRehearsalTest {

    /** Positions on screen are floats; the run writes doubles. */
    private static final double TOLERANCE = 1e-6;

    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(Presets.load(Presets.DEFAULT));
        stage.setScene(new javafx.scene.Scene(window, 1280, 800));
        stage.show();
        window.start();
        stage.requestFocus();   // headless stages take no focus by themselves
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    @Test
    void theShippedLessonForwardThenBackShowsEachSlidesOwnRun(FxRobot robot) throws Exception {
        playFastest(robot);
        Lesson lesson = Lessons.load(Lessons.NAMES.get(0));
        pickFromPresetsMenu(robot, "Lesson: " + lesson.title());
        int n = lesson.slides().size();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) order.add(k);
        for (int k = n - 2; k >= 0; k--) order.add(k);
        int at = 0;
        for (int i = 0; i < order.size(); i++) {
            int k = order.get(i);
            if (k > at) robot.type(KeyCode.PAGE_DOWN);
            if (k < at) robot.type(KeyCode.PAGE_UP);
            at = k;
            Lesson.Slide slide = lesson.slides().get(k);
            assertEquals(k, (int) onFx(() -> window.lessons().index()));
            toTheEndAndCompare(robot, i < n, slide.scene(), slide.from() + ".json", "slide " + (k + 1) + (i < n ? "" : " (back)"));
        }
    }

    @Test
    void thePresetsInMenuOrderThenBackShowEachPresetsOwnRun(FxRobot robot) throws Exception {
        playFastest(robot);
        List<String> order = new ArrayList<>(Presets.NAMES);
        for (int k = Presets.NAMES.size() - 2; k >= 0; k--) order.add(Presets.NAMES.get(k));
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i);
            Scene preset = Presets.load(name);
            pickFromPresetsMenu(robot, preset.title());
            boolean forward = i < Presets.NAMES.size();
            toTheEndAndCompare(robot, forward, preset, name, name + (forward ? "" : " (back)"));
        }
    }

    /** The speed box's fastest choice, picked with the mouse. */
    private void playFastest(FxRobot robot) throws Exception {
        Playback.Speed[] speeds = Playback.Speed.values();
        Playback.Speed fastest = speeds[speeds.length - 1];
        robot.clickOn((Node) robot.lookup(n -> n instanceof ComboBox<?> c && c.getItems().contains(fastest)).query());
        robot.clickOn(popupItem(robot, fastest.toString()));
        assertEquals(fastest, onFx(() -> window.playback().speed()));
    }

    private void pickFromPresetsMenu(FxRobot robot, String text) {
        robot.clickOn("Presets");
        robot.clickOn(popupItem(robot, text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The entry with this text in an open menu or drop-down (not the window's own title). */
    private static Node popupItem(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow && n.isVisible()).query();
    }

    /**
     * Plays to the end with Space (or jumps there: a click on the timeline, then End), waits for the
     * last step on screen, and compares the particles there with {@code run}'s.
     */
    private void toTheEndAndCompare(FxRobot robot, boolean play, Scene expected, String presetFile, String what) throws Exception {
        assertEquals(expected, onFx(() -> window.document().scene()), what + ": the scene on screen");
        assertEquals(0, (int) onFx(() -> window.playback().step()), what + ": a loaded scene starts at step 0");
        if (play) {
            robot.type(KeyCode.SPACE);
        } else {
            Node timeline = robot.lookup(n -> n instanceof Slider && inTransportBar(n)).query();
            robot.clickOn(timeline.lookup(".thumb")).type(KeyCode.END);
        }
        int last = expected.dynamics().steps();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> onFx(() -> !window.playback().playingProperty().get() && window.playback().step() == last));
        Frame frame = FxTests.settled(window);
        float[] shown = onFx(() -> java.util.Arrays.copyOf(frame.particleXY(), 2 * frame.particleCount()));
        assertEquals(last, (int) onFx(frame::step), what + ": the frame shows the last step");
        double[] headless = headlessRun(presetFile, last);
        assertEquals(headless.length, shown.length, what + ": particle count");
        for (int i = 0; i < shown.length; i++) {
            double error = Math.abs(shown[i] - headless[i]);
            assertTrue(error <= TOLERANCE, what + ": particle " + i / 2 + (i % 2 == 0 ? " x" : " y") + " is " + shown[i]
                    + " on screen, " + headless[i] + " in the headless run at step " + last);
        }
    }

    private static boolean inTransportBar(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (p instanceof TransportBar) return true;
        return false;
    }

    /** Each preset's headless positions at its last step, computed once for both walks. */
    private static final Map<String, double[]> HEADLESS = new ConcurrentHashMap<>();

    /** {@code memscape run} of the preset file, as a user types it: the positions at {@code step}, x0, y0, x1, … */
    private double[] headlessRun(String presetFile, int step) throws IOException {
        double[] known = HEADLESS.get(presetFile + "@" + step);
        if (known != null) return known;
        Path csv = dir.resolve(presetFile + ".csv");
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"run", "--scene", Path.of("presets", presetFile).toString(), "--out", csv.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<double[]> rows = new ArrayList<>();
        String prefix = step + ",";
        try (var lines = Files.lines(csv)) {
            lines.filter(l -> l.startsWith(prefix)).forEach(l -> {
                String[] c = l.split(",", -1);   // step,tau,particle,x,y,energy
                rows.add(new double[] {Double.parseDouble(c[3]), Double.parseDouble(c[4])});
            });
        }
        double[] xy = new double[2 * rows.size()];
        for (int p = 0; p < rows.size(); p++) {
            xy[2 * p] = rows.get(p)[0];
            xy[2 * p + 1] = rows.get(p)[1];
        }
        HEADLESS.put(presetFile + "@" + step, xy);
        return xy;
    }
}
