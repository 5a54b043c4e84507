package org.memscape.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.memscape.core.Noise;
import org.memscape.core.Sampler;

/**
 * Reverse-SDE steps of particles among point memories, {@link SimdMath#LANES} particles at a
 * time with particle i in lane i: the bits of {@link Sampler.ReverseSde#advance} through
 * {@link PointMixtureModel}, faster. {@link SimdMath#pullInFloat} puts the memories in lanes and
 * must add the lanes up for every particle; here each lane is a particle, and the memories are
 * visited in the same order, memory k's terms added to the sum of residue k mod LANES and the
 * residues pairwise in fours, so each particle's sums are those of pullInFloat exactly. A
 * particle's step depends on nothing but its own state, so the particles are grouped by the path
 * pullInFloat takes for them (one float pass, two, or the model's double path, one at a time),
 * and no lane computes a path its particle does not take. The Gaussian noise is
 * {@link SimdNoise}'s, again the bits of the scalar code.
 */
final class SimdParticleSteps {

    private static final VectorSpecies<Float> S = SimdMath.S;
    private static final int LANES = SimdMath.LANES;

    /** Particles stepped together: their states stay in the first-level cache between the stages. */
    private static final int WINDOW = 4 * LANES;

    private final PointMixtureModel model;
    private final Sampler.ReverseSde sampler;
    private final Noise noise;
    // one window's particles and results
    private final double[] x = new double[WINDOW], y = new double[WINDOW], forceX = new double[WINDOW], forceY = new double[WINDOW];
    private final int[] list = new int[WINDOW], rest = new int[WINDOW];
    private final double[] u1 = new double[WINDOW], u2 = new double[WINDOW], z0 = new double[WINDOW], z1 = new double[WINDOW];
    // one block's lanes
    private final float[] px = new float[LANES], py = new float[LANES], offset = new float[LANES];
    private final float[] sum = new float[LANES], sumX = new float[LANES], sumY = new float[LANES];
    private final float[] top = new float[LANES], rows = new float[3 * LANES * LANES];
    private final double[] force = new double[2];

    /** Scratch for one thread's chunk. */
    SimdParticleSteps(PointMixtureModel model, Sampler.ReverseSde sampler, Noise noise) {
        this.model = model;
        this.sampler = sampler;
        this.noise = noise;
    }

    /** True when step k of this sampler can be taken here: any step but the last (which denoises). */
    static boolean applies(PointMixtureModel model, Sampler sampler, int k) {
        return model.simd() && sampler instanceof Sampler.ReverseSde sde && k < sde.steps() - 1;
    }

    /** Step k for the particles from … to − 1, as ReverseSde.advance does, with the state of particle p in states[p]. */
    void advance(double[][] states, int from, int to, int k) {
        Sampler.TauGrid grid = sampler.grid();
        double tau = grid.tau(k);
        double h = grid.step();
        double c = sampler.process().driftRate(tau);
        double g2 = sampler.process().noiseRate(tau);
        double kick = Math.sqrt(g2 * h);
        for (int first = from; first < to; first += WINDOW) {
            int n = Math.min(WINDOW, to - first);
            for (int i = 0; i < n; i++) {
                x[i] = states[first + i][0];
                y[i] = states[first + i][1];
            }
            forces(states, first, n, tau);
            int whole = SimdMath.padded(n);
            for (int block = 0; block < whole; block += LANES) {
                SimdNoise.uniforms(noise, Noise.STEP_STREAM, first + block, LANES, k, u1, u2, block);
            }
            SimdNoise.boxMuller(u1, u2, z0, z1, whole);
            for (int i = 0; i < n; i++) {
                double[] state = states[first + i];
                state[0] += h * (c * x[i] + g2 * forceX[i]) + kick * z0[i];
                state[1] += h * (c * y[i] + g2 * forceY[i]) + kick * z1[i];
            }
        }
    }

