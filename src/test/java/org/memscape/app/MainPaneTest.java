package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main pane on a one-memory scene and looks at what the canvas shows. */
@ExtendWith(ApplicationExtension.class)
class MainPaneTest {

    /** One memory at (1, 1): its valley is top right if y points up. */
    static final String SCENE = """
            {"memscape": 1, "title": "One memory, top right",
             "description": "A single stored pattern.",
             "domain": [-2, 2, -2, 2],
             "model": {"type": "hopfield-distance", "beta": 4},
             "memories": [{"point": [1, 1]}]}
            """;

    private MainPane pane;

    @Start
    void start(Stage stage) {
        pane = new MainPane();
        stage.setScene(new javafx.scene.Scene(pane, 1000, 700));
        stage.show();
    }

    private void loadAndWait(String json) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> pane.load(() -> SceneReader.parse(json, "test.json"))).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> pane.landscapeView().heatmap() != null || pane.errorLabel().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void load_showsTheTitleAndDescription(FxRobot robot) throws Exception {
        loadAndWait(SCENE);
        assertEquals("One memory, top right", pane.titleLabel().getText());
        assertEquals("A single stored pattern.", pane.descriptionLabel().getText());
        assertFalse(pane.errorLabel().isVisible());
    }

    @Test
    void load_paintsLowEnergyNearTheMemoryDarkAndYUp(FxRobot robot) throws Exception {
        loadAndWait(SCENE);
        LandscapeView view = pane.landscapeView();
        assertNotNull(view.heatmap());
        Image shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        PlotFrame frame = WaitForAsyncUtils.asyncFx(view::frame).get();

        // 0.35 below the memory: outside its drawn dot, inside its valley.
        Color near = pixel(shot, frame, 1.0, 0.65);
        Color mirrored = pixel(shot, frame, 1.0, -0.65);
        Color far = pixel(shot, frame, -1.8, -1.8);
        assertTrue(luminance(near) < luminance(mirrored), "valley must be at y = +1 (y up): " + near + " vs " + mirrored);
        assertTrue(luminance(near) < luminance(far) - 0.3, "valley dark, far away bright: " + near + " vs " + far);
        // The dark end of viridis is purple (blue > green); the bright end is yellow (green > blue).
        assertTrue(near.getBlue() > near.getGreen(), "near the memory: " + near);
        assertTrue(far.getGreen() > far.getBlue(), "far away: " + far);
    }

    @Test
    void load_showsTheMessageOfABadScene(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> pane.load(() -> {
            throw new SceneException("broken.json", 3, 7, "memories", "no memories", "at least one memory");
        })).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.errorLabel().isVisible());
        String text = pane.errorLabel().getText();
        assertEquals("broken.json:3:7: memories: no memories; expected at least one memory", text);
        assertEquals("Could not open the scene", pane.titleLabel().getText());
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void resize_redrawsWithoutRecomputing(FxRobot robot) throws Exception {
        loadAndWait(SCENE);
        LandscapeView view = pane.landscapeView();
        Landscape before = view.landscape();
        var image = view.heatmap();
        WaitForAsyncUtils.asyncFx(() -> view.getScene().getWindow().setWidth(800)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.landscape() == before && view.heatmap() == image);
        PlotFrame frame = WaitForAsyncUtils.asyncFx(view::frame).get();
        Image shot = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
        assertTrue(luminance(pixel(shot, frame, 1.0, 0.65)) < luminance(pixel(shot, frame, -1.8, -1.8)) - 0.3);
    }

    private static Color pixel(Image shot, PlotFrame frame, double x, double y) {
        return shot.getPixelReader().getColor((int) Math.round(frame.px(x)), (int) Math.round(frame.py(y)));
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
