package org.memscape.app.landscape.paint;

import org.memscape.text.NumberText;

import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.PlotFrame;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Draws the frame around the heatmap with tick marks and labels along the bottom and left. */
public final class AxesPainter {

    static final double TICK_LENGTH = 6;
    /** About one tick label per this many pixels. */
    static final double PIXELS_PER_TICK = 70;

    private AxesPainter() {}

    /** Paints the axes; returns where the axis name "x", after the last tick label, ends (the colorbar goes after it). */
    public static double paint(GraphicsContext gc, PlotFrame frame, CanvasLook look) {
        var d = frame.domain();
        gc.setStroke(look.frame());
        gc.setLineWidth(look.frameWidth());
        double out = look.frameWidth() / 2;   // the frame's line lies just outside the heatmap
        gc.strokeRect(frame.left() - out, frame.top() - out, frame.width() + 2 * out, frame.height() + 2 * out);
        gc.setFill(look.text());
        gc.setFont(look.tickFont());

        List<Double> xs = xTicks(frame);
        double xStep = xs.size() > 1 ? xs.get(1) - xs.get(0) : d.width();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double labelsEnd = frame.right();   // where the last tick label ends: the axis name goes after it
        for (double x : xs) {
            double px = frame.px(x);
            labelsEnd = Math.max(labelsEnd, px + width(NumberText.tick(x, xStep), look.tickFont()) / 2);
            gc.strokeLine(px, frame.bottom(), px, frame.bottom() + TICK_LENGTH);
            gc.fillText(NumberText.tick(x, xStep), px, frame.bottom() + TICK_LENGTH + 3);
        }

        List<Double> ys = yTicks(frame);
        double yStep = ys.size() > 1 ? ys.get(1) - ys.get(0) : d.height();
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double y : ys) {
            double py = frame.py(y);
            gc.strokeLine(frame.left() - TICK_LENGTH, py, frame.left(), py);
            gc.fillText(NumberText.tick(y, yStep), frame.left() - TICK_LENGTH - 5, py);
        }

        gc.setFont(look.axisNameFont());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double nameX = Math.max(frame.right() + 14, labelsEnd + 8);
        gc.fillText("x", nameX, frame.bottom() + TICK_LENGTH + 3);
        // Above the top tick label, which is centred on the frame's top edge.
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText("y", frame.left() - TICK_LENGTH - 5, frame.top() - 14);
        return nameX + width("x", look.axisNameFont());
    }

    /** The x values that get a tick on this frame. */
    public static List<Double> xTicks(PlotFrame frame) {
        return Ticks.nice(frame.domain().xmin(), frame.domain().xmax(), count(frame.width()));
    }

    /** The y values that get a tick on this frame. */
    public static List<Double> yTicks(PlotFrame frame) {
        return Ticks.nice(frame.domain().ymin(), frame.domain().ymax(), count(frame.height()));
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static int count(double pixels) {
        return Math.max(3, (int) Math.round(pixels / PIXELS_PER_TICK));
    }
}
