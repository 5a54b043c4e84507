package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The products: right (against a double-precision loop) and the same bits on the vector and scalar paths. */
class GemmTest {

    @Test
    void multiplyMatchesTheScalarTwinBitForBitAndADoubleLoop() {
        Random random = new Random(7);
        int[][] shapes = {{64, 128, 128}, {64, 128, 19}, {19, 128, 64}, {3, 130, 7}, {1, 2, 128}, {5, 17, 33}, {128, 2, 64}};
        for (int[] shape : shapes) {
            int m = shape[0], n = shape[1], p = shape[2];
            for (boolean transposedA : new boolean[] {false, true}) {
                float[] a = randoms(random, m * p), b = randoms(random, p * n), init = randoms(random, n + 3);
                int aRow = transposedA ? 1 : p, aCol = transposedA ? m : 1;
                float[] c = new float[m * n], twin = new float[m * n];
                Gemm.multiply(m, n, p, a, 0, aRow, aCol, b, 0, n, init, 3, c, 0, n);
                Gemm.multiplyScalar(m, n, p, a, 0, aRow, aCol, b, 0, n, init, 3, twin, 0, n, 0);
                assertArrayEquals(twin, c, "shape " + m + "×" + n + "×" + p + (transposedA ? " with Aᵀ" : ""));
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double sum = init[3 + j], size = Math.abs(init[3 + j]);
                        for (int k = 0; k < p; k++) {
                            sum += (double) a[i * aRow + k * aCol] * b[k * n + j];
                            size += Math.abs((double) a[i * aRow + k * aCol] * b[k * n + j]);
                        }
                        assertEquals(sum, c[i * n + j], 1e-6 * size + 1e-30);
                    }
                }
            }
        }
    }

    private static float[] randoms(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) random.nextGaussian();
        return v;
    }
}
