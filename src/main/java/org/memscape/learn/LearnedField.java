package org.memscape.learn;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.memscape.compute.Grid;
import org.memscape.core.GridField;

/**
 * The learned score on the same G×G cell centres as the exact field ({@link GridField}: index
 * j·G + i, x_i = xmin + (i + ½)(xmax − xmin)/G), evaluated in batches. The network predicts no
 * energy, so the energy column is NaN (an empty CSV cell).
 */
public final class LearnedField {

    private LearnedField() {}

    /**
     * The same on the engine's {@link Grid} (the cells of a {@code FieldBuffer}: index j·G + i), in
     * float as the engine keeps a field, into {@code forceX} and {@code forceY} (length ≥ G²): what
     * a view of the learned score shows where the exact one is.
     */
    public static void evaluate(Network network, Grid grid, double tau, float[] forceX, float[] forceY, ForkJoinPool pool) {
        GridField field = evaluate(network, grid.xmin(), grid.xmax(), grid.ymin(), grid.ymax(), grid.size(), tau, pool);
        for (int k = 0; k < grid.cells(); k++) {
            forceX[k] = (float) field.forceX()[k];
            forceY[k] = (float) field.forceY()[k];
        }
    }

    public static GridField evaluate(Network network, double xmin, double xmax, double ymin, double ymax, int size, double tau,
                                     ForkJoinPool pool) {
        if (network.architecture().dim() != 2) throw new IllegalArgumentException("a grid field needs a 2-D network");
        int cells = size * size;
        double[] energy = new double[cells];
        Arrays.fill(energy, Double.NaN);
        GridField field = new GridField(size, xmin, xmax, ymin, ymax, energy, new double[cells], new double[cells]);
        double[] xy = new double[2 * cells];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                xy[2 * (j * size + i)] = field.x(i);
                xy[2 * (j * size + i) + 1] = field.y(j);
            }
        }
        double[] score = new double[2 * cells];
        network.scores(xy, cells, tau, score, pool);
        for (int k = 0; k < cells; k++) {
            field.forceX()[k] = score[2 * k];
            field.forceY()[k] = score[2 * k + 1];
        }
        return field;
    }
}
