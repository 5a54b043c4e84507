package org.memscape.app.charts;

import java.util.Arrays;

/**
 * The bars of the "which memory pulls" chart: at most {@link #MAX_BARS} memories with the largest
 * weights, in memory order so that bars keep their places while a particle moves. Memories are
 * numbered from 1. No JavaFX, no JFreeChart.
 */
record WeightBars(int[] memories, double[] weights, int strongest) {

    static final int MAX_BARS = 32;

    static final WeightBars NONE = new WeightBars(new int[0], new double[0], -1);

    /** The bars for these weights (null gives none). Non-finite weights count as 0. */
    static WeightBars of(double[] weights) {
        if (weights == null || weights.length == 0) return NONE;
        int n = weights.length;
        int[] chosen;
        if (n <= MAX_BARS) {
            chosen = new int[n];
            for (int i = 0; i < n; i++) chosen[i] = i;
        } else {
            // the indices of the MAX_BARS largest weights (ties: the lower index), then in memory order
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(value(weights[b]), value(weights[a]));
                return c != 0 ? c : Integer.compare(a, b);
            });
            chosen = new int[MAX_BARS];
            for (int i = 0; i < MAX_BARS; i++) chosen[i] = order[i];
            Arrays.sort(chosen);
        }
        int[] memories = new int[chosen.length];
        double[] values = new double[chosen.length];
        int strongest = 0;
        for (int i = 0; i < chosen.length; i++) {
            memories[i] = chosen[i] + 1;
            values[i] = value(weights[chosen[i]]);
            if (values[i] > values[strongest]) strongest = i;
        }
        return new WeightBars(memories, values, strongest);
    }

    private static double value(double w) {
        return Double.isFinite(w) ? w : 0;
    }

    int size() { return memories.length; }
}
