package org.memscape.compute;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * One tile's active components (relative to its centre, in float, grouped by kind) and the
 * lane arithmetic of {@link SimdMixtureGridKernel}: for LANES cells of a row, the shift, the sum
 * Σ w·K relative to it and the gradient Σ w·∇K.
 *
 * <p>The work goes in stages that pass their results through flat arrays (one vector per
 * component): the arguments of every special function first, then each function over the whole
 * array, then the sums. The JIT stops inlining a method that grows past its node budget, and
 * a Vector API call it does not inline allocates its vector: a segment's terms written as one
 * loop (five exponentials, two erfcx) cost 2.5 kB of garbage and a hundred times the time. For
 * the same reason the force is always computed (a branch inside these loops would box the
 * vectors too); only storing it is optional.
 */
final class MixtureTile {

    static final int TILE = 16;
    private static final int L = SimdMath.LANES;

    int points, segments, circles;
    float[] px = new float[0], py = new float[0], pw = new float[0];
    /** Segments: the tile centre's coordinates along (u) and across (r) the segment, and aℓ − u. */
    float[] sAlong = new float[0], sAcross = new float[0], sBack = new float[0];
    float[] sdx = new float[0], sdy = new float[0], sLength = new float[0], sLambda = new float[0], sw = new float[0], sScale = new float[0];
    float[] cx = new float[0], cy = new float[0], cRadius = new float[0], cw = new float[0];
    double[] upper = new double[0];
    final float[] offsets = new float[TILE];
    /** Per cell of the row: log Σ + shift, the force Σ w∇K / Σ, the sum Σ, the shift. */
    final float[] energy = new float[TILE], forceX = new float[TILE], forceY = new float[TILE], sum = new float[TILE],
            shift = new float[TILE];
    // Stage arrays, one vector per component: index k·LANES + lane.
    private float[] argA = new float[0], argB = new float[0], across = new float[0], atStart = new float[0],
            atEnd = new float[0], outside = new float[0], beyond = new float[0], distance = new float[0];
    private float[] valueA = new float[0], valueB = new float[0], centre = new float[0], start = new float[0], end = new float[0];

    void ensure(int n) {
        if (px.length >= n) return;
        px = new float[n]; py = new float[n]; pw = new float[n];
        sAlong = new float[n]; sAcross = new float[n]; sBack = new float[n];
        sdx = new float[n]; sdy = new float[n]; sLength = new float[n]; sLambda = new float[n]; sw = new float[n]; sScale = new float[n];
        cx = new float[n]; cy = new float[n]; cRadius = new float[n]; cw = new float[n];
        upper = new double[n];
        int v = n * L;
        argA = new float[v]; argB = new float[v]; across = new float[v]; atStart = new float[v];
        atEnd = new float[v]; outside = new float[v]; beyond = new float[v]; distance = new float[v];
        valueA = new float[v]; valueB = new float[v]; centre = new float[v]; start = new float[v]; end = new float[v];
    }

    /** LANES cells of a row from column l, the row yOffset from the tile's centre. */
    void cells(int l, float yOffset, float halfLambda) {
        FloatVector zero = FloatVector.zero(SimdMath.S);
        FloatVector.broadcast(SimdMath.S, Float.NEGATIVE_INFINITY).intoArray(shift, l);
        if (points > 0) pointShift(l, yOffset, halfLambda);
        if (segments > 0) segmentShift(l, yOffset, halfLambda);
        if (circles > 0) circleShift(l, yOffset, halfLambda);
        zero.intoArray(sum, l);
        zero.intoArray(forceX, l);
        zero.intoArray(forceY, l);
        if (points > 0) pointTerms(l, yOffset, halfLambda);
        if (segments > 0) {
            segmentArguments(l, yOffset, halfLambda);
            int v = segments * L;
            SimdSpecial.erfcxPair(argA, argB, valueA, valueB, v);
            SimdSpecial.exp(distance, centre, v);
            SimdSpecial.exp(atStart, start, v);
            SimdSpecial.exp(atEnd, end, v);
            segmentSums(l);
        }
        if (circles > 0) {
            circleArguments(l, yOffset, halfLambda);
            int v = circles * L;
            SimdSpecial.exp(distance, centre, v);
            SimdSpecial.i0e(argA, valueA, v);
            SimdSpecial.i1eOverZ(argA, valueB, v);
            circleSums(l, yOffset, halfLambda);
        }
        finish(l);
    }

    private void pointShift(int l, float yOffset, float halfLambda) {
        FloatVector x = FloatVector.fromArray(SimdMath.S, offsets, l);
        FloatVector top = FloatVector.fromArray(SimdMath.S, shift, l);
        for (int k = 0; k < points; k++) {
            FloatVector wx = x.sub(px[k]);
            float wy = yOffset - py[k];
            top = top.max(wx.mul(wx).add(wy * wy).mul(-halfLambda).add(pw[k]));
        }
        top.intoArray(shift, l);
    }

