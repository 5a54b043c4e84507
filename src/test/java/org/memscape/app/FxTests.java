package org.memscape.app;

import org.memscape.app.landscape.PlotFrame;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.memscape.compute.Frame;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: running on the FX thread, and opening and closing a window. */
public final class FxTests {

    private FxTests() {}

    /** Runs {@code action} on the FX thread and waits for its result (at most 10 s). */
    public static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** A window on {@code json}'s scene, 1200 × 760, started as the application starts it. */
    public static MainWindow openWindow(Stage stage, String json) throws SceneException {
        MainWindow window = new MainWindow(SceneReader.parse(json, "test"));
        stage.setScene(new javafx.scene.Scene(window, 1200, 760));
        stage.show();
        window.start();
        return window;
    }

    /** A window on {@code scene} in a stage of {@code width} × {@code height}, started as the application starts it. */
    public static MainWindow openWindow(Stage stage, org.memscape.scene.Scene scene, double width, double height) {
        MainWindow window = new MainWindow(scene);
        stage.setScene(new javafx.scene.Scene(window, width, height));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        window.start();
        return window;
    }

    /** The window as on screen, also written to target/FOLDER/NAME.png to look at after the run. */
    public static javafx.scene.image.WritableImage shot(MainWindow window, String folder, String name) throws Exception {
        javafx.scene.image.WritableImage image = onFx(() -> window.getScene().snapshot(null));
        java.nio.file.Path dir = java.nio.file.Path.of("target", folder);
        java.nio.file.Files.createDirectories(dir);
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javafx.scene.image.PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, r.getArgb(x, y));
        org.memscape.app.export.PngFile.write(out, java.util.Map.of(), dir.resolve(name + ".png"));
        return image;
    }

    /** Brings the side panel's tab named {@code text} to the front, as a click on it would. */
    public static void selectTab(MainWindow window, String text) throws Exception {
        onFx(() -> {
            for (javafx.scene.Node n : window.lookupAll(".tab-pane")) {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) n;
                tabs.getTabs().stream().filter(t -> t.getText().equals(text)).forEach(t -> tabs.getSelectionModel().select(t));
            }
            return null;
        });
    }

    public static void closeWindow(MainWindow window) throws Exception {
        onFx(() -> {
            window.stop();
            return null;
        });
    }

    /** Waits until the frame on screen answers the document as it is now, at the playback's step, in full. */
    public static Frame settled(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
            Frame shown = window.pump().shown();
            return !window.pump().busy() && shown != null && shown.request().scene() == window.document().scene()
                    && shown.request().step() == window.playback().step() && !shown.coarse();
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> window.pump().shown());
    }

    /** The screen point of (x, y) on the window's landscape. */
    public static Point2D screen(MainWindow window, double x, double y) throws Exception {
        return onFx(() -> {
            PlotFrame plot = window.canvas().plot();
            return window.canvas().localToScreen(plot.px(x), plot.py(y));
        });
    }
}
