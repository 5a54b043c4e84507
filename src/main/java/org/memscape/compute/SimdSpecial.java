package org.memscape.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;

/**
 * The special functions of extended memories in float lanes: erfcx for segments, the scaled
 * Bessel functions I0e and I1e for circles. Like {@link SimdMath#exp} they use adds,
 * multiplies, divisions, square roots and compares only, so they give the same bits interpreted
 * or compiled and on every machine. The polynomials were fitted to SciPy's functions
 * (src/test/resources/special/fit_simd_special.py); their float errors are stated beside them.
 */
final class SimdSpecial {

    private SimdSpecial() {}

    /** erfcx z = t·Q(t), t = 1/(1 + z/2), for z ≥ 0: relative error below 1.8e-7 in float. */
    static final float[] ERFCX = {4.317306727e-02f, -2.346054912e-01f, 4.933857322e-01f, -4.545637071e-01f, 1.318500340e-01f,
        -5.905091017e-02f, 9.341474622e-02f, 1.753240824e-01f, 2.468838841e-01f, 2.820937634e-01f,
        2.820948064e-01f};

    // I0e(z) for z ≤ 8 in y = z/4 − 1: relative error below 2.7e-7 in float
    static final float[] SMALL_I0E = {-8.519843686e-04f, 1.981479349e-03f, -7.548949798e-04f, 1.227721456e-03f, -8.018236607e-03f,
        1.452830154e-02f, -1.885735430e-02f, 2.860796265e-02f, -4.331789166e-02f, 5.733398348e-02f,
        -6.946329027e-02f, 7.916500419e-02f, -8.497324586e-02f, 8.735429496e-02f, -8.904287219e-02f,
        9.451521933e-02f, -1.130043343e-01f, 2.070019245e-01f};
    // I1e(z)/z for z ≤ 8 in y = z/4 − 1: relative error below 5.7e-7 in float
    static final float[] SMALL_I1E_OVER_Z = {-1.236827957e-04f, 3.074142151e-04f, -2.026265720e-04f, 4.114421899e-04f, -1.698594308e-03f,
        3.361420473e-03f, -5.427421071e-03f, 9.367400780e-03f, -1.561430097e-02f, 2.376264147e-02f,
        -3.366128355e-02f, 4.465943575e-02f, -5.528131127e-02f, 6.376889348e-02f, -6.848253310e-02f,
        6.805754453e-02f, -6.112433970e-02f, 4.468771070e-02f};
    // √z·I0e(z) for z > 8 in y = 16/z − 1: relative error below 7e-8 in float
    static final float[] LARGE_I0E = {1.086794228e-07f, 3.626670377e-07f, 1.476115699e-06f, 1.111214806e-05f, 1.362171606e-04f,
        3.360555740e-03f, 4.021764994e-01f};
    // √z·I1e(z) for z > 8 in y = 16/z − 1: relative error below 6e-8 in float
    static final float[] LARGE_I1E = {-1.227321746e-07f, -4.210350255e-07f, -1.825690788e-06f, -1.500396502e-05f, -2.192371321e-04f,
        -9.749581106e-03f, 3.893984556e-01f};

    /** Σ c[k] y^(n−1−k) by Horner's rule, highest power first, with fused multiply-adds (one rounding each, in any mode). */
    static FloatVector horner(float[] c, FloatVector y) {
        FloatVector p = FloatVector.broadcast(SimdMath.S, c[0]);
        for (int k = 1; k < c.length; k++) p = p.fma(y, FloatVector.broadcast(SimdMath.S, c[k]));
        return p;
    }

    private static final float ROUNDING = 12582912f;   // 1.5·2^23
    private static final int ROUNDING_BITS = Float.floatToRawIntBits(ROUNDING);

