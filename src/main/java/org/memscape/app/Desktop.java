package org.memscape.app;

import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.memscape.app.document.Autosave;
import org.memscape.app.document.RecoveryFiles;
import org.memscape.app.document.RecoveryOffer;
import org.memscape.app.document.Settings;

/**
 * What makes the window behave as a desktop program from its start to its end: the recovery of
 * a crashed launch's work, autosave, the remembered size, colour map and recent files, and the
 * handling of an uncaught exception (logged; the work autosaved; a dialog naming the log).
 */
final class Desktop {

    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    /** Below this the window's controls no longer fit (issue 10: every control down to 1024 × 768). */
    static final double LEAST_WIDTH = 800;
    static final double LEAST_HEIGHT = 600;

    private final Stage stage;
    private final Settings settings;
    private final Autosave autosave;
    private final Thread.UncaughtExceptionHandler replaced;

    private Desktop(Stage stage, Settings settings, Autosave autosave, Thread.UncaughtExceptionHandler replaced) {
        this.stage = stage;
        this.settings = settings;
        this.autosave = autosave;
        this.replaced = replaced;
    }

    /**
     * The window's size at start: the remembered one where the screen holds it, else {@code width} ×
     * {@code height}, or the whole screen where it is smaller (a 1024 × 768 projector).
     */
    static double[] size(Settings settings, Rectangle2D screen, double width, double height) {
        double w = settings.number(WIDTH, width);
        double h = settings.number(HEIGHT, height);
        if (w < LEAST_WIDTH || h < LEAST_HEIGHT) {
            w = width;
            h = height;
        }
        return new double[] {Math.min(w, screen.getWidth()), Math.min(h, screen.getHeight())};
    }

    /**
     * Starts the desktop behaviours for {@code window} in {@code stage} (shown): offers a crashed
     * launch's work from {@code copies}, autosaves there, remembers in {@code settings}, and
     * catches uncaught exceptions.
     */
    static Desktop begin(Stage stage, MainWindow window, Settings settings, RecoveryFiles copies,
            java.util.function.BiPredicate<RecoveryFiles.Orphan, org.memscape.scene.Scene> ask) {
        window.remember(settings);
        RecoveryOffer.offer(copies, ask, window.files(), window.messageLabel()::setText);
        Autosave autosave = new Autosave(copies, window.document(), window.file(), window.messageLabel()::setText);
        autosave.tick();   // a recovered scene is copied again at once
        autosave.start();
        CrashReport crashes = new CrashReport(autosave::tick, () -> stage);
        return new Desktop(stage, settings, autosave, crashes.install());
    }

    /**
     * The scene's size to remember: never more than the screen's visual bounds hold with the
     * window's frame ({@code frameWidth} × {@code frameHeight}) around it (a window that overflowed
     * the screen once would else start so again).
     */
    static double[] remembered(double width, double height, double frameWidth, double frameHeight, Rectangle2D screen) {
        return new double[] {Math.min(width, screen.getWidth() - Math.max(0, frameWidth)),
                Math.min(height, screen.getHeight() - Math.max(0, frameHeight))};
    }

    /** A clean exit: the size is remembered (not a full screen's), no recovery copy stays, the handler goes. */
    void end() {
        // the scene's size, which is what the next start asks for (the stage's adds the frame: the window would grow each time)
        if (!stage.isFullScreen() && !stage.isMaximized() && stage.getScene() != null && stage.getScene().getWidth() > 0) {
            Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            double[] size = remembered(stage.getScene().getWidth(), stage.getScene().getHeight(),
                    stage.getWidth() - stage.getScene().getWidth(), stage.getHeight() - stage.getScene().getHeight(), screen);
            settings.putAll(Map.of(WIDTH, Long.toString(Math.round(size[0])), HEIGHT, Long.toString(Math.round(size[1]))));
        }
        autosave.stop();
        Thread.setDefaultUncaughtExceptionHandler(replaced);
    }
}
