package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.app.document.RecoveryFiles;
import org.memscape.app.document.Settings;
import org.memscape.scene.MemorySpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop behaviours, with a settings file, a recovery folder and a log of the test's own:
 * an uncaught exception keeps the work (the recovery copy first) and names the log; the colour map
 * and the size are remembered.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Desk\", \"memories\": [{\"point\": [1, 1]}],"
            + " \"particles\": {\"count\": 5}}";

    @TempDir Path dir;
    private Stage stage;
    private MainWindow window;
    private Desktop desktop;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = FxTests.openWindow(stage, SCENE);
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            if (desktop != null) desktop.end();
            window.stop();
            return null;
        });
        ErrorLog.close();
    }

    private Desktop begin(Settings settings) throws Exception {
        return onFx(() -> Desktop.begin(stage, window, settings, RecoveryFiles.in(dir.resolve("recovery")), (o, s) -> false));
    }

    @Test
    void anUncaughtExceptionWritesTheRecoveryCopyLogsItAndNamesTheLog(FxRobot robot) throws Exception {
        Path log = ErrorLog.install(dir.resolve("home"));
        desktop = begin(Settings.inMemory());
        onFx(() -> {
            window.document().edit(s -> s.withMemories(List.of(new MemorySpec.Point(0.25, -0.75))));
            return null;
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("seeded failure");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String said = onFx(() -> ((DialogPane) robot.lookup(".dialog-pane").query()).getContentText());
        assertTrue(said.contains(log.toString()), "the dialog names the log: " + said);
        assertTrue(said.contains("seeded failure") && said.contains("recovery file"), said);

        List<Path> copies;
        try (var files = Files.list(dir.resolve("recovery"))) {
            copies = files.filter(p -> p.getFileName().toString().matches("recovery-.*\\.json")).toList();
        }
        assertEquals(1, copies.size(), "the work was copied before the dialog");
        assertTrue(Files.readString(copies.get(0)).contains("-0.75"), "with the edit");
        String logged = Files.readString(log);
        assertTrue(logged.contains("seeded failure") && logged.contains("IllegalStateException"), logged);
        onFx(() -> {
            ((javafx.stage.Stage) robot.lookup(".dialog-pane").query().getScene().getWindow()).close();
            return null;
        });
        assertTrue(onFx(() -> window.getScene().getWindow().isShowing()), "the window goes on");
    }

    /** A window that overflowed the screen (openbox un-maximized it) is remembered at a size the screen holds with its frame. */
    @Test
    void theRememberedSizeNeverExceedsTheScreen() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1280, 800);
        assertArrayEquals(new double[] {1278, 779}, Desktop.remembered(1280, 800, 2, 21, screen));
        assertArrayEquals(new double[] {1000, 700}, Desktop.remembered(1000, 700, 2, 21, screen), "a size that fits stays");
    }

    @Test
    void theColourMapIsRememberedAndShownAtTheNextStart(FxRobot robot) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.in(file);
        settings.put(MainWindow.COLORMAP, "magma");
        desktop = begin(Settings.in(file));
        assertEquals("magma", onFx(() -> window.landscapeView().colormap().name()));
        robot.clickOn("View").clickOn("Colours: cividis");
        assertEquals("cividis", Settings.in(file).get(MainWindow.COLORMAP, ""));
    }

    @Test
    void theSizeOfTheLastWindowIsWrittenAtTheEnd() throws Exception {
        Path file = dir.resolve("settings.properties");
        desktop = begin(Settings.in(file));
        onFx(() -> {
            stage.getScene().getWindow().setWidth(1010);
            stage.getScene().getWindow().setHeight(720);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();   // the scene follows its window a pulse later
        double[] size = onFx(() -> new double[] {stage.getScene().getWidth(), stage.getScene().getHeight()});
        onFx(() -> {
            desktop.end();
            return null;
        });
        desktop = null;
        assertEquals(Math.round(size[0]), Settings.in(file).number(Desktop.WIDTH, 0), "the scene's width, not the frame's");
        assertEquals(Math.round(size[1]), Settings.in(file).number(Desktop.HEIGHT, 0));
    }

    @Test
    void theSizeIsRememberedWhereTheScreenHoldsIt() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1366, 768);
        Settings settings = Settings.inMemory();
        assertArrayEquals(new double[] {1280, 768}, Desktop.size(settings, screen, 1280, 800), "first start: 1280 × 800 or the screen");
        settings.put(Desktop.WIDTH, "1100");
        settings.put(Desktop.HEIGHT, "700");
        assertArrayEquals(new double[] {1100, 700}, Desktop.size(settings, screen, 1280, 800));
        settings.put(Desktop.WIDTH, "3000");
        assertArrayEquals(new double[] {1366, 700}, Desktop.size(settings, screen, 1280, 800), "never larger than the screen");
        settings.put(Desktop.WIDTH, "90");
        assertArrayEquals(new double[] {1280, 768}, Desktop.size(settings, screen, 1280, 800), "too small to use: the default");
    }
}
