package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/**
 * The vector loops must give the same bits before and after the JIT compiles them (a replayed
 * step, and two pictures of one scene, depend on it), so they are built from IEEE adds,
 * multiplies and bit moves only. A plain-Java copy of each with the same float operations is
 * the reference: any library intrinsic (LOG, reduceLanes(ADD)) would differ from it in the
 * last bit somewhere over these inputs.
 */
class SimdMathTest {

    @Test
    void logIsAccurateAcrossTheFloatRange() {
        SplittableRandom random = new SplittableRandom(7);
        float[] in = new float[SimdMath.padded(20_000)];
        for (int i = 0; i < in.length; i++) in[i] = (float) Math.exp(random.nextDouble(-80, 80));
        in[0] = 1f;
        in[1] = 0.70710677f;
        in[2] = 0.7071068f;
        in[3] = 2f;
        in[4] = Float.MIN_NORMAL;
        in[5] = Float.MAX_VALUE;
        float[] out = new float[in.length];
        SimdMath.log(in, out, in.length);
        for (int i = 0; i < in.length; i++) {
            double exact = Math.log(in[i]);
            double allowed = Math.max(2e-7, 1.2e-7 * Math.abs(exact));
            assertEquals(exact, out[i], allowed, "log " + in[i]);
        }
        assertEquals(0f, out[0], 0f, "log 1 is 0 exactly");
    }

    @Test
    void logGivesTheBitsOfTheSameOperationsInPlainJava() {
        SplittableRandom random = new SplittableRandom(11);
        float[] in = new float[SimdMath.padded(4096)];
        for (int i = 0; i < in.length; i++) in[i] = (float) Math.exp(random.nextDouble(-60, 60));
        float[] out = new float[in.length];
        SimdMath.log(in, out, in.length);
        for (int i = 0; i < in.length; i++) {
            assertEquals(Float.floatToRawIntBits(scalarLog(in[i])), Float.floatToRawIntBits(out[i]), "log " + in[i]);
        }
    }

    @Test
    void lanesAreAddedInOrder() {
        float[] values = new float[SimdMath.LANES];
        for (int i = 0; i < values.length; i++) values[i] = (i % 2 == 0 ? 1e8f : 1f) + i;
        double expected = 0;
        for (float v : values) expected += v;
        assertEquals(expected, SimdMath.sumLanes(FloatVector.fromArray(SimdMath.S, values, 0)), 0.0);
    }

    @Test
    void expAndLogAreInverse() {
        float[] in = new float[SimdMath.padded(1000)];
        for (int i = 0; i < in.length; i++) in[i] = -80f * i / in.length;
        float[] e = new float[in.length];
        float[] back = new float[in.length];
        for (int i = 0; i < in.length; i += SimdMath.LANES) SimdMath.exp(FloatVector.fromArray(SimdMath.S, in, i)).intoArray(e, i);
        SimdMath.log(e, back, in.length);
        for (int i = 0; i < in.length; i++) assertTrue(Math.abs(back[i] - in[i]) < 2e-5 + 2e-7 * Math.abs(in[i]), "at " + in[i]);
    }

    /** SimdMath.log for one float, operation for operation. */
    private static float scalarLog(float x) {
        int bits = Float.floatToRawIntBits(x);
        float e = (float) ((bits >>> 23) - 126);
        float m = Float.intBitsToFloat((bits & 0x007fffff) | Float.floatToRawIntBits(0.5f));
        boolean small = m < 0.707106781186547524f;
        if (small) e = e - 1f;
        m = (m + (small ? m : 0f)) - 1f;
        float z = m * m;
        float y = ((((((((m * 7.0376836292e-2f - 1.1514610310e-1f) * m + 1.1676998740e-1f) * m
                - 1.2420140846e-1f) * m + 1.4249322787e-1f) * m - 1.6668057665e-1f) * m
                + 2.0000714765e-1f) * m - 2.4999993993e-1f) * m + 3.3333331174e-1f) * m * z;
        y = (y + e * -2.12194440e-4f) - z * 0.5f;
        return (m + y) + e * 0.693359375f;
    }
}