    private void segmentShift(int l, float yOffset, float halfLambda) {
        FloatVector x = FloatVector.fromArray(SimdMath.S, offsets, l);
        FloatVector top = FloatVector.fromArray(SimdMath.S, shift, l);
        for (int k = 0; k < segments; k++) {
            FloatVector u = x.fma(sdx[k], yOffset * sdy[k] + sAlong[k]);
            FloatVector r = x.fma(-sdy[k], yOffset * sdx[k] + sAcross[k]);
            FloatVector back = x.fma(-sdx[k], sBack[k] - yOffset * sdy[k]);
            FloatVector e = u.neg().max(back.neg()).max(0f);
            top = top.max(r.mul(r).add(e.mul(e)).mul(-halfLambda).add(sw[k]));
        }
        top.intoArray(shift, l);
    }

    private void circleShift(int l, float yOffset, float halfLambda) {
        FloatVector x = FloatVector.fromArray(SimdMath.S, offsets, l);
        FloatVector top = FloatVector.fromArray(SimdMath.S, shift, l);
        for (int k = 0; k < circles; k++) {
            FloatVector wx = x.sub(cx[k]);
            float wy = yOffset - cy[k];
            FloatVector e = wx.mul(wx).add(wy * wy).sqrt().sub(cRadius[k]);
            top = top.max(e.mul(e).mul(-halfLambda).add(cw[k]));
        }
        top.intoArray(shift, l);
    }

    /** K = e^{−d²/2s²}, ∇ log K = −λ(x − c). */
    private void pointTerms(int l, float yOffset, float halfLambda) {
        var S = SimdMath.S;
        FloatVector x = FloatVector.fromArray(S, offsets, l);
        FloatVector top = FloatVector.fromArray(S, shift, l);
        FloatVector total = FloatVector.fromArray(S, sum, l);
        FloatVector gx = FloatVector.fromArray(S, forceX, l), gy = FloatVector.fromArray(S, forceY, l);
        float lambda = 2 * halfLambda;
        for (int k = 0; k < points; k++) {
            FloatVector wx = x.sub(px[k]);
            float wy = yOffset - py[k];
            FloatVector term = SimdSpecial.exp(wx.mul(wx).add(wy * wy).mul(-halfLambda).add(pw[k]).sub(top));
            total = total.add(term);
            gx = gx.sub(term.mul(wx).mul(lambda));
            gy = gy.add(term.mul(-lambda * wy));
        }
        total.intoArray(sum, l);
        gx.intoArray(forceX, l);
        gy.intoArray(forceY, l);
    }

    /**
     * The arguments of a segment's closed form (see {@link SimdMixtureGridKernel}), relative to
     * the shift: with e_start and e_end the Gaussians of the distances to its ends, inside the
     * ends the term is C·(e^{−r²/2s²} − ½e_start·erfcx(A/√2) − ½e_end·erfcx(B/√2)), beyond one it
     * is C·½(e_near·erfcx(o/√2) − e_far·erfcx((o + Λ)/√2)), C = √(2π)/Λ.
     */
    private void segmentArguments(int l, float yOffset, float halfLambda) {
        var S = SimdMath.S;
        FloatVector x = FloatVector.fromArray(S, offsets, l);
        FloatVector top = FloatVector.fromArray(S, shift, l);
        float toUnits = (float) Math.sqrt(halfLambda);                                // 1/(s√2)
        FloatVector one = FloatVector.broadcast(S, 1f), zero = FloatVector.zero(S);
        for (int k = 0; k < segments; k++) {
            float dx = sdx[k], dy = sdy[k];
            int at = k * L;
            FloatVector u = x.fma(dx, yOffset * dy + sAlong[k]);
            FloatVector r = x.fma(-dy, yOffset * dx + sAcross[k]);
            FloatVector back = x.fma(-dx, sBack[k] - yOffset * dy);                  // aℓ − u
            FloatVector rr = r.mul(r).mul(-halfLambda).add(sw[k]).sub(top);          // log w − r²/2s² − shift
            VectorMask<Float> after = back.compare(VectorOperators.LT, 0f);
            VectorMask<Float> out = u.compare(VectorOperators.LT, 0f).or(after);
            // A, B in units of s√2: inside, the distances to the two ends; outside, past the near end and to the far one
            FloatVector past = u.neg().max(back.neg()).mul(toUnits);
            u.mul(toUnits).blend(past, out).intoArray(argA, at);
            back.mul(toUnits).blend(past.add(sLambda[k]), out).intoArray(argB, at);
            FloatVector toStart = rr.sub(u.mul(u).mul(halfLambda));
            FloatVector toEnd = rr.sub(back.mul(back).mul(halfLambda));
            toStart.intoArray(atStart, at);
            toEnd.intoArray(atEnd, at);
            rr.min(0f).intoArray(distance, at);
            zero.blend(one, out).intoArray(outside, at);
            zero.blend(one, after).intoArray(beyond, at);
            r.mul(-2 * halfLambda).intoArray(across, at);
        }
    }

