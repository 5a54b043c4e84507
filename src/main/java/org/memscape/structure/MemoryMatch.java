package org.memscape.structure;

import org.memscape.core.HopfieldModel;

/**
 * Which memory a point of the landscape belongs to: for models with softmax weights the memory
 * whose weight exceeds ½ there (by more than {@link #ROUNDING}: at a point of symmetry between two
 * memories rounding alone tips one weight a hair above ½); for the others (dot-product networks without the softmax memory,
 * whose memories are points) the memory within 1% of the view's width. −1 where none is: a
 * mixture of memories.
 */
final class MemoryMatch {

    static final double WEIGHT = 0.5;
    static final double ROUNDING = 1e-9;
    static final double NEAR = 0.01;

    private MemoryMatch() {}

    static int at(Landscape landscape, double x, double y, double width) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) return -1;
        if (landscape.softmaxWeights()) {
            double[] w = landscape.model.memoryWeights(new double[] {x, y}, landscape.tau);
            for (int n = 0; n < w.length; n++) {
                if (w[n] > WEIGHT + ROUNDING) return n;
            }
            return -1;
        }
        double[][] memories = ((HopfieldModel) landscape.model).memoryMatrix();
        int best = -1;
        double nearest = NEAR * width;
        for (int n = 0; n < memories.length; n++) {
            double d = Math.hypot(memories[n][0] - x, memories[n][1] - y);
            if (d <= nearest) {
                nearest = d;
                best = n;
            }
        }
        return best;
    }
}
