package org.memscape.core;

import java.util.stream.IntStream;

/**
 * Energy and force of a 2-D model at the G×G cell centres of a rectangle,
 * x_i = xmin + (i + ½)(xmax − xmin)/G (likewise y); index j·G + i (rows of constant y).
 * The exact reference evaluation, one point at a time, rows in parallel.
 */
public record GridField(int size, double xmin, double xmax, double ymin, double ymax,
                        double[] energy, double[] forceX, double[] forceY) {

    public double x(int i) { return xmin + (i + 0.5) * (xmax - xmin) / size; }

    public double y(int j) { return ymin + (j + 0.5) * (ymax - ymin) / size; }

    public static GridField evaluate(EnergyModel model, double xmin, double xmax, double ymin, double ymax,
                                     int size, double tau) {
        if (model.dim() != 2) throw new IllegalArgumentException("a grid field needs a 2-D model");
        double[] energy = new double[size * size];
        double[] fx = new double[size * size];
        double[] fy = new double[size * size];
        GridField field = new GridField(size, xmin, xmax, ymin, ymax, energy, fx, fy);
        IntStream.range(0, size).parallel().forEach(j -> {
            double[] point = new double[2];
            double[] force = new double[2];
            for (int i = 0; i < size; i++) {
                point[0] = field.x(i);
                point[1] = field.y(j);
                int k = j * size + i;
                energy[k] = model.energy(point, tau, force);
                fx[k] = force[0];
                fy[k] = force[1];
            }
        });
        return field;
    }
}