    /**
     * e^x for x ≤ 0, as {@link SimdMath#exp} (the same reduction and polynomial) but with fused
     * multiply-adds, half the operations: its bits differ from SimdMath.exp's, so the point
     * kernel and the particles keep that one. Fused multiply-adds round once, exactly as
     * Math.fma does, so these bits too are the same interpreted or compiled.
     */
    static FloatVector exp(FloatVector x) {
        x = x.max(-87f);
        FloatVector shifted = x.fma(1.44269504f, ROUNDING);
        FloatVector k = shifted.sub(ROUNDING);
        FloatVector f = k.fma(FloatVector.broadcast(SimdMath.S, -0.693359375f), x);
        f = k.fma(FloatVector.broadcast(SimdMath.S, 2.12194440e-4f), f);
        FloatVector q = f.fma(1.9875691500e-4f, 1.3981999507e-3f).fma(f, FloatVector.broadcast(SimdMath.S, 8.3334519073e-3f))
                .fma(f, FloatVector.broadcast(SimdMath.S, 4.1665795894e-2f)).fma(f, FloatVector.broadcast(SimdMath.S, 1.6666665459e-1f))
                .fma(f, FloatVector.broadcast(SimdMath.S, 5.0000001201e-1f));
        FloatVector p = q.fma(f.mul(f), f).add(1f);
        FloatVector scale = shifted.reinterpretAsInts().sub(ROUNDING_BITS).add(127)
                .lanewise(jdk.incubator.vector.VectorOperators.LSHL, 23).reinterpretAsFloats();
        return p.mul(scale);
    }

    /** The two pieces of a scaled Bessel function: below 8 a polynomial in z, above it one in 8/z over √z. */
    private static FloatVector bessel(float[] small, float[] large, FloatVector z) {
        VectorMask<Float> isLarge = z.compare(jdk.incubator.vector.VectorOperators.GT, 8f);
        FloatVector ySmall = z.min(8f).mul(0.25f).sub(1f);
        FloatVector zLarge = z.max(8f);
        FloatVector yLarge = FloatVector.broadcast(SimdMath.S, 16f).div(zLarge).sub(1f);
        FloatVector below = horner(small, ySmall);
        FloatVector above = horner(large, yLarge).div(zLarge.sqrt());
        return below.blend(above, isLarge);
    }

    /** I0(z)·e^−z for z ≥ 0, relative error below 3e-7. */
    static FloatVector i0e(FloatVector z) {
        return bessel(SMALL_I0E, LARGE_I0E, z);
    }

    /** I1(z)·e^−z / z for z ≥ 0 (½ at 0), relative error below 6e-7. */
    static FloatVector i1eOverZ(FloatVector z) {
        FloatVector scaled = bessel(SMALL_I1E_OVER_Z, LARGE_I1E, z);
        // above 8 the polynomial gives √z·I1e(z): divide by z there (z ≥ 8, no division by zero)
        VectorMask<Float> isLarge = z.compare(jdk.incubator.vector.VectorOperators.GT, 8f);
        return scaled.blend(scaled.div(z.max(8f)), isLarge);
    }

    // Whole arrays (lengths multiples of the lane count), each function in a loop of its own:
    // see MixtureTile for why the stages are kept apart.

    /** out[i] = e^in[i]. */
    static void exp(float[] in, float[] out, int count) {
        for (int i = 0; i < count; i += SimdMath.LANES) exp(FloatVector.fromArray(SimdMath.S, in, i)).intoArray(out, i);
    }

    /**
     * outA[i] = erfcx(a[i]) and outB[i] = erfcx(b[i]) for a, b ≥ 0, with one division for the
     * pair: 1/((1 + a/2)(1 + b/2)) times the other factor gives each t.
     */
    static void erfcxPair(float[] a, float[] b, float[] outA, float[] outB, int count) {
        for (int i = 0; i < count; i += SimdMath.LANES) {
            FloatVector da = FloatVector.fromArray(SimdMath.S, a, i).mul(0.5f).add(1f);
            FloatVector db = FloatVector.fromArray(SimdMath.S, b, i).mul(0.5f).add(1f);
            FloatVector both = FloatVector.broadcast(SimdMath.S, 1f).div(da.mul(db));
            FloatVector ta = both.mul(db), tb = both.mul(da);
            ta.mul(horner(ERFCX, ta)).intoArray(outA, i);
            tb.mul(horner(ERFCX, tb)).intoArray(outB, i);
        }
    }

    /** out[i] = I0e(z[i]). */
    static void i0e(float[] z, float[] out, int count) {
        for (int i = 0; i < count; i += SimdMath.LANES) i0e(FloatVector.fromArray(SimdMath.S, z, i)).intoArray(out, i);
    }

    /** out[i] = I1e(z[i])/z[i]. */
    static void i1eOverZ(float[] z, float[] out, int count) {
        for (int i = 0; i < count; i += SimdMath.LANES) i1eOverZ(FloatVector.fromArray(SimdMath.S, z, i)).intoArray(out, i);
    }
}
