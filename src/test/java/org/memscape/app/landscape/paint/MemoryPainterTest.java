package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.MemoryPainter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.Domain;
import org.memscape.scene.MemorySpec;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The memories' numbers, which the weights chart uses to name them. */
@ExtendWith(ApplicationExtension.class)
class MemoryPainterTest {

    private static final PlotFrame PLOT = new PlotFrame(new Domain(-1, 1, -1, 1), 0, 0, 100);

    @Start
    void start(Stage stage) { }

    /** Opaque pixels in the box up and right of (x, y), where a memory's number goes. */
    private static int inkNear(WritableImage image, double x, double y) {
        int n = 0;
        for (int py = (int) y - 30; py < (int) y; py++) {
            for (int px = (int) x; px < (int) x + 30; px++) {
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight() && image.getPixelReader().getArgb(px, py) >>> 24 > 128) n++;
            }
        }
        return n;
    }

    private static WritableImage paint(List<MemorySpec> memories) throws Exception {
        return onFx(() -> {
            Canvas canvas = new Canvas(200, 200);
            MemoryPainter.numbers(canvas.getGraphicsContext2D(), PLOT, memories, 1);
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            return canvas.snapshot(clear, null);
        });
    }

    @Test
    void eachMemoryGetsItsNumberBesideIt() throws Exception {
        WritableImage image = paint(List.of(new MemorySpec.Point(-0.5, 0.5), new MemorySpec.Point(0.5, -0.5)));
        assertTrue(inkNear(image, PLOT.px(-0.5), PLOT.py(0.5)) > 10, "a number by the first memory");
        assertTrue(inkNear(image, PLOT.px(0.5), PLOT.py(-0.5)) > 10, "a number by the second memory");
        assertEquals(0, inkNear(image, PLOT.px(0.5), PLOT.py(0.5)), "nothing where there is no memory");
    }

    @Test
    void tooManyMemoriesGetNoNumbers() throws Exception {
        List<MemorySpec> many = new ArrayList<>();
        for (int i = 0; i <= MemoryPainter.MAX_NUMBERS; i++) many.add(new MemorySpec.Point(-0.5, 0.5));
        assertEquals(0, inkNear(paint(many), PLOT.px(-0.5), PLOT.py(0.5)));
    }
}
