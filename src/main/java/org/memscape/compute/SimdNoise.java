package org.memscape.compute;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.memscape.core.Noise;

/**
 * {@link Noise#boxMuller} for many pairs of uniforms at once, in double lanes: operation for
 * operation the same IEEE adds, multiplies, division and square root, with its branches as
 * blends, so every lane gets the bits the scalar code gives (a test compares them over a quarter
 * of a million draws and at the branches' edges). The uniforms themselves are hashed one particle at a time ({@link #uniforms}).
 */
final class SimdNoise {

    private SimdNoise() {}

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Doubles per vector. */
    static final int LANES = D.length();

    // The constants of Noise, the same values
    private static final double HALF_PI = Math.PI / 2;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double SQRT2 = 1.4142135623730951;
    private static final double S1 = -1.0 / 6, S2 = 1.0 / 120, S3 = -1.0 / 5040, S4 = 1.0 / 362880, S5 = -1.0 / 39916800,
            S6 = 1.0 / 6227020800L, S7 = -1.0 / 1307674368000L;
    private static final double C1 = -1.0 / 2, C2 = 1.0 / 24, C3 = -1.0 / 720, C4 = 1.0 / 40320, C5 = -1.0 / 3628800,
            C6 = 1.0 / 479001600, C7 = -1.0 / 87178291200L, C8 = 1.0 / 20922789888000L;
    /** 2⁵²: the bits 0x433… plus an integer below 2⁵² are that integer plus 2⁵² (no conversion instruction needed). */
    private static final double TWO_52 = 0x1.0p52;
    private static final long TWO_52_BITS = Double.doubleToRawLongBits(TWO_52);

    /**
     * The uniforms of {@link Noise#gaussians} for a two-dimensional draw of particles
     * {@code first} … {@code first + count − 1} at {@code step}: u1 = 1 − the first, u2 the second,
     * into u1 and u2 from index {@code at}.
     */
    static void uniforms(Noise noise, long stream, long first, int count, long step, double[] u1, double[] u2, int at) {
        for (int i = 0; i < count; i++) {
            long h = noise.prefix(stream, first + i, step);
            u1[at + i] = 1 - Noise.uniformOf(h, 0);
            u2[at + i] = Noise.uniformOf(h, 1);
        }
    }

    /**
     * z0[i], z1[i] = {@link Noise#boxMuller}(u1[i], u2[i]) for i below {@code count}, a multiple
     * of {@link #LANES}. u1 must be a normal number in (0, 1] (as every draw's is).
     */
    static void boxMuller(double[] u1, double[] u2, double[] z0, double[] z1, int count) {
        // In two loops that call no method of ours with a vector: past its node budget the JIT stops inlining (all but
        // the Vector API's own methods), and a vector that crosses a call is allocated, many times slower.
        radii(u1, z0, count);
        turn(u2, z0, z1, count);
    }

    /** r[i] = √(−2 log u1[i]), with Noise.log's operations in the same order. */
    private static void radii(double[] u1, double[] r, int count) {
        for (int i = 0; i < count; i += LANES) {
            LongVector bits = DoubleVector.fromArray(D, u1, i).reinterpretAsLongs();
            // the exponent field (u > 0: no sign bit) as a double, exactly
            DoubleVector field = bits.lanewise(VectorOperators.LSHR, 52).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52);
            DoubleVector e = field.sub(1023.0);
            DoubleVector m = bits.and(0x000fffffffffffffL).or(0x3ff0000000000000L).reinterpretAsDoubles();   // in [1, 2)
            VectorMask<Double> big = m.compare(VectorOperators.GT, SQRT2);
            m = m.blend(m.mul(0.5), big);
            e = e.blend(e.add(1.0), big);
            DoubleVector t = m.sub(1.0).div(m.add(1.0));
            DoubleVector t2 = t.mul(t);
            DoubleVector t4 = t2.mul(t2), t8 = t4.mul(t4);
            DoubleVector low = t2.mul(1.0 / 5).add(1.0 / 3).add(t4.mul(t2.mul(1.0 / 9).add(1.0 / 7)));
            DoubleVector high = t2.mul(1.0 / 13).add(1.0 / 11).add(t4.mul(t2.mul(1.0 / 17).add(1.0 / 15))).add(t8.mul(1.0 / 19));
            DoubleVector series = t2.mul(low.add(t8.mul(high)));
            DoubleVector twoT = t.mul(2.0);
            DoubleVector log = e.mul(LN2_HI).add(e.mul(LN2_LO).add(twoT.add(twoT.mul(series))));
            log.mul(-2.0).sqrt().intoArray(r, i);
        }
    }

    /**
     * (z0[i], z1[i]) = z0[i]·(cos 2πu2[i], sin 2πu2[i]), by Noise's quadrants and octants and with
     * its sine and cosine series, the same operations in the same order.
     */
    private static void turn(double[] u2, double[] z0, double[] z1, int count) {
        for (int i = 0; i < count; i += LANES) {
            DoubleVector w = DoubleVector.fromArray(D, u2, i).mul(4.0);
            // quadrant ⌊w⌋ for w in [0, 4), by compares
            VectorMask<Double> q1 = w.compare(VectorOperators.GE, 1.0);
            VectorMask<Double> q2 = w.compare(VectorOperators.GE, 2.0);
            VectorMask<Double> q3 = w.compare(VectorOperators.GE, 3.0);
            DoubleVector quadrant = DoubleVector.zero(D).blend(1.0, q1).blend(2.0, q2).blend(3.0, q3);
            DoubleVector f = w.sub(quadrant);
            VectorMask<Double> upper = f.compare(VectorOperators.GT, 0.5);
            DoubleVector phi = f.blend(DoubleVector.broadcast(D, 1.0).sub(f), upper).mul(HALF_PI);
            DoubleVector p2 = phi.mul(phi);
            // sin φ = φ + φ·φ²·(S1 + φ²·(S2 + …)), cos φ = 1 + φ²·(C1 + φ²·(C2 + …))
            DoubleVector sinPhi = phi.add(phi.mul(p2).mul(
                    p2.mul(S7).add(S6).mul(p2).add(S5).mul(p2).add(S4).mul(p2).add(S3).mul(p2).add(S2).mul(p2).add(S1)));
            DoubleVector cosPhi = p2.mul(
                    p2.mul(C8).add(C7).mul(p2).add(C6).mul(p2).add(C5).mul(p2).add(C4).mul(p2).add(C3).mul(p2).add(C2).mul(p2).add(C1))
                    .add(1.0);
            DoubleVector c = cosPhi.blend(sinPhi, upper), s = sinPhi.blend(cosPhi, upper);
            // quadrant 0: (c, s), 1: (−s, c), 2: (−c, −s), 3: (s, −c); q3 ⊂ q2 ⊂ q1, so each blend overrides the last
            DoubleVector x = c.blend(s.neg(), q1).blend(c.neg(), q2).blend(s, q3);
            DoubleVector y = s.blend(c, q1).blend(s.neg(), q2).blend(c.neg(), q3);
            DoubleVector r = DoubleVector.fromArray(D, z0, i);
            r.mul(x).intoArray(z0, i);
            r.mul(y).intoArray(z1, i);
        }
    }
}
