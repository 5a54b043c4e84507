package org.memscape.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: running on the FX thread, and opening and closing a window. */
final class FxTests {

    private FxTests() {}

    /** Runs {@code action} on the FX thread and waits for its result (at most 10 s). */
    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** A window on {@code json}'s scene, 1200 × 760, started as the application starts it. */
    static MainWindow openWindow(Stage stage, String json) throws SceneException {
        MainWindow window = new MainWindow(SceneReader.parse(json, "test"));
        stage.setScene(new javafx.scene.Scene(window, 1200, 760));
        stage.show();
        window.start();
        return window;
    }

    static void closeWindow(MainWindow window) throws Exception {
        onFx(() -> {
            window.stop();
            return null;
        });
    }
}
