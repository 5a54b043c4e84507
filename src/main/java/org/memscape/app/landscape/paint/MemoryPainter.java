package org.memscape.app.landscape.paint;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;
import org.memscape.app.landscape.MemoryHandles;
import org.memscape.app.landscape.PlotFrame;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.memscape.scene.MemorySpec;

/**
 * A point memory's look (a dark disc outlined in white, stamped into the plot raster), the
 * selection rings and the memories' numbers. Segments, polylines and rings: {@link MemoryLines}.
 */
public final class MemoryPainter {

    static final double POINT_RADIUS = 7;
    static final double OUTLINE = 2.5;

    private MemoryPainter() {}

    /** A point memory's look, at {@code size} times the usual size, to stamp into the plot raster. */
    public static Sprite dot(double size) {
        return Sprite.disc(size * (POINT_RADIUS + OUTLINE), size * OUTLINE, Style.MEMORY_FILL, Style.MEMORY_OUTLINE);
    }

    /** A ring around the selected memory's handles. */
    public static void highlight(GraphicsContext gc, PlotFrame frame, MemorySpec m, double size) {
        gc.save();
        gc.setStroke(Style.SELECTION);
        gc.setLineWidth(3);
        for (MemorySpec.Point h : MemoryHandles.of(m)) {
            double r = size * (POINT_RADIUS + OUTLINE) + 5;
            gc.strokeOval(frame.px(h.x()) - r, frame.py(h.y()) - r, 2 * r, 2 * r);
        }
        gc.restore();
    }

    /** Past this many memories numbers would only be clutter. */
    static final int MAX_NUMBERS = 100;

    /**
     * Each memory's number (from 1, as the weights chart counts them) beside its first handle,
     * white with a dark outline so it reads on any colour.
     */
    public static void numbers(GraphicsContext gc, PlotFrame frame, List<MemorySpec> memories, double size) {
        if (memories.size() > MAX_NUMBERS) return;
        gc.save();
        gc.setFont(Fonts.bold(15 * size));
        gc.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        gc.setLineWidth(3);
        gc.setStroke(Style.MEMORY_FILL);
        gc.setFill(Style.MEMORY_OUTLINE);
        double offset = size * (POINT_RADIUS + OUTLINE) + 2;
        for (int i = 0; i < memories.size(); i++) {
            MemorySpec.Point at = MemoryHandles.of(memories.get(i)).get(0);
            String number = Integer.toString(i + 1);
            double x = frame.px(at.x()) + offset, y = frame.py(at.y()) - offset;
            gc.strokeText(number, x, y);
            gc.fillText(number, x, y);
        }
        gc.restore();
    }
}
