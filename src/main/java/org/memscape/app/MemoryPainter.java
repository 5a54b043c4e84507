package org.memscape.app;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.memscape.scene.MemorySpec;

/** Draws the memories: points as dark dots, segments, polylines and circles as dark lines, all outlined in white. */
final class MemoryPainter {

    static final double POINT_RADIUS = 7;
    static final double OUTLINE = 2.5;
    static final double LINE_WIDTH = 4;
    static final double HANDLE = 5.5;

    private MemoryPainter() {}

    static void paint(GraphicsContext gc, PlotFrame frame, List<MemorySpec> memories) {
        paint(gc, frame, memories, 1);
    }

    /** At a pixel scale above 1 (an export at 2×) point memories are drawn as shapes: a blitted image would blur. */
    static void paint(GraphicsContext gc, PlotFrame frame, List<MemorySpec> memories, int pixelScale) {
        gc.save();
        gc.beginPath();
        gc.rect(frame.left(), frame.top(), frame.width(), frame.height());
        gc.clip();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        // Lines first, in two passes (all outlines, then all cores), so that crossings stay clean; points on top.
        for (boolean outline : new boolean[] {true, false}) {
            gc.setStroke(outline ? Style.MEMORY_OUTLINE : Style.MEMORY_FILL);
            gc.setLineWidth(outline ? LINE_WIDTH + 2 * OUTLINE : LINE_WIDTH);
            for (MemorySpec m : memories) strokeShape(gc, frame, m);
        }
        for (MemorySpec m : memories) {
            if (m instanceof MemorySpec.Point p) {
                if (pixelScale == 1) dot(gc, frame.px(p.x()), frame.py(p.y())); else dotShape(gc, frame.px(p.x()), frame.py(p.y()));
            } else {
                // the handles of an extended memory: small squares to grab
                for (MemorySpec.Point h : MemoryHandles.of(m)) handle(gc, frame.px(h.x()), frame.py(h.y()));
            }
        }
        gc.restore();
    }

    /** A ring around the selected memory's handles. */
    static void highlight(GraphicsContext gc, PlotFrame frame, MemorySpec m) {
        gc.save();
        gc.setStroke(Style.SELECTION);
        gc.setLineWidth(3);
        for (MemorySpec.Point h : MemoryHandles.of(m)) {
            double r = POINT_RADIUS + OUTLINE + 5;
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

    private static void handle(GraphicsContext gc, double x, double y) {
        gc.setFill(Style.MEMORY_OUTLINE);
        gc.fillRect(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
        gc.setFill(Style.MEMORY_FILL);
        gc.fillRect(x - HANDLE + OUTLINE, y - HANDLE + OUTLINE, 2 * (HANDLE - OUTLINE), 2 * (HANDLE - OUTLINE));
    }

    /** A point memory: a pre-drawn image, blitted (the software renderer rasterizes ovals slowly). */
    private static void dot(GraphicsContext gc, double x, double y) {
        if (dotImage == null) dotImage = drawDot();
        double half = dotImage.getWidth() / 2;
        gc.drawImage(dotImage, Math.round(x - half), Math.round(y - half));
    }

    private static javafx.scene.image.WritableImage dotImage;

    private static void dotShape(GraphicsContext gc, double x, double y) {
        double outer = POINT_RADIUS + OUTLINE;
        gc.setFill(Style.MEMORY_OUTLINE);
        gc.fillOval(x - outer, y - outer, 2 * outer, 2 * outer);
        gc.setFill(Style.MEMORY_FILL);
        gc.fillOval(x - POINT_RADIUS, y - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
    }

    private static javafx.scene.image.WritableImage drawDot() {
        double outer = POINT_RADIUS + OUTLINE;
        int size = (int) Math.ceil(2 * outer + 2);
        javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(size, size);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double c = size / 2.0;
        g.setFill(Style.MEMORY_OUTLINE);
        g.fillOval(c - outer, c - outer, 2 * outer, 2 * outer);
        g.setFill(Style.MEMORY_FILL);
        g.fillOval(c - POINT_RADIUS, c - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
        javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
        transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }
}
