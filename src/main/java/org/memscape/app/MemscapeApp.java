package org.memscape.app;

import org.memscape.app.ui.DialogFocus;
import org.memscape.app.ui.WindowSizes;

import org.memscape.app.document.Presets;
import org.memscape.app.document.RecoveryFiles;
import org.memscape.app.document.RecoveryOffer;
import org.memscape.app.document.Settings;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.memscape.scene.SceneException;

/** The window: opens on the survey's Figure 1. */
public final class MemscapeApp extends Application {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private MainWindow window;
    private Desktop desktop;
    private org.memscape.scene.Scene benchScene;

    /** Off the FX thread: the engine's speed probe (up to a second while the JIT compiles) runs here. */
    @Override
    public void init() {
        org.memscape.compute.Simd.enabled();
        ErrorLog.install(ErrorLog.userFolder());
        if (getParameters().getRaw().contains(UiBench.FLAG)) {
            try {
                benchScene = UiBench.scene(getParameters().getRaw());
            } catch (SceneException e) {
                System.err.println("memscape: " + UiBench.FLAG + ": " + e.getMessage());
                System.exit(2);
            }
        }
    }

    @Override
    public void start(Stage stage) throws SceneException {
        Thread.setDefaultUncaughtExceptionHandler(null);   // the toolkit is up: see AppLauncher
        boolean bench = getParameters().getRaw().contains(UiBench.FLAG);
        window = new MainWindow(bench ? benchScene : Presets.load(Presets.DEFAULT));
        stage.titleProperty().bind(window.file().windowTitleProperty());
        stage.getIcons().setAll(AppIcon.images());
        // closing over unsaved changes asks first
        stage.setOnCloseRequest(e -> {
            if (!window.mayDiscard()) e.consume();
        });
        // 1280 × 800, or where the screen cannot hold that (a 1024 × 768 or 1366 × 768 projector) all of
        // it: every control on screen, and the landscape as large as the screen allows
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Settings settings = bench ? Settings.inMemory() : Settings.in(Settings.userFile());
        double[] size = Desktop.size(settings, screen, WIDTH, HEIGHT);   // the last one, where it fits
        boolean small = size[0] >= screen.getWidth() || size[1] >= screen.getHeight();
        Scene scene = new Scene(window, size[0], size[1]);
        scene.getStylesheets().add(org.memscape.app.ui.Style.SHEET);
        stage.setScene(scene);
        DialogFocus.install(stage);
        WindowSizes.install();   // the size asked, on screen: this window and every one opened later
        WindowSizes.watch(stage);
        if (small) {
            // the screen cannot hold the window and its frame: the window manager fits a maximized one
            // to the screen, frame included (a scene the screen's size would lose its bottom under the frame)
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setMaximized(true);
        }
        stage.show();
        window.start();
        if (bench) {
            window.files().discardWithoutAsking = true;
            UiBench.run(window);
            return;
        }
        desktop = Desktop.begin(stage, window, settings, RecoveryFiles.forThisLaunch(), RecoveryOffer::askUser);
        sceneArgument(getParameters().getRaw()).ifPresent(name -> {   // after the recovery question
            try {
                window.files().openFile(java.nio.file.Path.of(name).toAbsolutePath());
            } catch (java.nio.file.InvalidPathException e) {
                window.messageLabel().setText("Cannot open \"" + name + "\": " + e.getReason() + ". Nothing changed.");
            }
        });
    }

    /** The scene file named on the command line (memscape scene.json): the first argument that is not an option. */
    static java.util.Optional<String> sceneArgument(java.util.List<String> args) {
        return args.stream().filter(a -> !a.startsWith("--")).findFirst();
    }

    @Override
    public void stop() {
        if (window != null) window.stop();
        if (desktop != null) desktop.end();   // a clean exit leaves no recovery copy, and remembers the size
    }
}
