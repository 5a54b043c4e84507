package org.memscape.app.structure;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.memscape.plot.Palette;
import org.memscape.scene.DynamicsSpec;

/**
 * How each dynamics of the paired runs is drawn: a colour of the Okabe–Ito palette, which stays
 * distinct under the common colour blindnesses, and a shape of its own (circle, square, triangle,
 * diamond by the place in the list), so that no one has to tell them apart by colour alone. The
 * light colours were taken because particles settle in the landscape's dark valleys.
 */
final class PairedLook {

    /** Orange, sky blue, reddish purple, yellow (Okabe &amp; Ito 2008). */
    static final Color[] COLOURS = {Color.web(Palette.ORANGE), Color.web(Palette.SKY_BLUE), Color.web(Palette.PINK), Color.web(Palette.YELLOW)};
    static final String[] SHAPE_NAMES = {"circle", "square", "triangle", "diamond"};
    static final Color EDGE = Color.web(Palette.MEMORY_FILL);

    private PairedLook() {}

    /** A short name for the legend and the table. */
    static String label(DynamicsSpec.Sampler d, boolean diffusion) {
        return switch (d) {
            case GRADIENT_FLOW -> diffusion ? "gradient flow at \u03C4min" : "gradient flow";
            case LANGEVIN -> diffusion ? "Langevin at \u03C4min" : "Langevin";
            case HOPFIELD_UPDATE -> diffusion ? "Hopfield update, \u03B2 = \u03B2eff(\u03C4min)" : "Hopfield update";
            case REVERSE_SDE -> "reverse SDE";
            case PROBABILITY_FLOW_ODE -> "probability-flow ODE";
        };
    }

    /** The same, as short as the table's narrow column needs. */
    static String shortLabel(DynamicsSpec.Sampler d) {
        return switch (d) {
            case GRADIENT_FLOW -> "flow";
            case LANGEVIN -> "Langevin";
            case HOPFIELD_UPDATE -> "Hopfield";
            case REVERSE_SDE -> "SDE";
            case PROBABILITY_FLOW_ODE -> "ODE";
        };
    }

    /** The mark of the {@code index}-th dynamics centred at (x, y), r its half-size: filled in its colour with a dark edge. */
    static void mark(GraphicsContext gc, int index, double x, double y, double r) {
        gc.setFill(COLOURS[index]);
        gc.setStroke(EDGE);
        switch (index) {
            case 0 -> {
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case 1 -> {
                double a = 0.88 * r;
                gc.fillRect(x - a, y - a, 2 * a, 2 * a);
                gc.strokeRect(x - a, y - a, 2 * a, 2 * a);
            }
            case 2 -> {
                double[] xs = {x, x + 1.1 * r, x - 1.1 * r};
                double[] ys = {y - 1.15 * r, y + 0.85 * r, y + 0.85 * r};
                gc.fillPolygon(xs, ys, 3);
                gc.strokePolygon(xs, ys, 3);
            }
            default -> {
                double a = 1.2 * r;
                double[] xs = {x, x + a, x, x - a};
                double[] ys = {y - a, y, y + a, y};
                gc.fillPolygon(xs, ys, 4);
                gc.strokePolygon(xs, ys, 4);
            }
        }
    }
}