    /** Adds the segments' terms to the sum and w·∇K to the gradient: −(r/s²)·wK across, (e_start − e_end)/aℓ along. */
    private void segmentSums(int l) {
        var S = SimdMath.S;
        FloatVector total = FloatVector.fromArray(S, sum, l);
        FloatVector gx = FloatVector.fromArray(S, forceX, l), gy = FloatVector.fromArray(S, forceY, l);
        for (int k = 0; k < segments; k++) {
            int at = k * L;
            float dx = sdx[k], dy = sdy[k];
            FloatVector a = FloatVector.fromArray(S, valueA, at), b = FloatVector.fromArray(S, valueB, at);
            FloatVector toStart = FloatVector.fromArray(S, start, at), toEnd = FloatVector.fromArray(S, end, at);
            VectorMask<Float> out = FloatVector.fromArray(S, outside, at).compare(VectorOperators.GT, 0f);
            VectorMask<Float> after = FloatVector.fromArray(S, beyond, at).compare(VectorOperators.GT, 0f);
            FloatVector inner = FloatVector.fromArray(S, centre, at).sub(toStart.mul(a).add(toEnd.mul(b)).mul(0.5f));
            FloatVector outer = toStart.blend(toEnd, after).mul(a).sub(toEnd.blend(toStart, after).mul(b)).mul(0.5f);
            FloatVector term = inner.blend(outer, out).mul(sScale[k]);
            total = total.add(term);
            FloatVector side = term.mul(FloatVector.fromArray(S, across, at));
            FloatVector along = toStart.sub(toEnd).mul(1f / sLength[k]);
            gx = gx.add(side.mul(-dy)).add(along.mul(dx));
            gy = gy.add(side.mul(dx)).add(along.mul(dy));
        }
        total.intoArray(sum, l);
        gx.intoArray(forceX, l);
        gy.intoArray(forceY, l);
    }

    /** A circle's Gaussian exponent log w − (ρ − ar)²/2s² − shift and z = ρ·ar/s². */
    private void circleArguments(int l, float yOffset, float halfLambda) {
        var S = SimdMath.S;
        FloatVector x = FloatVector.fromArray(S, offsets, l);
        FloatVector top = FloatVector.fromArray(S, shift, l);
        for (int k = 0; k < circles; k++) {
            int at = k * L;
            FloatVector wx = x.sub(cx[k]);
            float wy = yOffset - cy[k];
            FloatVector rho = wx.mul(wx).add(wy * wy).sqrt();
            FloatVector e = rho.sub(cRadius[k]);
            e.mul(e).mul(-halfLambda).add(cw[k]).sub(top).intoArray(distance, at);
            rho.mul(cRadius[k] * 2 * halfLambda).intoArray(argA, at);
        }
    }

    /** K = e^{−(ρ − ar)²/2s²}·I0e(z); w∇K = −λ(x − c)·(wK − w·e^{−(ρ − ar)²/2s²}·λ(ar)²·I1e(z)/z). */
    private void circleSums(int l, float yOffset, float halfLambda) {
        var S = SimdMath.S;
        FloatVector x = FloatVector.fromArray(S, offsets, l);
        FloatVector total = FloatVector.fromArray(S, sum, l);
        FloatVector gx = FloatVector.fromArray(S, forceX, l), gy = FloatVector.fromArray(S, forceY, l);
        float lambda = 2 * halfLambda;
        for (int k = 0; k < circles; k++) {
            int at = k * L;
            float radius = cRadius[k];
            FloatVector gauss = FloatVector.fromArray(S, centre, at);
            FloatVector term = gauss.mul(FloatVector.fromArray(S, valueA, at));
            total = total.add(term);
            FloatVector ring = gauss.mul(FloatVector.fromArray(S, valueB, at)).mul(lambda * radius * radius);
            FloatVector factor = term.sub(ring).mul(-lambda);
            gx = gx.add(factor.mul(x.sub(cx[k])));
            gy = gy.add(factor.mul(yOffset - cy[k]));
        }
        total.intoArray(sum, l);
        gx.intoArray(forceX, l);
        gy.intoArray(forceY, l);
    }

    /** log Σ + shift, and the force Σ w∇K / Σ. */
    private void finish(int l) {
        var S = SimdMath.S;
        FloatVector total = FloatVector.fromArray(S, sum, l);
        SimdMath.log(total).add(FloatVector.fromArray(S, shift, l)).intoArray(energy, l);
        FloatVector.fromArray(S, forceX, l).div(total).intoArray(forceX, l);
        FloatVector.fromArray(S, forceY, l).div(total).intoArray(forceY, l);
    }
}
