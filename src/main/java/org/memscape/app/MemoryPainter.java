package org.memscape.app;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.memscape.scene.MemorySpec;

/**
 * Draws the extended memories (segments, polylines, circles) as dark lines outlined in white,
 * with square handles, and the selection rings. Point memories are stamped into the plot
 * raster (see {@link LandscapeCanvas}); their look is set here.
 */
final class MemoryPainter {

    static final double POINT_RADIUS = 7;
    static final double OUTLINE = 2.5;
    static final double LINE_WIDTH = 4;
    static final double HANDLE = 5.5;

    private MemoryPainter() {}

    /** @param size how much larger than usual to draw the marks (a projector needs larger ones) */
    static void paintExtended(GraphicsContext gc, PlotFrame frame, List<MemorySpec> memories, double size) {
        gc.save();
        gc.beginPath();
        gc.rect(frame.left(), frame.top(), frame.width(), frame.height());
        gc.clip();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        // Two passes (all outlines, then all cores), so that crossings stay clean.
        for (boolean outline : new boolean[] {true, false}) {
            gc.setStroke(outline ? Style.MEMORY_OUTLINE : Style.MEMORY_FILL);
            gc.setLineWidth(size * (outline ? LINE_WIDTH + 2 * OUTLINE : LINE_WIDTH));
            for (MemorySpec m : memories) strokeShape(gc, frame, m);
        }
        for (MemorySpec m : memories) {
            if (m instanceof MemorySpec.Point) continue;
            // the handles of an extended memory: small squares to grab
            for (MemorySpec.Point h : MemoryHandles.of(m)) handle(gc, frame.px(h.x()), frame.py(h.y()), size);
        }
        gc.restore();
    }

    /** A point memory's look, at {@code size} times the usual size, to stamp into the plot raster. */
    static Sprite dot(double size) {
        return Sprite.disc(size * (POINT_RADIUS + OUTLINE), size * OUTLINE, Style.MEMORY_FILL, Style.MEMORY_OUTLINE);
    }

    /** A ring around the selected memory's handles. */
    static void highlight(GraphicsContext gc, PlotFrame frame, MemorySpec m, double size) {
        gc.save();
        gc.setStroke(Style.SELECTION);
        gc.setLineWidth(3);
        for (MemorySpec.Point h : MemoryHandles.of(m)) {
            double r = size * (POINT_RADIUS + OUTLINE) + 5;
            gc.strokeOval(frame.px(h.x()) - r, frame.py(h.y()) - r, 2 * r, 2 * r);
        }
        gc.restore();
    }

    private static void strokeShape(GraphicsContext gc, PlotFrame frame, MemorySpec m) {
        if (m instanceof MemorySpec.Segment s) {
            gc.strokeLine(frame.px(s.start().x()), frame.py(s.start().y()), frame.px(s.end().x()), frame.py(s.end().y()));
        } else if (m instanceof MemorySpec.Polyline l) {
            List<MemorySpec.Point> pts = l.points();
            double[] xs = pts.stream().mapToDouble(p -> frame.px(p.x())).toArray();
            double[] ys = pts.stream().mapToDouble(p -> frame.py(p.y())).toArray();
            gc.strokePolyline(xs, ys, pts.size());
        } else if (m instanceof MemorySpec.Circle c) {
            double r = c.radius() * frame.scale();
            gc.strokeOval(frame.px(c.center().x()) - r, frame.py(c.center().y()) - r, 2 * r, 2 * r);
        }
    }

    private static void handle(GraphicsContext gc, double x, double y, double size) {
        double half = size * HANDLE, inner = size * (HANDLE - OUTLINE);
        gc.setFill(Style.MEMORY_OUTLINE);
        gc.fillRect(x - half, y - half, 2 * half, 2 * half);
        gc.setFill(Style.MEMORY_FILL);
        gc.fillRect(x - inner, y - inner, 2 * inner, 2 * inner);
    }

    /** Past this many memories numbers would only be clutter. */
    static final int MAX_NUMBERS = 100;

    /**
     * Each memory's number (from 1, as the weights chart counts them) beside its first handle,
     * white with a dark outline so it reads on any colour.
     */
    static void numbers(GraphicsContext gc, PlotFrame frame, List<MemorySpec> memories, double size) {
        if (memories.size() > MAX_NUMBERS) return;
        gc.save();
        gc.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 15 * size));
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