    /** The model's force at τ on the window's n particles (x, y; the first is particle first) into forceX, forceY. */
    private void forces(double[][] states, int first, int n, double tau) {
        SimdMath.PointMemories memories = model.lanesAt(tau);
        double scale = model.forceScaleAt(tau);
        double halfLambda = memories.halfLambda();
        // the particles by path: one pass from the front of the list, two passes from its back, the rest apart
        int ones = 0, twos = 0, others = 0;
        for (int i = 0; i < n; i++) {
            int path = SimdMath.pathFor(x[i], y[i], memories);
            if (path == SimdMath.ONE_PASS_PATH) list[ones++] = i;
            else if (path == SimdMath.TWO_PASS_PATH) list[n - ++twos] = i;
            else rest[others++] = i;
        }
        for (int from = 0; from < ones; from += LANES) {
            int count = Math.min(LANES, ones - from);
            load(from, count, halfLambda);
            onePass(memories, px, py, offset, rows, sum, sumX, sumY);
            for (int i = 0; i < count; i++) {
                int at = list[from + i];
                // as pullInFloat: Σ w·(c − p) = Σ w·b/(2h) − p·Σ w
                double total = sum[i];
                forceX[at] = ((double) sumX[i] / (2 * halfLambda * total) - x[at]) * scale;
                forceY[at] = ((double) sumY[i] / (2 * halfLambda * total) - y[at]) * scale;
            }
        }
        for (int from = n - twos; from < n; from += LANES) {
            int count = Math.min(LANES, n - from);
            load(from, count, halfLambda);
            twoPasses(memories, px, py, rows, sum, sumX, sumY, top);
            for (int i = 0; i < count; i++) {
                int at = list[from + i];
                if (!(top[i] > SimdMath.FLOAT_LOGIT_LIMIT)) {
                    rest[others++] = at;   // as pullInFloat, which then gives way to the double path
                    continue;
                }
                double total = sum[i];
                forceX[at] = (sumX[i] / total) * scale;
                forceY[at] = (sumY[i] / total) * scale;
            }
        }
        for (int i = 0; i < others; i++) {
            model.force(states[first + rest[i]], tau, force);
            forceX[rest[i]] = force[0];
            forceY[rest[i]] = force[1];
        }
    }

    /** The particles list[from …] (count of them) into the lanes, a short block repeating its last. */
    private void load(int from, int count, double halfLambda) {
        for (int i = 0; i < LANES; i++) {
            int at = list[from + Math.min(i, count - 1)];
            double xi = x[at], yi = y[at];
            px[i] = (float) xi;
            py[i] = (float) yi;
            offset[i] = (float) (-halfLambda * (xi * xi + yi * yi));
        }
    }

    // The loops call no method of ours that takes or returns a vector: past its node budget the JIT stops inlining
    // (all but the Vector API's own methods), and a vector that crosses a call is allocated, many times slower. So
    // SimdSpecial.exp is written out in them (a test holds the bits), which also keeps them too large to be inlined
    // into their callers, where the budget would be spent sooner.
    private static final float ROUNDING = 12582912f;   // 1.5·2^23
    private static final int ROUNDING_BITS = Float.floatToRawIntBits(ROUNDING);

    /**
     * SimdMath.onePass and its pairwise sums for the particles (px, py) in lanes: Σ w, Σ w·b, Σ w·c
     * into sum, sumB, sumC, w = exp(a + b·x + c·y − h|p|²). The memories of residue r (k ≡ r mod
     * LANES) are summed into row r of {@code rows} (3·LANES² floats), as pullInFloat's lane r,
     * then the rows are added as {@link SimdMath#pairwise} adds lanes.
     */
    static void onePass(SimdMath.PointMemories m, float[] px, float[] py, float[] offsets, float[] rows,
                        float[] sum, float[] sumB, float[] sumC) {
        FloatVector vx = FloatVector.fromArray(S, px, 0), vy = FloatVector.fromArray(S, py, 0);
        FloatVector offset = FloatVector.fromArray(S, offsets, 0);
        float[] a = m.a(), b = m.b(), c = m.c();
        int plane = LANES * LANES;
        for (int r = 0; r < LANES; r++) {
            FloatVector s = FloatVector.zero(S), sb = s, sc = s;
            for (int k = r; k < a.length; k += LANES) {
                FloatVector bk = FloatVector.broadcast(S, b[k]), ck = FloatVector.broadcast(S, c[k]);
                FloatVector x = bk.fma(vx, ck.fma(vy, FloatVector.broadcast(S, a[k]).add(offset)));
                // w = SimdSpecial.exp(x)
                x = x.max(-87f);
                FloatVector shifted = x.fma(1.44269504f, ROUNDING);
                FloatVector whole = shifted.sub(ROUNDING);
                FloatVector f = whole.fma(FloatVector.broadcast(S, -0.693359375f), x);
                f = whole.fma(FloatVector.broadcast(S, 2.12194440e-4f), f);
                FloatVector q = f.fma(1.9875691500e-4f, 1.3981999507e-3f).fma(f, FloatVector.broadcast(S, 8.3334519073e-3f))
                        .fma(f, FloatVector.broadcast(S, 4.1665795894e-2f)).fma(f, FloatVector.broadcast(S, 1.6666665459e-1f))
                        .fma(f, FloatVector.broadcast(S, 5.0000001201e-1f));
                FloatVector power = shifted.reinterpretAsInts().sub(ROUNDING_BITS).add(127)
                        .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
                FloatVector w = q.fma(f.mul(f), f).add(1f).mul(power);
                s = s.add(w);
                sb = w.fma(bk, sb);
                sc = w.fma(ck, sc);
            }
            s.intoArray(rows, r * LANES);
            sb.intoArray(rows, plane + r * LANES);
            sc.intoArray(rows, 2 * plane + r * LANES);
        }
        pairwise(rows, 0, sum);
        pairwise(rows, plane, sumB);
        pairwise(rows, 2 * plane, sumC);
    }

