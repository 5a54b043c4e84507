package org.memscape.app.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window the program opens (the main window, a dialog, the trajectories window, the export
 * dialogs) gets the size it asked for and stays on the screen.
 *
 * <p>JavaFX 21 with some window managers (openbox, recent mutter) shows a new stage at 200 × 200,
 * whatever its scene asked (JDK-8316423, fixed in JavaFX 22): once the window is mapped, the size
 * is asked again. And openbox un-maximizes the main window when a dialog opens over it; it then
 * takes the size its scene asked, which on a screen as small as the window overflowed it (the
 * status bar below the edge): a window larger than the screen is brought back onto it.
 */
public final class WindowSizes {

    private WindowSizes() {}

    private static boolean installed;

    /** From now on, for every window opened. Once; FX thread. */
    public static void install() {
        if (installed) return;
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window opened : change.getAddedSubList()) {
                    if (opened instanceof Stage stage) watch(stage);
                }
            }
        });
        for (Window open : Window.getWindows()) {
            if (open instanceof Stage stage) watch(stage);   // shown already: on screen from now on
        }
    }

    /**
     * Watches {@code stage} from now on (a window is also watched when it opens, but a stage shown
     * for the first time may be past the moment its asked size can be read: watch it before).
     */
    public static void watch(Stage stage) {
        if (stage.getProperties().put(WindowSizes.class, Boolean.TRUE) != null) return;   // watched already
        double[] asked = new double[2];
        // the scene's size before the window manager answers: afterwards the scene follows the window
        Runnable remember = () -> {
            asked[0] = stage.getScene() == null ? 0 : stage.getScene().getWidth();
            asked[1] = stage.getScene() == null ? 0 : stage.getScene().getHeight();
        };
        remember.run();   // a window that is opening now
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> remember.run());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> askAgain(stage, asked));
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (!now) Platform.runLater(() -> keepOnScreen(stage));   // un-maximized, by the user or the window manager
        });
    }

    /**
     * Shown: when the window manager answers with less than the scene asked (JDK-8316423), the size
     * is asked again. Its answer comes a moment after the window is shown, so the first shrink of both
     * sides within the first second is taken for it (a user's resize comes later than that, and a
     * program's narrower window, one side, is left alone).
     */
    private static void askAgain(Stage stage, double[] asked) {
        var scene = stage.getScene();
        if (scene == null) return;
        javafx.beans.InvalidationListener[] check = new javafx.beans.InvalidationListener[1];
        javafx.animation.PauseTransition window = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        check[0] = o -> {
            if (stage.isShowing() && free(stage) && scene.getWidth() < asked[0] - 1 && scene.getHeight() < asked[1] - 1) {
                scene.widthProperty().removeListener(check[0]);
                scene.heightProperty().removeListener(check[0]);
                window.stop();
                Platform.runLater(() -> {
                    stage.sizeToScene();
                    keepOnScreen(stage);
                });
            }
        };
        scene.widthProperty().addListener(check[0]);
        scene.heightProperty().addListener(check[0]);
        window.setOnFinished(e -> {
            scene.widthProperty().removeListener(check[0]);
            scene.heightProperty().removeListener(check[0]);
        });
        window.play();
        check[0].invalidated(null);   // shrunk already
        Platform.runLater(() -> keepOnScreen(stage));
    }

    private static boolean free(Stage stage) {
        return !stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified();
    }

    /** A window larger than the screen it is on, or partly off it, is moved and shrunk onto it. */
    static void keepOnScreen(Stage stage) {
        if (!stage.isShowing() || !free(stage) || !(stage.getWidth() > 0)) return;
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        var screens = Screen.getScreensForRectangle(window);
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        Rectangle2D fitted = onScreen(window, screen);
        if (fitted.equals(window)) return;
        stage.setX(fitted.getMinX());
        stage.setY(fitted.getMinY());
        stage.setWidth(fitted.getWidth());
        stage.setHeight(fitted.getHeight());
    }

    /** {@code window} (frame included) moved, and shrunk where it must be, to lie inside {@code screen}. */
    static Rectangle2D onScreen(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getWidth(), screen.getWidth());
        double h = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
