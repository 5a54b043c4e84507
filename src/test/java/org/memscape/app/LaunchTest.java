package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.app.document.Presets;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application as the launcher starts it: `memscape scene.json` opens that scene, and the window carries the icon. */
class LaunchTest {

    @TempDir Path dir;
    private Application app;

    @BeforeEach
    void ownRecoveryFolder() {
        System.setProperty("memscape.recovery.dir", dir.resolve("recovery").toString());
        System.setProperty("memscape.settings", dir.resolve("settings.properties").toString());   // never the user's own
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        // the app maximizes a window the screen cannot hold; the stage is shared with the next test classes
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        if (stage != null) onFx(() -> {
            stage.setMaximized(false);
            return null;
        });
        FxToolkit.hideStage();
        System.clearProperty("memscape.recovery.dir");
        System.clearProperty("memscape.settings");
    }

    private MainWindow start(String... args) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MemscapeApp.class, args);
        return onFx(() -> (MainWindow) stage.getScene().getRoot());
    }

    @Test
    void aSceneFileNamedOnTheCommandLineIsOpenedAsTheFileThatSaveWrites() throws Exception {
        Path scene = dir.resolve("my ring.json");
        Files.copy(Path.of("presets", "ambrogioni-1c-ring.json"), scene);
        MainWindow window = start(scene.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> scene.equals(window.file().path())));
        assertEquals(org.memscape.scene.SceneReader.read(scene).title(), onFx(() -> window.document().scene().title()));
    }

    @Test
    void aMissingFileSaysSoAndLeavesTheFirstScene() throws Exception {
        MainWindow window = start(dir.resolve("gone.json").toString());
        String first = Presets.load(Presets.DEFAULT).title();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> window.messageLabel().getText().contains("gone.json")));
        assertEquals(first, onFx(() -> window.document().scene().title()));
        assertEquals(null, onFx(() -> window.file().path()));
    }

    @Test
    void theWindowCarriesTheIconAtEverySize() throws Exception {
        start();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        List<Double> widths = onFx(() -> stage.getIcons().stream().map(Image::getWidth).toList());
        assertEquals(Arrays.stream(AppIcon.SIZES).mapToObj(s -> (double) s).toList(), widths);
        assertTrue(onFx(() -> stage.getIcons().stream().noneMatch(Image::isError)));
    }
}
