package org.memscape.app.structure;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.FixedPoints;

/**
 * The critical points on the landscape: a ring for a minimum (on a memory it circles the
 * memory's dot), a cross for a saddle, a triangle for a maximum, each light on a dark halo so
 * that it reads on any colour of the heatmap. A spurious minimum (at no memory) has a pink ring
 * and the word "spurious" beside it, inside the plot (left of the ring near the right edge).
 */
final class FixedPointMarks {

    static final Color MARK = Color.web("#f4f4f4");
    static final Color SPURIOUS = Color.web("#ff5fa8");
    static final Color HALO = Color.gray(0.05, 0.75);
    static final double SIZE = 9;

    private FixedPointMarks() {}

    static final String WORD = "spurious";

    /**
     * Where the word beside a mark at {@code x} (ring radius {@code r}) starts: to the mark's right,
     * or to its left where it would run past the plot's right edge (the canvas cut it there), and
     * never left of the plot.
     */
    static double labelLeft(double x, double r, double textWidth, double plotLeft, double plotRight) {
        double right = x + r + 4;
        if (right + textWidth <= plotRight) return right;
        return Math.max(plotLeft, x - r - 4 - textWidth);
    }

    static void paint(GraphicsContext gc, PlotFrame plot, CanvasLook look, FixedPoints points) {
        double r = SIZE * look.markScale();
        double width = 2.2 * look.markScale();
        gc.setFont(Font.font(null, FontWeight.BOLD, 13 * look.markScale()));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (CriticalPoint p : points.points()) {
            double x = plot.px(p.x()), y = plot.py(p.y());
            if (x < plot.left() - r || x > plot.right() + r || y < plot.top() - r || y > plot.bottom() + r) continue;
            Color colour = p.spurious() ? SPURIOUS : MARK;
            for (int pass = 0; pass < 2; pass++) {
                gc.setStroke(pass == 0 ? HALO : colour);
                gc.setLineWidth(pass == 0 ? width + 2.5 : width);
                switch (p.kind()) {
                    case MINIMUM -> gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                    case SADDLE -> {
                        double a = 0.75 * r;
                        gc.strokeLine(x - a, y - a, x + a, y + a);
                        gc.strokeLine(x - a, y + a, x + a, y - a);
                    }
                    case MAXIMUM -> gc.strokePolygon(new double[] {x, x + 0.9 * r, x - 0.9 * r}, new double[] {y - r, y + 0.7 * r, y + 0.7 * r}, 3);
                }
            }
            if (p.spurious()) {
                javafx.scene.text.Text probe = new javafx.scene.text.Text(WORD);
                probe.setFont(gc.getFont());
                double w = probe.getLayoutBounds().getWidth(), h = probe.getLayoutBounds().getHeight();
                double left = labelLeft(x, r, w, plot.left(), plot.right());
                double middle = Math.max(plot.top() + h / 2, Math.min(plot.bottom() - h / 2, y));
                gc.setFill(HALO);
                gc.fillText(WORD, left + 1, middle + 1);
                gc.setFill(SPURIOUS);
                gc.fillText(WORD, left, middle);
            }
        }
    }
}
