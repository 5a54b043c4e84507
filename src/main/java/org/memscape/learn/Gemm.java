package org.memscape.learn;

/**
 * The network's matrix products, C = init + A·B in float, one fused multiply-add at a time in the
 * order k = 0, 1, … of the inner index for every element of C. That order is the same on every
 * path (vector lanes of any width, the scalar loop, any number of threads), so a product gives
 * the same bits wherever it runs: there is no horizontal sum of lanes anywhere.
 *
 * <p>A is read element by element through two strides, so a transposed operand (the weight
 * gradient Hᵀ·δ) needs no copy; B and C are row-major. The vector path ({@link VectorGemm}) is
 * taken when the Vector API module is loaded; {@link #multiplyScalar} is its exact twin.
 */
final class Gemm {

    private Gemm() {}

    /** Whether products take the vector path (the module is loaded and not switched off). */
    static final boolean VECTOR = vectorAvailable();

    private static boolean vectorAvailable() {
        if (!Boolean.parseBoolean(System.getProperty("memscape.simd", "true"))) return false;
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return false;
        try {
            return VectorGemm.LANES > 1;
        } catch (LinkageError e) {
            return false;
        }
    }

    /**
     * C[i][j] = init[initOff + j] + Σ_k A[i][k]·B[k][j] for i < m, j < n, k < p (init null: 0), where
     * A[i][k] = a[aOff + i·aRow + k·aCol], B[k][j] = b[bOff + k·bRow + j], C[i][j] = c[cOff + i·cRow + j].
     */
    static void multiply(int m, int n, int p, float[] a, int aOff, int aRow, int aCol, float[] b, int bOff, int bRow,
                         float[] init, int initOff, float[] c, int cOff, int cRow) {
        if (VECTOR) {
            VectorGemm.multiply(m, n, p, a, aOff, aRow, aCol, b, bOff, bRow, init, initOff, c, cOff, cRow);
        } else {
            multiplyScalar(m, n, p, a, aOff, aRow, aCol, b, bOff, bRow, init, initOff, c, cOff, cRow, 0);
        }
    }

    /** The same, for columns j ≥ {@code fromColumn} only, one element at a time. */
    static void multiplyScalar(int m, int n, int p, float[] a, int aOff, int aRow, int aCol, float[] b, int bOff, int bRow,
                               float[] init, int initOff, float[] c, int cOff, int cRow, int fromColumn) {
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * aRow;
            for (int j = fromColumn; j < n; j++) {
                float acc = init == null ? 0f : init[initOff + j];
                for (int k = 0; k < p; k++) acc = Math.fma(a[ai + k * aCol], b[bOff + k * bRow + j], acc);
                c[cOff + i * cRow + j] = acc;
            }
        }
    }
}
