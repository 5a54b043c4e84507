package org.memscape.core;

/**
 * The classical binary Hopfield network (Ambrogioni eq. 1–3): W = Σ y_n y_nᵀ with zero diagonal,
 * states in {−1, +1}^D, energy −½ xᵀWx.
 */
public final class BinaryHopfield {

    private final double[][] weights;

    public BinaryHopfield(double[][] patterns) {
        int dim = patterns[0].length;
        weights = new double[dim][dim];
        for (double[] y : patterns) {
            if (y.length != dim) throw new IllegalArgumentException("patterns differ in dimension");
            for (int i = 0; i < dim; i++) {
                for (int j = 0; j < dim; j++) {
                    if (i != j) weights[i][j] += y[i] * y[j];
                }
            }
        }
    }

    public double energy(double[] x) {
        double e = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) e -= 0.5 * x[i] * weights[i][j] * x[j];
        }
        return e;
    }

    /** x ← sign(W x), all units at once; a unit whose input is exactly 0 keeps its value. */
    public double[] updateSynchronous(double[] x) {
        double[] next = new double[x.length];
        for (int i = 0; i < x.length; i++) next[i] = signOrKeep(input(x, i), x[i]);
        return next;
    }

    /** Updates unit i alone; asynchronous updates never raise the energy. */
    public void updateUnit(double[] x, int i) {
        x[i] = signOrKeep(input(x, i), x[i]);
    }

    private double input(double[] x, int i) {
        double h = 0;
        for (int j = 0; j < x.length; j++) h += weights[i][j] * x[j];
        return h;
    }

    private static double signOrKeep(double h, double current) {
        return h > 0 ? 1 : h < 0 ? -1 : current;
    }
}
