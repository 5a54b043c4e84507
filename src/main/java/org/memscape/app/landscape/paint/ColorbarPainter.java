package org.memscape.app.landscape.paint;

import org.memscape.text.NumberText;

import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.EnergyRange;
import org.memscape.app.landscape.PlotFrame;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

/** Draws a vertical colorbar right of the heatmap, low values at the bottom, with five tick values. */
public final class ColorbarPainter {

    static final double BAR_WIDTH = 24;
    static final int TICKS = 5;
    static final String LABEL = "energy";

    /** Between the plot and the bar: room for the last x tick label and the axis name "x" after it. */
    public static double gap(CanvasLook look) {
        return Math.max(40, 2 * look.axisNameFont().getSize());
    }

    /** Room the colorbar needs right of the plot, labels included ("15428.5" at the look's tick font). */
    public static double reservedWidth(CanvasLook look) {
        return gap(look) + BAR_WIDTH + 9 + 4.8 * look.tickFont().getSize();
    }

    /** Paints the bar with its left edge at {@code x}, as tall as the plot. */
    public void paint(GraphicsContext gc, PlotFrame frame, double x, Colormap colormap, EnergyRange range, CanvasLook look) {
        double top = frame.top();
        double height = frame.height();
        gc.setImageSmoothing(true);
        gc.drawImage(gradient(colormap), x, top, BAR_WIDTH, height);
        gc.setStroke(look.frame());
        gc.setLineWidth(look.frameWidth());
        double out = look.frameWidth() / 2;
        gc.strokeRect(x - out, top - out, BAR_WIDTH + 2 * out, height + 2 * out);

        gc.setFill(look.text());
        gc.setFont(look.tickFont());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        List<Double> values = Ticks.even(range.low(), range.high(), TICKS);
        double step = (range.high() - range.low()) / (TICKS - 1);
        for (int k = 0; k < TICKS; k++) {
            double y = top + height * (1 - (double) k / (TICKS - 1));
            gc.strokeLine(x + BAR_WIDTH, y, x + BAR_WIDTH + 5, y);
            gc.fillText(NumberText.tick(values.get(k), step), x + BAR_WIDTH + 9, y);
        }

        // above the top tick label, which is centred on the bar's top edge
        gc.setFont(look.axisNameFont());
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(LABEL, x, top - look.tickFont().getSize() / 2 - 4);
    }

    /**
     * The last colormap's column: the range changes every frame of a drag, the colours seldom (a
     * new image is a new texture). One per canvas, never shared: an image drawn by several
     * canvases (the window's and an export's) was sometimes sampled one grey level apart.
     */
    private Colormap gradientOf;
    private WritableImage gradient;

    /** One column of the colormap, top row = high end. FX thread only. */
    private WritableImage gradient(Colormap colormap) {
        if (colormap != gradientOf) {
            gradient = column(colormap);
            gradientOf = colormap;
        }
        return gradient;
    }

    private static WritableImage column(Colormap colormap) {
        int n = colormap.size();
        WritableImage image = new WritableImage(1, n);
        for (int k = 0; k < n; k++) {
            image.getPixelWriter().setArgb(0, n - 1 - k, colormap.argb((double) k / (n - 1)));
        }
        return image;
    }
}
