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
 * pullInFloat takes for them (one float pass, two, or the model's double path, one at a time):
 * LANES consecutive particles that agree go together, the others wait for a full block of their
 * path, and no lane computes a path its particle does not take. The Gaussian noise is
 * {@link SimdNoise}'s, again the bits of the scalar code.
 */
final class SimdParticleSteps {

    private static final VectorSpecies<Float> S = SimdMath.S;
    private static final int LANES = SimdMath.LANES;

    private final PointMixtureModel model;
    private final Sampler.ReverseSde sampler;
    private final Noise noise;
    // one block's particles, noise and forces
    private final double[] u1 = new double[LANES], u2 = new double[LANES], z0 = new double[LANES], z1 = new double[LANES];
    private final int[] path = new int[LANES];
    // the lanes of one pass
    private final float[] px = new float[LANES], py = new float[LANES], offset = new float[LANES];
    private final float[] sum = new float[LANES], sumX = new float[LANES], sumY = new float[LANES];
    private final float[] top = new float[LANES], rows = new float[3 * LANES * LANES];
    private final double[] force = new double[2];
    // particles of mixed blocks waiting for a full block of their path, with the states their forces will move
    private final int[] waitingOne = new int[LANES], waitingTwo = new int[LANES];
    private int ones, twos;
    private double[][] states;
    private double tau, h, c, g2, kick, halfLambda, scale;
    private SimdMath.PointMemories memories;
    private long step;
    private final int[] block = new int[LANES], failures = new int[LANES];

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

    /**
     * Step k for the particles from … to − 1, as ReverseSde.advance does, with the state of
     * particle p in states[p]. Blocks of LANES particles that all take one path are stepped
     * together; the particles of mixed blocks wait for a full block of their path.
     */
    void advance(double[][] states, int from, int to, int k) {
        Sampler.TauGrid grid = sampler.grid();
        this.states = states;
        this.step = k;
        tau = grid.tau(k);
        h = grid.step();
        c = sampler.process().driftRate(tau);
        g2 = sampler.process().noiseRate(tau);
        kick = Math.sqrt(g2 * h);
        memories = model.lanesAt(tau);
        scale = model.forceScaleAt(tau);
        halfLambda = memories.halfLambda();
        ones = 0;
        twos = 0;
        for (int first = from; first < to; first += LANES) {
            int count = Math.min(LANES, to - first);
            boolean same = count == LANES;
            for (int i = 0; i < count; i++) {
                double[] state = states[first + i];
                path[i] = SimdMath.pathFor(state[0], state[1], memories);
                same &= path[i] == path[0];
            }
            if (same && path[0] != SimdMath.DOUBLE_PATH) {
                for (int i = 0; i < LANES; i++) block[i] = first + i;
                pass(block, LANES, path[0] == SimdMath.ONE_PASS_PATH);
                continue;
            }
            for (int i = 0; i < count; i++) {
                int p = first + i;
                if (path[i] == SimdMath.ONE_PASS_PATH) {
                    waitingOne[ones++] = p;
                    if (ones == LANES) {
                        pass(waitingOne, LANES, true);
                        ones = 0;
                    }
                } else if (path[i] == SimdMath.TWO_PASS_PATH) {
                    waitingTwo[twos++] = p;
                    if (twos == LANES) {
                        pass(waitingTwo, LANES, false);
                        twos = 0;
                    }
                } else {
                    alone(p);
                }
            }
        }
        if (ones > 0) pass(waitingOne, ones, true);
        if (twos > 0) pass(waitingTwo, twos, false);
    }

    /** Steps particles[0 … count − 1] by one float pass or two (a particle whose two passes fail goes alone). */
    private void pass(int[] particles, int count, boolean one) {
        for (int i = 0; i < LANES; i++) {
            double[] state = states[particles[Math.min(i, count - 1)]];   // a short block repeats its last particle
            double x = state[0], y = state[1];
            px[i] = (float) x;
            py[i] = (float) y;
            offset[i] = (float) (-halfLambda * (x * x + y * y));
        }
        if (one) onePass(memories, px, py, offset, rows, sum, sumX, sumY);
        else twoPasses(memories, px, py, rows, sum, sumX, sumY, top);
        noise(particles, count);
        int failed = 0;
        for (int i = 0; i < count; i++) {
            double[] state = states[particles[i]];
            double total = sum[i], forceX, forceY;
            if (one) {
                // as pullInFloat: Σ w·(c − p) = Σ w·b/(2h) − p·Σ w
                forceX = ((double) sumX[i] / (2 * halfLambda * total) - state[0]) * scale;
                forceY = ((double) sumY[i] / (2 * halfLambda * total) - state[1]) * scale;
            } else if (top[i] > SimdMath.FLOAT_LOGIT_LIMIT) {
                forceX = (sumX[i] / total) * scale;
                forceY = (sumY[i] / total) * scale;
            } else {
                failures[failed++] = particles[i];   // as pullInFloat, which then gives way to the double path
                continue;
            }
            state[0] += h * (c * state[0] + g2 * forceX) + kick * z0[i];
            state[1] += h * (c * state[1] + g2 * forceY) + kick * z1[i];
        }
        for (int i = 0; i < failed; i++) alone(failures[i]);   // after: alone overwrites the noise
    }

    /** The Gaussian noise of particles[0 … count − 1] into z0, z1. */
    private void noise(int[] particles, int count) {
        boolean consecutive = particles[count - 1] - particles[0] == count - 1;
        if (consecutive) {
            SimdNoise.uniforms(noise, Noise.STEP_STREAM, particles[0], count, step, u1, u2, 0);
        } else {
            for (int i = 0; i < count; i++) SimdNoise.uniforms(noise, Noise.STEP_STREAM, particles[i], 1, step, u1, u2, i);
        }
        for (int i = count; i < LANES; i++) {
            u1[i] = 1;
            u2[i] = 0;
        }
        SimdNoise.boxMuller(u1, u2, z0, z1, LANES);
    }

    /** Steps particle p through the model's own force (its double path). */
    private void alone(int p) {
        double[] state = states[p];
        model.force(state, tau, force);
        SimdNoise.uniforms(noise, Noise.STEP_STREAM, p, 1, step, u1, u2, 0);
        for (int i = 1; i < LANES; i++) {
            u1[i] = 1;
            u2[i] = 0;
        }
        SimdNoise.boxMuller(u1, u2, z0, z1, LANES);
        state[0] += h * (c * state[0] + g2 * force[0]) + kick * z0[0];
        state[1] += h * (c * state[1] + g2 * force[1]) + kick * z1[0];
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
