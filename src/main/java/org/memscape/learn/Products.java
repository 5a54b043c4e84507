package org.memscape.learn;

/** The network's matrix product for code outside the package (the benchmark): C = A·B, row-major. */
public final class Products {

    private Products() {}

    /** Whether the product runs in Vector API lanes. */
    public static boolean vector() { return Gemm.VECTOR; }

    /** C (m × n) = A (m × p) · B (p × n); {@code scalar} takes the one-element-at-a-time twin. */
    public static void multiply(int m, int n, int p, float[] a, float[] b, float[] c, boolean scalar) {
        if (scalar) {
            Gemm.multiplyScalar(m, n, p, a, 0, p, 1, b, 0, n, null, 0, c, 0, n, 0);
        } else {
            Gemm.multiply(m, n, p, a, 0, p, 1, b, 0, n, null, 0, c, 0, n);
        }
    }
}