    /**
     * SimdMath.twoPasses and its pairwise sums for the particles (px, py) in lanes: each one's
     * largest logit −h·|c − p|² into top, then Σ w, Σ w·(c₁ − p₁), Σ w·(c₂ − p₂), w = exp(logit − top),
     * by residues as {@link #onePass}.
     */
    static void twoPasses(SimdMath.PointMemories m, float[] px, float[] py, float[] rows,
                          float[] sum, float[] sumX, float[] sumY, float[] top) {
        FloatVector vx = FloatVector.fromArray(S, px, 0), vy = FloatVector.fromArray(S, py, 0);
        float h = (float) -m.halfLambda();
        float[] cx = m.cx(), cy = m.cy();
        // in four chains, as a maximum is exact in any order (the padded count is a multiple of four)
        FloatVector m0 = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY), m1 = m0, m2 = m0, m3 = m0;
        for (int k = 0; k < cx.length; k += 4) {
            FloatVector dx = FloatVector.broadcast(S, cx[k]).sub(vx), dy = FloatVector.broadcast(S, cy[k]).sub(vy);
            m0 = m0.max(dx.mul(dx).add(dy.mul(dy)).mul(h));
            dx = FloatVector.broadcast(S, cx[k + 1]).sub(vx);
            dy = FloatVector.broadcast(S, cy[k + 1]).sub(vy);
            m1 = m1.max(dx.mul(dx).add(dy.mul(dy)).mul(h));
            dx = FloatVector.broadcast(S, cx[k + 2]).sub(vx);
            dy = FloatVector.broadcast(S, cy[k + 2]).sub(vy);
            m2 = m2.max(dx.mul(dx).add(dy.mul(dy)).mul(h));
            dx = FloatVector.broadcast(S, cx[k + 3]).sub(vx);
            dy = FloatVector.broadcast(S, cy[k + 3]).sub(vy);
            m3 = m3.max(dx.mul(dx).add(dy.mul(dy)).mul(h));
        }
        FloatVector max = m0.max(m1).max(m2.max(m3));
        max.intoArray(top, 0);
        int plane = LANES * LANES;
        for (int r = 0; r < LANES; r++) {
            FloatVector s = FloatVector.zero(S), sx = s, sy = s;
            for (int k = r; k < cx.length; k += LANES) {
                FloatVector dx = FloatVector.broadcast(S, cx[k]).sub(vx), dy = FloatVector.broadcast(S, cy[k]).sub(vy);
                FloatVector x = dx.mul(dx).add(dy.mul(dy)).mul(h).sub(max);
                // w = SimdSpecial.exp(x)
                x = x.max(-87f);
                FloatVector shifted = x.fma(1.44269504f, ROUNDING);
                FloatVector whole = shifted.sub(ROUNDING);
                FloatVector f = whole.fma(FloatVector.broadcast(S, -0.693359375f), x);
                f = whole.fma(FloatVector.broadcast(S, 2.12194440e-4f), f);
                FloatVector q = f.fma(1.9875691500e-4f, 1.3981999507e-3f).fma(f, FloatVector.broadcast(S, 8.3334519073e-3f))
                        .fma(f, FloatVector.broadcast(S, 4.1665795894e-2f)).fma(f, FloatVector.broadcast(S, 1.6666665459e-1f))
                        .fma(f, FloatVector.broadcast(S, 5.0000001201e-1f));
                FloatVector power = shifted.reinterpretAsInts().sub(ROUNDING_BITS).add(127)
                        .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
                FloatVector w = q.fma(f.mul(f), f).add(1f).mul(power);
                s = s.add(w);
                sx = w.fma(dx, sx);
                sy = w.fma(dy, sy);
            }
            s.intoArray(rows, r * LANES);
            sx.intoArray(rows, plane + r * LANES);
            sy.intoArray(rows, 2 * plane + r * LANES);
        }
        pairwise(rows, 0, sum);
        pairwise(rows, plane, sumX);
        pairwise(rows, 2 * plane, sumY);
    }

    /** out = Σ over groups of four rows from {@code from}: total += (r₀ + r₁) + (r₂ + r₃), as SimdMath.pairwise. */
    private static void pairwise(float[] rows, int from, float[] out) {
        FloatVector total = FloatVector.zero(S);
        for (int r = 0; r < LANES; r += 4) {
            int at = from + r * LANES;
            FloatVector r0 = FloatVector.fromArray(S, rows, at), r1 = FloatVector.fromArray(S, rows, at + LANES);
            FloatVector r2 = FloatVector.fromArray(S, rows, at + 2 * LANES), r3 = FloatVector.fromArray(S, rows, at + 3 * LANES);
            total = total.add(r0.add(r1).add(r2.add(r3)));
        }
        total.intoArray(out, 0);
    }
}
