package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The float special functions of extended memories: against SciPy's erfcx, i0e and i1e
 * (src/test/resources/special/fit_simd_special.py), and bit for bit against a plain-Java copy
 * of the same float operations, as {@link SimdMathTest} holds exp and log.
 */
class SimdSpecialTest {

    private static float[] z;
    private static double[] erfcx, i0e, i1eOverZ;

    @BeforeAll
    static void load() throws IOException {
        JsonNode reference;
        try (InputStream in = SimdSpecialTest.class.getResourceAsStream("/special/simd_special.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        int n = reference.get("z").size();
        z = new float[SimdMath.padded(n)];
        erfcx = new double[z.length];
        i0e = new double[z.length];
        i1eOverZ = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            int k = Math.min(i, n - 1);   // padding repeats the last value
            z[i] = (float) reference.get("z").get(k).asDouble();
            erfcx[i] = reference.get("erfcx").get(k).asDouble();
            i0e[i] = reference.get("i0e").get(k).asDouble();
            i1eOverZ[i] = reference.get("i1eOverZ").get(k).asDouble();
        }
    }

    @Test
    void erfcxMatchesScipy() {
        float[] reversed = new float[z.length];
        for (int i = 0; i < z.length; i++) reversed[i] = z[z.length - 1 - i];
        float[] a = new float[z.length], b = new float[z.length];
        SimdSpecial.erfcxPair(z, reversed, a, b, z.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(erfcx[i], a[i], 4e-7 * erfcx[i], "erfcx " + z[i]);
            assertEquals(erfcx[z.length - 1 - i], b[i], 4e-7 * erfcx[z.length - 1 - i], "erfcx " + reversed[i] + " (second of the pair)");
        }
    }

    @Test
    void besselFunctionsMatchScipy() {
        float[] out0 = new float[z.length], out1 = new float[z.length];
        SimdSpecial.i0e(z, out0, z.length);
        SimdSpecial.i1eOverZ(z, out1, z.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(i0e[i], out0[i], 5e-7 * i0e[i], "I0e " + z[i]);
            assertEquals(i1eOverZ[i], out1[i], 9e-7 * i1eOverZ[i], "I1e/z " + z[i]);
        }
    }

    @Test
    void theLanesGiveTheBitsOfTheSameOperationsInPlainJava() {
        SplittableRandom random = new SplittableRandom(3);
        int n = SimdMath.padded(8192);
        float[] a = new float[n], b = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (i % 3 == 0 ? random.nextDouble(0, 12) : Math.exp(random.nextDouble(-12, 14)));
            b[i] = (float) random.nextDouble(0, 40);
        }
        float[] ea = new float[n], eb = new float[n], zero = new float[n], one = new float[n];
        for (int round = 0; round < 20; round++) {   // again once the JIT has compiled the loops
            SimdSpecial.erfcxPair(a, b, ea, eb, n);
            SimdSpecial.i0e(a, zero, n);
            SimdSpecial.i1eOverZ(a, one, n);
            for (int i = 0; i < n; i++) {
                float da = a[i] * 0.5f + 1f, db = b[i] * 0.5f + 1f;
                float both = 1f / (da * db);
                float ta = both * db, tb = both * da;
                assertEquals(Float.floatToRawIntBits(ta * horner(SimdSpecial.ERFCX, ta)), Float.floatToRawIntBits(ea[i]), "erfcx " + a[i]);
                assertEquals(Float.floatToRawIntBits(tb * horner(SimdSpecial.ERFCX, tb)), Float.floatToRawIntBits(eb[i]), "erfcx " + b[i]);
                assertEquals(Float.floatToRawIntBits(bessel(SimdSpecial.SMALL_I0E, SimdSpecial.LARGE_I0E, a[i])),
                        Float.floatToRawIntBits(zero[i]), "I0e " + a[i]);
                float scaled = bessel(SimdSpecial.SMALL_I1E_OVER_Z, SimdSpecial.LARGE_I1E, a[i]);
                assertEquals(Float.floatToRawIntBits(a[i] > 8f ? scaled / Math.max(a[i], 8f) : scaled), Float.floatToRawIntBits(one[i]),
                        "I1e/z " + a[i]);
            }
        }
    }

    private static float horner(float[] c, float y) {
        float p = c[0];
        for (int k = 1; k < c.length; k++) p = Math.fma(p, y, c[k]);
        return p;
    }

    @Test
    void expIsAccurateAndGivesTheBitsOfPlainJava() {
        SplittableRandom random = new SplittableRandom(5);
        float[] in = new float[SimdMath.padded(20_000)];
        for (int i = 0; i < in.length; i++) in[i] = (float) (i % 2 == 0 ? -random.nextDouble(0, 90) : -random.nextDouble(0, 2));
        in[0] = 0f;
        float[] out = new float[in.length];
        for (int round = 0; round < 20; round++) {
            SimdSpecial.exp(in, out, in.length);
            for (int i = 0; i < in.length; i++) {
                if (in[i] >= -87f) assertEquals(Math.exp(in[i]), out[i], 1.5e-7 * Math.exp(in[i]), "exp " + in[i]);
                assertEquals(Float.floatToRawIntBits(scalarExp(in[i])), Float.floatToRawIntBits(out[i]), "exp " + in[i]);
            }
        }
        assertEquals(1f, out[0], 0f, "e^0 is 1 exactly");
    }

    /** SimdSpecial.exp for one float, operation for operation. */
    private static float scalarExp(float x) {
        x = Math.max(x, -87f);
        float shifted = Math.fma(x, 1.44269504f, 12582912f);
        float k = shifted - 12582912f;
        float f = Math.fma(k, -0.693359375f, x);
        f = Math.fma(k, 2.12194440e-4f, f);
        float q = Math.fma(f, 1.9875691500e-4f, 1.3981999507e-3f);
        q = Math.fma(q, f, 8.3334519073e-3f);
        q = Math.fma(q, f, 4.1665795894e-2f);
        q = Math.fma(q, f, 1.6666665459e-1f);
        q = Math.fma(q, f, 5.0000001201e-1f);
        float p = Math.fma(q, f * f, f) + 1f;
        int bits = ((Float.floatToRawIntBits(shifted) - Float.floatToRawIntBits(12582912f) + 127) << 23);
        return p * Float.intBitsToFloat(bits);
    }

    private static float bessel(float[] small, float[] large, float z) {
        if (z > 8f) {
            float zLarge = Math.max(z, 8f);
            return horner(large, 16f / zLarge - 1f) / (float) Math.sqrt(zLarge);
        }
        return horner(small, Math.min(z, 8f) * 0.25f - 1f);
    }
}
