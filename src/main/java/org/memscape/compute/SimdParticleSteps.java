package org.memscape.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.memscape.core.Noise;
import org.memscape.core.Sampler;

/**
 * Reverse-SDE steps of particles among point memories, {@link SimdMath#LANES} particles at a
 * time with particle i in lane i: the bits of {@link Sampler.ReverseSde#advance} through
 * {@link PointMixtureModel}, faster. {@link SimdMath#pullInFloat} puts the memories in lanes and
 * must add the lanes up for every particle; here each lane is a particle, and the memories are
 * visited in the same order, memory k's terms added to the sum of residue k mod LANES and the
 * residues pairwise in fours, so each particle's sums are those of pullInFloat exactly. The
 * Gaussian noise is {@link SimdNoise}'s, again the bits of the scalar code. Particles that
 * pullInFloat would hand to the double path are stepped by the model itself.
 */
final class SimdParticleSteps {

    private static final VectorSpecies<Float> S = SimdMath.S;
    private static final int LANES = SimdMath.LANES;

    private final PointMixtureModel model;
    private final Sampler.ReverseSde sampler;
    private final Noise noise;
    // one block's particles and results
    private final double[] x = new double[LANES], y = new double[LANES];
    private final int[] path = new int[LANES];
    private final float[] px = new float[LANES], py = new float[LANES], offset = new float[LANES];
    private final float[] sum = new float[LANES], sumX = new float[LANES], sumY = new float[LANES];
    private final float[] top = new float[LANES], rows = new float[3 * LANES * LANES];
    private final double[] forceX = new double[LANES], forceY = new double[LANES];
    private final double[] u1 = new double[LANES], u2 = new double[LANES], z0 = new double[LANES], z1 = new double[LANES];
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
        SimdMath.PointMemories memories = model.lanesAt(tau);
        double scale = model.forceScaleAt(tau);
        for (int first = from; first < to; first += LANES) {
            int count = Math.min(LANES, to - first);
            forces(states, first, count, tau, memories, scale);
            SimdNoise.uniforms(noise, Noise.STEP_STREAM, first, LANES, k, u1, u2);
            SimdNoise.boxMuller(u1, u2, z0, z1, LANES);
            for (int i = 0; i < count; i++) {
                double[] state = states[first + i];
                state[0] += h * (c * state[0] + g2 * forceX[i]) + kick * z0[i];
                state[1] += h * (c * state[1] + g2 * forceY[i]) + kick * z1[i];
            }
        }
    }

    /** The model's force at τ on particles first … first + count − 1 into forceX, forceY. */
    private void forces(double[][] states, int first, int count, double tau, SimdMath.PointMemories memories, double scale) {
        boolean anyOne = false, anyTwo = false;
        double halfLambda = memories.halfLambda();
        for (int i = 0; i < LANES; i++) {
            double[] state = states[first + Math.min(i, count - 1)];   // a short block repeats its last particle
            double xi = state[0], yi = state[1];
            x[i] = xi;
            y[i] = yi;
            path[i] = SimdMath.pathFor(xi, yi, memories);
            anyOne |= path[i] == SimdMath.ONE_PASS_PATH;
            anyTwo |= path[i] == SimdMath.TWO_PASS_PATH;
            px[i] = (float) xi;
            py[i] = (float) yi;
            offset[i] = (float) (-halfLambda * (xi * xi + yi * yi));
        }
        if (anyOne) {
            onePass(memories, px, py, offset, rows, sum, sumX, sumY);
            for (int i = 0; i < count; i++) {
                if (path[i] != SimdMath.ONE_PASS_PATH) continue;
                // as pullInFloat: Σ w·(c − p) = Σ w·b/(2h) − p·Σ w
                double total = sum[i];
                forceX[i] = ((double) sumX[i] / (2 * halfLambda * total) - x[i]) * scale;
                forceY[i] = ((double) sumY[i] / (2 * halfLambda * total) - y[i]) * scale;
            }
        }
        if (anyTwo) {
            twoPasses(memories, px, py, rows, sum, sumX, sumY, top);
            for (int i = 0; i < count; i++) {
                if (path[i] != SimdMath.TWO_PASS_PATH) continue;
                if (!(top[i] > SimdMath.FLOAT_LOGIT_LIMIT)) {
                    path[i] = SimdMath.DOUBLE_PATH;
                    continue;
                }
                double total = sum[i];
                forceX[i] = (sumX[i] / total) * scale;
                forceY[i] = (sumY[i] / total) * scale;
            }
        }
        for (int i = 0; i < count; i++) {
            if (path[i] != SimdMath.DOUBLE_PATH) continue;
            model.force(states[first + i], tau, force);
            forceX[i] = force[0];
            forceY[i] = force[1];
        }
    }

    // No helper methods that take or return vectors besides SimdSpecial.exp, called first: past the JIT's node
    // budget it stops inlining (all but the Vector API's own methods), and a vector crossing a call is allocated.

    /**
     * SimdMath.onePass and its pairwise sums for the particles (px, py) in lanes: Σ w, Σ w·b, Σ w·c
     * into sum, sumB, sumC, w = exp(a + b·x + c·y − h|p|²). The memories of residue r (k ≡ r mod
     * LANES) are summed into row r of {@code rows} (3·LANES² floats), as pullInFloat's lane r,
     * then the rows are added as {@link SimdMath#pairwise} adds lanes. (One residue at a time: a
     * loop with more vectors in flight is not compiled to vector code whole, and allocates.)
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
                FloatVector w = SimdSpecial.exp(bk.fma(vx, ck.fma(vy, FloatVector.broadcast(S, a[k]).add(offset))));
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
     * largest logit into top, then Σ w, Σ w·(c₁ − p₁), Σ w·(c₂ − p₂), w = exp(logit − top), by
     * residues as {@link #onePass}.
     */
    static void twoPasses(SimdMath.PointMemories m, float[] px, float[] py, float[] rows,
                          float[] sum, float[] sumX, float[] sumY, float[] top) {
        FloatVector vx = FloatVector.fromArray(S, px, 0), vy = FloatVector.fromArray(S, py, 0);
        float h = (float) -m.halfLambda();
        float[] cx = m.cx(), cy = m.cy();
        FloatVector max = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
        for (int k = 0; k < cx.length; k++) {
            FloatVector dx = FloatVector.broadcast(S, cx[k]).sub(vx), dy = FloatVector.broadcast(S, cy[k]).sub(vy);
            max = max.max(dx.mul(dx).add(dy.mul(dy)).mul(h));
        }
        max.intoArray(top, 0);
        int plane = LANES * LANES;
        for (int r = 0; r < LANES; r++) {
            FloatVector s = FloatVector.zero(S), sx = s, sy = s;
            for (int k = r; k < cx.length; k += LANES) {
                FloatVector dx = FloatVector.broadcast(S, cx[k]).sub(vx), dy = FloatVector.broadcast(S, cy[k]).sub(vy);
                FloatVector w = SimdSpecial.exp(dx.mul(dx).add(dy.mul(dy)).mul(h).sub(max));
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
