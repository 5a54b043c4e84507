package org.memscape.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vectorized inner loops, in float. Loaded only when {@link Simd#moduleLoaded()}: nothing
 * else in the engine names a Vector API class.
 */
final class SimdMath {

    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int LANES = S.length();
    private static final float ROUNDING = 12582912f;   // 1.5·2^23: adding it rounds a float to an integer
    private static final int ROUNDING_BITS = Float.floatToRawIntBits(ROUNDING);

    private SimdMath() {}

    /**
     * e^x for x ≤ 0 (below −87 the result is flushed towards 0), relative error below 1e-7. Built
     * from adds, multiplies and bit moves only, so it gives the same bits whether the JIT has
     * compiled it or not; the library's EXP (SVML once compiled, a scalar loop before) does not,
     * and a replayed step must reproduce the original bit for bit. Cody–Waite reduction
     * x = k ln 2 + f, |f| ≤ ½ ln 2, then a degree-6 polynomial for e^f and 2^k from the exponent bits.
     */
    static FloatVector exp(FloatVector x) {
        x = x.max(-87f);
        FloatVector shifted = x.mul(1.44269504f).add(ROUNDING);
        FloatVector k = shifted.sub(ROUNDING);
        FloatVector f = x.sub(k.mul(0.693359375f)).sub(k.mul(-2.12194440e-4f));
        FloatVector p = f.mul(1.9875691500e-4f).add(1.3981999507e-3f).mul(f).add(8.3334519073e-3f).mul(f)
                .add(4.1665795894e-2f).mul(f).add(1.6666665459e-1f).mul(f).add(5.0000001201e-1f).mul(f).mul(f).add(f).add(1f);
        FloatVector scale = shifted.reinterpretAsInts().sub(ROUNDING_BITS).add(127)
                .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return p.mul(scale);
    }

    /**
     * Times exp over a small array both ways, keeping each one's fastest round, until the vector
     * loop is clearly ahead or 3 s have passed. The JIT takes its time over vector code (about
     * 0.75 s on a 2-core machine here), and until then the loop runs interpreted, 50 times
     * slower, so a fixed number of rounds would decide on noise. True if the vector loop wins.
     */
    static boolean probeFasterThanScalar() {
        float[] in = new float[4096];
        float[] out = new float[4096];
        for (int i = 0; i < in.length; i++) in[i] = -20f * i / in.length;
        long vector = Long.MAX_VALUE, scalar = Long.MAX_VALUE;
        long deadline = System.nanoTime() + 3_000_000_000L;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            long t0 = System.nanoTime();
            expVector(in, out);
            long t1 = System.nanoTime();
            expScalar(in, out);
            long t2 = System.nanoTime();
            vector = Math.min(vector, t1 - t0);
            scalar = Math.min(scalar, t2 - t1);
            if (round >= 50 && 2 * vector < scalar) break;
        }
        return vector < scalar;
    }

    // Loops in methods of their own: the JIT compiles vector code poorly inside an on-stack replacement.
    private static void expVector(float[] in, float[] out) {
        for (int i = 0; i + LANES <= in.length; i += LANES) exp(FloatVector.fromArray(S, in, i)).intoArray(out, i);
    }

    private static void expScalar(float[] in, float[] out) {
        for (int i = 0; i < in.length; i++) out[i] = (float) Math.exp(in[i]);
    }

    /** Per-thread scratch for {@link #logSumExpAt}. */
    static final class PointScratch {
        final double[] logits, ddx, ddy;
        final float[] shifted, dx, dy;
        final double[] pull = new double[2];
        /** The lanes of three sums, for {@link #pullInFloat}. */
        final float[] lanes = new float[3 * LANES];

        PointScratch(int n) {
            int padded = padded(n);
            logits = new double[n];
            ddx = new double[n];
            ddy = new double[n];
            shifted = new float[padded];
            dx = new float[padded];
            dy = new float[padded];
        }
    }

    /** n rounded up to whole vectors. */
    static int padded(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }

    /**
     * log Σ_n exp(−halfLambda |p − c_n|²) at the point p = (x, y), and Σ_n w_n (c_n − p) (w the
     * softmax weights) into {@code s.pull}. The logits are formed in double and their maximum
     * subtracted before they are rounded to float: at λ = 1e4 a float logit would be off by
     * 1e-3, a weight by 0.1%. Only the exponentials and the weighted sums run in float lanes.
     */
    static double logSumExpAt(double x, double y, double[] cx, double[] cy, int n, double halfLambda, PointScratch s) {
        return logSumExpAt(x, y, cx, cy, n, halfLambda, s, true);
    }

    /** The same; without {@code withLog} only the pull is computed and NaN returned. */
    static double logSumExpAt(double x, double y, double[] cx, double[] cy, int n, double halfLambda, PointScratch s,
                              boolean withLog) {
        // Simple loops the JIT can vectorize on its own: differences and logits in double, then the maximum.
        double[] ddx = s.ddx, ddy = s.ddy, logits = s.logits;
        for (int k = 0; k < n; k++) {
            ddx[k] = cx[k] - x;
            ddy[k] = cy[k] - y;
        }
        for (int k = 0; k < n; k++) logits[k] = -halfLambda * (ddx[k] * ddx[k] + ddy[k] * ddy[k]);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) max = Math.max(max, logits[k]);
        for (int k = 0; k < n; k++) {
            s.shifted[k] = (float) (logits[k] - max);
            s.dx[k] = (float) ddx[k];
            s.dy[k] = (float) ddy[k];
        }
        int padded = padded(n);
        for (int k = n; k < padded; k++) {
            // padding weighs e^−87 ≈ 0 and pulls by 0
            s.shifted[k] = -100f;
            s.dx[k] = 0;
            s.dy[k] = 0;
        }
        FloatVector sum = FloatVector.zero(S), sumX = FloatVector.zero(S), sumY = FloatVector.zero(S);
        // Whole vectors only: masked operations are not compiled to vector code on JDK 17.
        for (int k = 0; k < padded; k += LANES) {
            FloatVector w = exp(FloatVector.fromArray(S, s.shifted, k));
            sum = sum.add(w);
            sumX = w.fma(FloatVector.fromArray(S, s.dx, k), sumX);
            sumY = w.fma(FloatVector.fromArray(S, s.dy, k), sumY);
        }
        double total = sumLanes(sum);
        s.pull[0] = sumLanes(sumX) / total;
        s.pull[1] = sumLanes(sumY) / total;
        return withLog ? max + Math.log(total) : Double.NaN;
    }

    /** Logits below this (in units of the largest) lose too many digits in float: use the double path. */
    static final float FLOAT_LOGIT_LIMIT = -100f;
    /** halfLambda·(|x| + |y| + 1)² below this keeps float logits within 1e-4 (see {@link #pullInFloat}). */
    private static final double FLOAT_SAFE = 6900;

    /**
     * Centres as float vectors, padded with far-away points (weight e^−87 ≈ 0) to whole vectors.
     */
    static float[] paddedCentres(double[] c) {
        float[] out = new float[padded(c.length)];
        java.util.Arrays.fill(out, 1e18f);
        for (int k = 0; k < c.length; k++) out[k] = (float) c[k];
        return out;
    }

    /**
     * Point memories at one noise level, for {@link #pullInFloat}: their scaled centres padded with
     * far-away points, and the logit −h|c − p|² = a + b·p₁ + c·p₂ − h|p|² as its coefficients
     * a = −h|c|², b = 2h·c₁, c = 2h·c₂ (the padding has a = −1e30, so weight e^−87 at most and no
     * pull), h = halfLambda. The memories lie within {@code radius} of {@code (centreX, centreY)}
     * and within {@code farthest} of the origin.
     */
    record PointMemories(float[] cx, float[] cy, float[] a, float[] b, float[] c, double halfLambda,
                         double centreX, double centreY, double radius, double farthest) {

        static PointMemories of(double[] cx, double[] cy, double halfLambda) {
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            double farthest = 0;
            float[] a = new float[padded(cx.length)], b = new float[a.length], c = new float[a.length];
            java.util.Arrays.fill(a, -1e30f);
            for (int k = 0; k < cx.length; k++) {
                x0 = Math.min(x0, cx[k]);
                x1 = Math.max(x1, cx[k]);
                y0 = Math.min(y0, cy[k]);
                y1 = Math.max(y1, cy[k]);
                farthest = Math.max(farthest, Math.sqrt(cx[k] * cx[k] + cy[k] * cy[k]));
                a[k] = (float) (-halfLambda * (cx[k] * cx[k] + cy[k] * cy[k]));
                b[k] = (float) (2 * halfLambda * cx[k]);
                c[k] = (float) (2 * halfLambda * cy[k]);
            }
            return new PointMemories(paddedCentres(cx), paddedCentres(cy), a, b, c, halfLambda, 0.5 * (x0 + x1), 0.5 * (y0 + y1),
                    0.5 * Math.hypot(x1 - x0, y1 - y0) * (1 + 1e-12), farthest);
        }
    }

    /**
     * Σ_n w_n (c_n − p) into {@code pull} for the point p, all in float lanes, when the nearest
     * memory's logit −halfLambda·d² is above −100: then every logit that carries weight is
     * small, and float holds it to 1e-5. Returns false (pull untouched) otherwise, for
     * {@link #logSumExpAt}'s double logits.
     *
     * <p>When every memory is within {@link #ONE_PASS} logits of p and the logits' terms are small
     * (h·(|c| + |p|)² ≤ {@link #SMALL_TERMS}, so float holds their sum to 1e-5), one pass does, with
     * each logit a + b·p₁ + c·p₂ − h|p|² two fused multiply-adds: no weight can flush to zero, so
     * the largest logit need not be subtracted first. Otherwise a first pass finds it. The
     * exponential is {@link SimdSpecial#exp} and the lanes are summed pairwise in a fixed order
     * through {@code lanes} (3·LANES floats): the same bits on any machine.
     */
    static boolean pullInFloat(double x, double y, PointMemories m, double[] pull, float[] lanes) {
        int path = pathFor(x, y, m);
        if (path == DOUBLE_PATH) return false;
        double halfLambda = m.halfLambda();
        if (path == ONE_PASS_PATH) {
            onePass(x, y, m, lanes);
            double total = pairwise(lanes, 0);
            // Σ w·(c − p) = Σ w·b/(2h) − p·Σ w
            pull[0] = pairwise(lanes, LANES) / (2 * halfLambda * total) - x;
            pull[1] = pairwise(lanes, 2 * LANES) / (2 * halfLambda * total) - y;
            return true;
        }
        if (!twoPasses(x, y, m, lanes)) return false;
        double total = pairwise(lanes, 0);
        pull[0] = pairwise(lanes, LANES) / total;
        pull[1] = pairwise(lanes, 2 * LANES) / total;
        return true;
    }

    /** The paths of {@link #pullInFloat}: double logits, one float pass, or two (the first finds the largest logit). */
    static final int DOUBLE_PATH = 0, ONE_PASS_PATH = 1, TWO_PASS_PATH = 2;

    /** Which path {@link #pullInFloat} takes at p (the two passes may still give way to the double path). */
    static int pathFor(double x, double y, PointMemories m) {
        // Rounding p and the centres to float moves each logit by about 2·halfLambda·|c − p|·2⁻²⁴·(|x| + |y| + 1);
        // over the logits that carry weight (|c − p|² < 100/halfLambda) that stays below 1e-4 only here.
        double halfLambda = m.halfLambda();
        double scale = Math.abs(x) + Math.abs(y) + 1;
        if (halfLambda * scale * scale > FLOAT_SAFE) return DOUBLE_PATH;
        double reach = Math.sqrt((x - m.centreX()) * (x - m.centreX()) + (y - m.centreY()) * (y - m.centreY())) + m.radius();
        double size = m.farthest() + Math.sqrt(x * x + y * y);
        return halfLambda * reach * reach <= ONE_PASS && halfLambda * size * size <= SMALL_TERMS ? ONE_PASS_PATH : TWO_PASS_PATH;
    }

    /**
     * Σ w, Σ w·(c₁ − p₁), Σ w·(c₂ − p₂) by lanes into {@code lanes}, w = exp(logit − largest logit);
     * false when the largest logit is too low for float. A method of its own, like {@link #onePass}:
     * both in one would pass the JIT's inlining budget, and a vector operation it does not inline allocates.
     */
    private static boolean twoPasses(double x, double y, PointMemories m, float[] lanes) {
        FloatVector vx = FloatVector.broadcast(S, (float) x);
        FloatVector vy = FloatVector.broadcast(S, (float) y);
        float h = (float) -m.halfLambda();
        float[] cx = m.cx(), cy = m.cy();
        FloatVector max = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
        for (int k = 0; k < cx.length; k += LANES) {
            FloatVector dx = FloatVector.fromArray(S, cx, k).sub(vx);
            FloatVector dy = FloatVector.fromArray(S, cy, k).sub(vy);
            max = max.max(dx.mul(dx).add(dy.mul(dy)).mul(h));
        }
        float top = max.reduceLanes(VectorOperators.MAX);
        if (!(top > FLOAT_LOGIT_LIMIT)) return false;
        FloatVector sum = FloatVector.zero(S), sumX = FloatVector.zero(S), sumY = FloatVector.zero(S);
        for (int k = 0; k < cx.length; k += LANES) {
            FloatVector dx = FloatVector.fromArray(S, cx, k).sub(vx);
            FloatVector dy = FloatVector.fromArray(S, cy, k).sub(vy);
            FloatVector w = SimdSpecial.exp(dx.mul(dx).add(dy.mul(dy)).mul(h).sub(top));
            sum = sum.add(w);
            sumX = w.fma(dx, sumX);
            sumY = w.fma(dy, sumY);
        }
        sum.intoArray(lanes, 0);
        sumX.intoArray(lanes, LANES);
        sumY.intoArray(lanes, 2 * LANES);
        return true;
    }

    /** Σ w, Σ w·b, Σ w·c by lanes into {@code lanes}, w = exp(a + b·x + c·y − h|p|²). */
    private static void onePass(double x, double y, PointMemories m, float[] lanes) {
        FloatVector vx = FloatVector.broadcast(S, (float) x);
        FloatVector vy = FloatVector.broadcast(S, (float) y);
        FloatVector offset = FloatVector.broadcast(S, (float) (-m.halfLambda() * (x * x + y * y)));
        float[] a = m.a(), b = m.b(), c = m.c();
        FloatVector sum = FloatVector.zero(S), sumB = FloatVector.zero(S), sumC = FloatVector.zero(S);
        for (int k = 0; k < a.length; k += LANES) {
            FloatVector bk = FloatVector.fromArray(S, b, k), ck = FloatVector.fromArray(S, c, k);
            FloatVector w = SimdSpecial.exp(bk.fma(vx, ck.fma(vy, FloatVector.fromArray(S, a, k).add(offset))));
            sum = sum.add(w);
            sumB = w.fma(bk, sumB);
            sumC = w.fma(ck, sumC);
        }
        sum.intoArray(lanes, 0);
        sumB.intoArray(lanes, LANES);
        sumC.intoArray(lanes, 2 * LANES);
    }

    /** Below this many logits between p and its farthest memory, {@link #pullInFloat} may take one pass (e^−60 ≫ e^−87). */
    private static final double ONE_PASS = 60;
    /** The largest h·(|c| + |p|)² for the one-pass logits a + b·p₁ + c·p₂ − h|p|²: float holds their sum to 1e-5. */
    private static final double SMALL_TERMS = 200;

    /** The LANES floats from {@code from}, added pairwise in a fixed order (in float: 15 adds, no conversions). */
    static double pairwise(float[] lanes, int from) {
        float total = 0;
        for (int i = 0; i < LANES; i += 4) {
            total += (lanes[from + i] + lanes[from + i + 1]) + (lanes[from + i + 2] + lanes[from + i + 3]);
        }
        return total;
    }

    /**
     * One grid row of the factored Gaussian sum (see {@link GaussianGridKernel}): for the G
     * columns, S_i = Σ_k fx[k][i] fy[k], SX_i = Σ_k fxc[k][i] fy[k], SY_i = Σ_k fx[k][i] fyc[k],
     * kept in registers over all memories. Columns are padded to a multiple of the lane count.
     */
    static void factoredRow(float[] factorX, float[] factorXc, int stride, float[] fy, float[] fyc, int n,
                            float[] sum, float[] sumX, float[] sumY, boolean withForce) {
        if (!withForce) {
            factoredSum(factorX, stride, fy, n, sum);
            return;
        }
        // Separate loops for the two cases: a branch inside would make the JIT box the vectors.
        for (int i = 0; i < stride; i += LANES) {
            FloatVector s = FloatVector.zero(S), sx = FloatVector.zero(S), sy = FloatVector.zero(S);
            for (int k = 0; k < n; k++) {
                FloatVector f = FloatVector.fromArray(S, factorX, k * stride + i);
                FloatVector e = FloatVector.broadcast(S, fy[k]);
                s = f.fma(e, s);
                sx = FloatVector.fromArray(S, factorXc, k * stride + i).fma(e, sx);
                sy = f.fma(FloatVector.broadcast(S, fyc[k]), sy);
            }
            s.intoArray(sum, i);
            sx.intoArray(sumX, i);
            sy.intoArray(sumY, i);
        }
    }

    private static void factoredSum(float[] factorX, int stride, float[] fy, int n, float[] sum) {
        for (int i = 0; i < stride; i += LANES) {
            FloatVector s = FloatVector.zero(S);
            for (int k = 0; k < n; k++) s = FloatVector.fromArray(S, factorX, k * stride + i).fma(FloatVector.broadcast(S, fy[k]), s);
            s.intoArray(sum, i);
        }
    }

    /**
     * The lanes added one after another, in double. {@code reduceLanes(ADD)} may add them in
     * another order once compiled than before, and a replayed step must give the same bits.
     */
    static double sumLanes(FloatVector v) {
        double total = 0;
        for (int i = 0; i < LANES; i++) total += v.lane(i);
        return total;
    }

    /** out[i] = log(in[i]) for i < n (n a multiple of the lane count); see {@link #log(FloatVector)}. */
    static void log(float[] in, float[] out, int n) {
        for (int i = 0; i < n; i += LANES) log(FloatVector.fromArray(S, in, i)).intoArray(out, i);
    }

    private static final int MANTISSA_BITS = 0x007fffff;
    private static final int HALF_BITS = Float.floatToRawIntBits(0.5f);

    /**
     * log x for normal x > 0 (zero, subnormals, infinities and NaN give meaningless finite
     * values: callers treat those cells apart), absolute error below 2e-7 on [0.5, 2] and
     * relative error below 1e-7 elsewhere. Like {@link #exp} it uses adds, multiplies, compares
     * and bit moves only: the library's LOG gives other bits once the JIT has compiled it than
     * before, and two pictures of one scene made a moment apart differed by a pixel (Cephes logf:
     * x = m·2^e with m in [√½, √2), then a degree-9 polynomial in m − 1).
     */
    static FloatVector log(FloatVector x) {
        var bits = x.reinterpretAsInts();
        FloatVector e = bits.lanewise(VectorOperators.LSHR, 23).sub(126).convert(VectorOperators.I2F, 0).reinterpretAsFloats();
        FloatVector m = bits.and(MANTISSA_BITS).or(HALF_BITS).reinterpretAsFloats();   // in [0.5, 1)
        var small = m.lt(0.707106781186547524f);
        e = e.sub(FloatVector.broadcast(S, 1f), small);
        m = m.add(m.blend(0f, small.not())).sub(1f);                  // m − 1, or 2m − 1 below √½
        FloatVector z = m.mul(m);
        FloatVector y = m.mul(7.0376836292e-2f).sub(1.1514610310e-1f).mul(m).add(1.1676998740e-1f).mul(m)
                .sub(1.2420140846e-1f).mul(m).add(1.4249322787e-1f).mul(m).sub(1.6668057665e-1f).mul(m)
                .add(2.0000714765e-1f).mul(m).sub(2.4999993993e-1f).mul(m).add(3.3333331174e-1f).mul(m).mul(z);
        y = y.add(e.mul(-2.12194440e-4f)).sub(z.mul(0.5f));
        return m.add(y).add(e.mul(0.693359375f));
    }
}
