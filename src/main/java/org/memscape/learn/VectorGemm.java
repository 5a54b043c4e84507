package org.memscape.learn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Gemm}'s vector path: blocks of 4 rows × 4 vectors of C held in 16 accumulators while k
 * runs, each lane one element of C with its own chain of fused multiply-adds (so the lane width
 * does not change a bit). Loaded only when the Vector API module is.
 */
final class VectorGemm {

    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int LANES = S.length();

    private VectorGemm() {}

    static void multiply(int m, int n, int p, float[] a, int aOff, int aRow, int aCol, float[] b, int bOff, int bRow,
                         float[] init, int initOff, float[] c, int cOff, int cRow) {
        int wide = n / (4 * LANES) * (4 * LANES);
        int rows4 = m / 4 * 4;
        for (int j = 0; j < wide; j += 4 * LANES) {
            for (int i = 0; i < rows4; i += 4) block4x4(p, a, aOff + i * aRow, aRow, aCol, b, bOff + j, bRow, init, initOff + j, c, cOff + i * cRow + j, cRow);
            for (int i = rows4; i < m; i++) {
                for (int jj = j; jj < j + 4 * LANES; jj += LANES) row1(p, a, aOff + i * aRow, aCol, b, bOff + jj, bRow, init, initOff + jj, c, cOff + i * cRow + jj);
            }
        }
        int narrow = n / LANES * LANES;
        for (int j = wide; j < narrow; j += LANES) {
            for (int i = 0; i < m; i++) row1(p, a, aOff + i * aRow, aCol, b, bOff + j, bRow, init, initOff + j, c, cOff + i * cRow + j);
        }
        if (narrow < n) Gemm.multiplyScalar(m, n, p, a, aOff, aRow, aCol, b, bOff, bRow, init, initOff, c, cOff, cRow, narrow);
    }

    private static FloatVector start(float[] init, int j) {
        return init == null ? FloatVector.zero(S) : FloatVector.fromArray(S, init, j);
    }

    /** One row of C, one vector of columns. */
    private static void row1(int p, float[] a, int ai, int aCol, float[] b, int bj, int bRow, float[] init, int j, float[] c, int cij) {
        FloatVector acc = start(init, j);
        for (int k = 0; k < p; k++) acc = FloatVector.fromArray(S, b, bj + k * bRow).fma(FloatVector.broadcast(S, a[ai + k * aCol]), acc);
        acc.intoArray(c, cij);
    }

    /** Four rows of C by four vectors of columns. */
    private static void block4x4(int p, float[] a, int ai, int aRow, int aCol, float[] b, int bj, int bRow, float[] init, int j,
                                 float[] c, int cij, int cRow) {
        FloatVector s0 = start(init, j), s1 = start(init, j + LANES), s2 = start(init, j + 2 * LANES), s3 = start(init, j + 3 * LANES);
        FloatVector c00 = s0, c01 = s1, c02 = s2, c03 = s3;
        FloatVector c10 = s0, c11 = s1, c12 = s2, c13 = s3;
        FloatVector c20 = s0, c21 = s1, c22 = s2, c23 = s3;
        FloatVector c30 = s0, c31 = s1, c32 = s2, c33 = s3;
        for (int k = 0; k < p; k++) {
            int bk = bj + k * bRow;
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector b1 = FloatVector.fromArray(S, b, bk + LANES);
            FloatVector b2 = FloatVector.fromArray(S, b, bk + 2 * LANES);
            FloatVector b3 = FloatVector.fromArray(S, b, bk + 3 * LANES);
            int ak = ai + k * aCol;
            FloatVector a0 = FloatVector.broadcast(S, a[ak]);
            c00 = b0.fma(a0, c00); c01 = b1.fma(a0, c01); c02 = b2.fma(a0, c02); c03 = b3.fma(a0, c03);
            FloatVector a1 = FloatVector.broadcast(S, a[ak + aRow]);
            c10 = b0.fma(a1, c10); c11 = b1.fma(a1, c11); c12 = b2.fma(a1, c12); c13 = b3.fma(a1, c13);
            FloatVector a2 = FloatVector.broadcast(S, a[ak + 2 * aRow]);
            c20 = b0.fma(a2, c20); c21 = b1.fma(a2, c21); c22 = b2.fma(a2, c22); c23 = b3.fma(a2, c23);
            FloatVector a3 = FloatVector.broadcast(S, a[ak + 3 * aRow]);
            c30 = b0.fma(a3, c30); c31 = b1.fma(a3, c31); c32 = b2.fma(a3, c32); c33 = b3.fma(a3, c33);
        }
        c00.intoArray(c, cij); c01.intoArray(c, cij + LANES); c02.intoArray(c, cij + 2 * LANES); c03.intoArray(c, cij + 3 * LANES);
        int r = cij + cRow;
        c10.intoArray(c, r); c11.intoArray(c, r + LANES); c12.intoArray(c, r + 2 * LANES); c13.intoArray(c, r + 3 * LANES);
        r += cRow;
        c20.intoArray(c, r); c21.intoArray(c, r + LANES); c22.intoArray(c, r + 2 * LANES); c23.intoArray(c, r + 3 * LANES);
        r += cRow;
        c30.intoArray(c, r); c31.intoArray(c, r + LANES); c32.intoArray(c, r + 2 * LANES); c33.intoArray(c, r + 3 * LANES);
    }
}
