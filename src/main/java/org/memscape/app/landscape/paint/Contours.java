package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.PlotFrame;

import javafx.scene.canvas.GraphicsContext;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Grid;

/**
 * Contour lines of the heatmap by marching squares on a subsampled grid (about 128 cells a side:
 * finer lines would not show at projector resolution), all levels in one path, to stroke once or twice.
 */
public final class Contours {

    private static final int TARGET = 128;

    private Contours() {}

    /** Makes the lines the current path of {@code gc}, to stroke once or several times (a halo, then the line). */
    public static void trace(GraphicsContext gc, PlotFrame plot, FieldBuffer field, float[] levels) {
        Grid g = field.grid();
        int n = g.size();
        int stride = Math.max(1, n / TARGET);
        int m = n / stride;
        float[] e = field.energy();
        gc.beginPath();
        for (float level : levels) {
            for (int j = 0; j + 1 < m; j++) {
                for (int i = 0; i + 1 < m; i++) {
                    float v00 = e[(j * stride) * n + i * stride], v10 = e[(j * stride) * n + (i + 1) * stride];
                    float v01 = e[((j + 1) * stride) * n + i * stride], v11 = e[((j + 1) * stride) * n + (i + 1) * stride];
                    cell(gc, plot, g, stride, i, j, v00, v10, v01, v11, level);
                }
            }
        }
    }

    /** The segments where the level crosses one cell's edges (saddles joined the simple way). */
    private static void cell(GraphicsContext gc, PlotFrame plot, Grid g, int stride, int i, int j,
                             float v00, float v10, float v01, float v11, float level) {
        double[] xs = new double[4], ys = new double[4];
        int k = 0;
        double x0 = g.x(i * stride), x1 = g.x((i + 1) * stride), y0 = g.y(j * stride), y1 = g.y((j + 1) * stride);
        if ((v00 < level) != (v10 < level)) { xs[k] = lerp(x0, x1, v00, v10, level); ys[k++] = y0; }
        if ((v10 < level) != (v11 < level)) { xs[k] = x1; ys[k++] = lerp(y0, y1, v10, v11, level); }
        if ((v01 < level) != (v11 < level)) { xs[k] = lerp(x0, x1, v01, v11, level); ys[k++] = y1; }
        if ((v00 < level) != (v01 < level)) { xs[k] = x0; ys[k++] = lerp(y0, y1, v00, v01, level); }
        for (int s = 0; s + 1 < k; s += 2) {
            gc.moveTo(plot.px(xs[s]), plot.py(ys[s]));
            gc.lineTo(plot.px(xs[s + 1]), plot.py(ys[s + 1]));
        }
    }

    private static double lerp(double a, double b, float va, float vb, float level) {
        return a + (b - a) * (level - va) / (vb - va);
    }
}
