package org.memscape.experiment;

import java.util.Arrays;

/**
 * The classical Hopfield network of the experiments' protocol: Hebbian weights W = Σ y_n y_nᵀ
 * with the diagonal included (the protocol; MATH.md §1's binary network has a zero
 * diagonal), synchronous updates x ← sign(W x) with sign(0) = +1, from the corrupted pattern until
 * the state stops changing or the sweeps run out. With the diagonal, W x = Yᵀ(Y x): two products
 * of n×d instead of the d×d matrix.
 */
public final class ClassicalHopfield {

    private ClassicalHopfield() {}

    /** The result in {@code out} (entries ±1); returns the sweeps done (the last one changed nothing, unless it is maxSweeps). */
    public static int retrieve(SoftmaxRecall patterns, double[] start, int maxSweeps, double[] out) {
        int dim = patterns.dim();
        double[] x = Arrays.copyOf(start, dim);
        double[] field = new double[dim];
        double[] overlaps = new double[patterns.patterns()];
        int sweep = 0;
        while (sweep < maxSweeps) {
            sweep++;
            patterns.overlaps(x, overlaps);
            patterns.combine(overlaps, field);
            boolean changed = false;
            for (int i = 0; i < dim; i++) {
                double s = Binary.sign(field[i]);
                if (s != x[i]) changed = true;
                x[i] = s;
            }
            if (!changed) break;
        }
        System.arraycopy(x, 0, out, 0, dim);
        return sweep;
    }
}
