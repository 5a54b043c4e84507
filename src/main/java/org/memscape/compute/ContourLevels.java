package org.memscape.compute;

import java.util.Arrays;

/**
 * The colour range and contour levels of a heatmap: percentiles of the energy, estimated from a
 * strided sample of at most 4096 cells (sorting all 10⁶ cells of a large grid would cost more
 * than the field) into an array kept between frames.
 */
final class ContourLevels {

    static final int COUNT = 10;
    private static final int SAMPLE = 4096;
    private final float[] sample = new float[SAMPLE];

    /** Writes the 2nd and 98th percentiles into frame.range and COUNT levels evenly between them. */
    void compute(float[] energy, int size, Frame frame) {
        // a 64×64 sub-grid: a flat stride could divide the row length and sample a few columns only
        int stride = Math.max(1, size / 64);
        int n = 0;
        for (int j = stride / 2; j < size && n < SAMPLE; j += stride) {
            for (int i = stride / 2; i < size && n < SAMPLE; i += stride) {
                float e = energy[j * size + i];
                if (Float.isFinite(e)) sample[n++] = e;
            }
        }
        if (n == 0) {
            frame.rangeLow = 0;
            frame.rangeHigh = 1;
        } else {
            Arrays.sort(sample, 0, n);
            frame.rangeLow = sample[(int) (0.02 * (n - 1))];
            frame.rangeHigh = sample[(int) Math.ceil(0.98 * (n - 1))];
            if (!(frame.rangeHigh > frame.rangeLow)) frame.rangeHigh = frame.rangeLow + 1;
        }
        for (int k = 0; k < COUNT; k++) {
            frame.contourLevels[k] = frame.rangeLow + (frame.rangeHigh - frame.rangeLow) * (k + 0.5f) / COUNT;
        }
    }
}
