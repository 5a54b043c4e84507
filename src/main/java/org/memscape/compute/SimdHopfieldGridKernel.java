package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import org.memscape.core.HopfieldModel;
import org.memscape.core.MemoryFunction;

/**
 * A dot-product Hopfield model's energy E(v) = Legendre(v) − L_h(Y v) and force
 * Yᵀf(Y v) − g′(v) over a plane grid (MATH.md §1; for tanh features v is the activation and
 * g′ = artanh). The Legendre term and g′ are sums and pairs of per-axis values. The
 * similarities h_n = y_n·v are linear in the cell, so:
 * <ul>
 *   <li>log-sum-exp and exp memories factor per axis, exp(βh_n) = exp(β y_n1 x)·exp(β y_n2 y),
 *       into the sums of {@link SimdMath#factoredRow} as point memories do (each factor shifted
 *       by its column's or row's largest exponent; a cell whose sum underflows, or where an
 *       exponent could pass the saturation at 600, is evaluated by the core);</li>
 *   <li>classical memories give L_h = ½vᵀWv with W = YᵀY, a 2×2 matrix;</li>
 *   <li>powers go memory by memory in float lanes, h^p by repeated products (or e^{p log h} for
 *       a fractional rectified power), when every |h|^p on the grid stays far inside float's
 *       range, and through the core otherwise.</li>
 * </ul>
 */
final class SimdHopfieldGridKernel {

    private static final float UNDERFLOW = 1e-30f;
    /** Powers go through float only while N·max|h|^p stays below this. */
    private static final double FLOAT_POWER_LIMIT = 1e30;

    private float[] factorX = new float[0], factorXc = new float[0];
    private double[] shiftX = new double[0];
    private float[] floatShiftX = new float[0], floatLegendreX = new float[0], floatSlopeX = new float[0];
    private Row[] rows = new Row[0];

    private static final class Row {
        final float[] sum, sumX, sumY, logSum, factorY, factorYc;

        Row(int stride, int n) {
            sum = new float[stride];
            sumX = new float[stride];
            sumY = new float[stride];
            logSum = new float[stride];
            factorY = new float[n];
            factorYc = new float[n];
        }
    }

    void evaluate(HopfieldModel model, FieldBuffer out, boolean withForce, ForkJoinPool pool, Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        double[][] y = model.memoryMatrix();
        int n = y.length;
        boolean tanh = model.features() == HopfieldModel.Features.TANH;
        double[] legendreX = new double[g], legendreY = new double[g], slopeX = new double[g], slopeY = new double[g];
        for (int i = 0; i < g; i++) {
            legendreX[i] = legendre(grid.x(i), tanh);
            legendreY[i] = legendre(grid.y(i), tanh);
            slopeX[i] = tanh ? artanh(grid.x(i)) : grid.x(i);
            slopeY[i] = tanh ? artanh(grid.y(i)) : grid.y(i);
        }
        Axes axes = new Axes(legendreX, legendreY, slopeX, slopeY);
        MemoryFunction f = model.memoryFunction();
        if (f instanceof MemoryFunction.LogSumExp lse) {
            factored(model, y, lse.beta(), true, axes, out, withForce, pool, cancel);
        } else if (f instanceof MemoryFunction.Exp exp) {
            factored(model, y, exp.beta(), false, axes, out, withForce, pool, cancel);
        } else if (f instanceof MemoryFunction.Classical) {
            classical(y, axes, out, withForce, pool, cancel);
        } else {
            MemoryFunction.Power power = (MemoryFunction.Power) f;
            if (n * Math.pow(largestSimilarity(y, grid), power.power()) < FLOAT_POWER_LIMIT) {
                powers(y, power, axes, out, withForce, pool, cancel);
            } else {
                ExactGridKernel.evaluate(model, Double.NaN, out, withForce, pool, cancel);
            }
        }
    }

    /** The Legendre term of one coordinate and the slope g′ it subtracts from the force. */
    private record Axes(double[] legendreX, double[] legendreY, double[] slopeX, double[] slopeY) {}

    /** ½v², or for tanh features ½[(1 + v) log(1 + v) + (1 − v) log(1 − v)] as the core computes it. */
    static double legendre(double v, boolean tanh) {
        if (!tanh) return 0.5 * v * v;
        return 0.5 * (xLogX(1 + v) + xLogX(1 - v));
    }

    private static double xLogX(double t) { return t <= 0 ? 0 : t * Math.log(t); }

    private static double artanh(double v) { return 0.5 * Math.log1p(2 * v / (1 - v)); }

    /** max over memories and grid corners of |y_n·v|: h is linear, so its extremes are at the corners. */
    private static double largestSimilarity(double[][] y, Grid grid) {
        double max = 0;
        double[] xs = {grid.x(0), grid.x(grid.size() - 1)}, ys = {grid.y(0), grid.y(grid.size() - 1)};
        for (double[] m : y) for (double x : xs) for (double v : ys) max = Math.max(max, Math.abs(m[0] * x + m[1] * v));
        return max;
    }

    private static void rows(int g, ForkJoinPool pool, Cancellation cancel, java.util.function.IntConsumer row) {
        pool.submit(() -> IntStream.range(0, g).parallel().forEach(j -> {
            if (!cancel.cancelled()) row.accept(j);
        })).join();
    }

    private static void store(FieldBuffer out, int cell, double energy, double fx, double fy, boolean withForce) {
        out.energy()[cell] = (float) saturate(energy);
        if (withForce) {
            out.forceX()[cell] = (float) saturate(fx);
            out.forceY()[cell] = (float) saturate(fy);
        }
    }

    private static double saturate(double v) {
        return v == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : v == Double.NEGATIVE_INFINITY ? -Double.MAX_VALUE : v;
    }

    /** L_h = ½vᵀWv, Yᵀf = Wv. */
    private static void classical(double[][] y, Axes a, FieldBuffer out, boolean withForce, ForkJoinPool pool, Cancellation cancel) {
        double wxx = 0, wxy = 0, wyy = 0;
        for (double[] m : y) {
            wxx += m[0] * m[0];
            wxy += m[0] * m[1];
            wyy += m[1] * m[1];
        }
        double xx = wxx, xy = wxy, yy = wyy;
        Grid grid = out.grid();
        int g = grid.size();
        rows(g, pool, cancel, j -> {
            double v2 = grid.y(j);
            for (int i = 0; i < g; i++) {
                double v1 = grid.x(i);
                double p1 = xx * v1 + xy * v2, p2 = xy * v1 + yy * v2;
                double energy = a.legendreX[i] + a.legendreY[j] - 0.5 * (v1 * p1 + v2 * p2);
                store(out, j * g + i, energy, p1 - a.slopeX[i], p2 - a.slopeY[j], withForce);
            }
        });
    }

    /** Log-sum-exp (normalized sums) or exp (absolute) memories through the per-axis factors of exp(βh). */
    private void factored(HopfieldModel model, double[][] y, double beta, boolean lse, Axes a, FieldBuffer out, boolean withForce,
                          ForkJoinPool pool, Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        int n = y.length;
        int stride = SimdMath.padded(g);
        if (factorX.length < n * stride) {
            factorX = new float[n * stride];
            factorXc = new float[n * stride];
        }
        if (shiftX.length < g) {
            shiftX = new double[g];
            floatShiftX = new float[g];
            floatLegendreX = new float[g];
            floatSlopeX = new float[g];
        }
        for (int i = 0; i < g; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] m : y) max = Math.max(max, beta * m[0] * grid.x(i));
            shiftX[i] = max;
            floatShiftX[i] = (float) max;
            floatLegendreX[i] = (float) a.legendreX[i];
            floatSlopeX[i] = (float) a.slopeX[i];
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < stride; i++) {
                double f = i < g ? Math.exp(beta * y[k][0] * grid.x(i) - shiftX[i]) : 0;
                factorX[k * stride + i] = (float) f;
                factorXc[k * stride + i] = (float) (f * y[k][0]);
            }
        }
        int chunks = Math.min(g, 4 * pool.getParallelism());
        if (rows.length < chunks || rows[0].sum.length < stride || rows[0].factorY.length < n) {
            rows = new Row[chunks];
            for (int c = 0; c < chunks; c++) rows[c] = new Row(stride, n);
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            for (int j = c * g / chunks; j < (c + 1) * g / chunks && !cancel.cancelled(); j++) {
                factoredRow(j, rows[c], model, y, beta, lse, a, stride, out, withForce);
            }
        })).join();
    }

    private void factoredRow(int j, Row r, HopfieldModel model, double[][] y, double beta, boolean lse, Axes a, int stride,
                             FieldBuffer out, boolean withForce) {
        Grid grid = out.grid();
        int g = grid.size();
        int n = y.length;
        double v2 = grid.y(j);
        double shiftY = Double.NEGATIVE_INFINITY;
        for (double[] m : y) shiftY = Math.max(shiftY, beta * m[1] * v2);
        for (int k = 0; k < n; k++) {
            double f = Math.exp(beta * y[k][1] * v2 - shiftY);
            r.factorY[k] = (float) f;
            r.factorYc[k] = (float) (f * y[k][1]);
        }
        SimdMath.factoredRow(factorX, factorXc, stride, r.factorY, r.factorYc, n, r.sum, r.sumX, r.sumY, withForce);
        SimdMath.log(r.sum, r.logSum, stride);
        if (lse) {
            lseCells(j, r, (float) shiftY, a, (float) (1 / beta), out, withForce);
            for (int i = 0; i < g; i++) {
                if (!(r.sum[i] >= UNDERFLOW)) exactCell(model, grid.x(i), v2, out, j * g + i, withForce);
            }
            return;
        }
        for (int i = 0; i < g; i++) {
            int cell = j * g + i;
            double shift = shiftX[i] + shiftY;
            if (r.sum[i] < UNDERFLOW || (!lse && shift > MemoryFunction.MAX_EXPONENT)) {
                exactCell(model, grid.x(i), v2, out, cell, withForce);
                continue;
            }
            double scale = Math.exp(shift);
            double memoryTerm = Math.exp(r.logSum[i] + shift) / beta;
            store(out, cell, a.legendreX[i] + a.legendreY[j] - memoryTerm, r.sumX[i] * scale - a.slopeX[i],
                    r.sumY[i] * scale - a.slopeY[j], withForce);
        }
    }

    /**
     * Log-sum-exp cells of row j in float, E = Legendre − (log Σ + shifts)/β and F = Σy·e/Σe − g′:
     * loops without branches, which the JIT turns into vector code (cells whose sum underflowed are redone after).
     */
    private void lseCells(int j, Row r, float shiftY, Axes a, float inverseBeta, FieldBuffer out, boolean withForce) {
        int g = out.grid().size();
        int base = j * g;
        float[] energy = out.energy();
        float rowLegendre = (float) a.legendreY[j];
        for (int i = 0; i < g; i++) {
            energy[base + i] = floatLegendreX[i] + rowLegendre - (r.logSum[i] + floatShiftX[i] + shiftY) * inverseBeta;
        }
        if (!withForce) return;
        float[] fx = out.forceX(), fy = out.forceY();
        float rowSlope = (float) a.slopeY[j];
        for (int i = 0; i < g; i++) {
            fx[base + i] = r.sumX[i] / r.sum[i] - floatSlopeX[i];
            fy[base + i] = r.sumY[i] / r.sum[i] - rowSlope;
        }
    }

    private static void exactCell(HopfieldModel model, double x, double y, FieldBuffer out, int cell, boolean withForce) {
        double[] force = withForce ? new double[2] : null;
        out.energy()[cell] = (float) model.energy(new double[] {x, y}, Double.NaN, force);
        if (withForce) {
            out.forceX()[cell] = (float) force[0];
            out.forceY()[cell] = (float) force[1];
        }
    }

    /** Σ h^p/p and Σ y_n h^(p−1) (h rectified at 0 for the rectified power), memory by memory in float lanes. */
    private static void powers(double[][] y, MemoryFunction.Power power, Axes a, FieldBuffer out, boolean withForce,
                               ForkJoinPool pool, Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        int n = y.length;
        int stride = SimdMath.padded(g);
        float[] xs = new float[stride];
        for (int i = 0; i < stride; i++) xs[i] = (float) grid.x(Math.min(i, g - 1));
        float[] m1 = new float[n], m2 = new float[n];
        for (int k = 0; k < n; k++) {
            m1[k] = (float) y[k][0];
            m2[k] = (float) y[k][1];
        }
        double p = power.power();
        boolean whole = p == Math.rint(p) && p <= 64;
        rows(g, pool, cancel, j -> {
            float[] lagrangian = new float[stride], pullX = new float[stride], pullY = new float[stride];
            float v2 = (float) grid.y(j);
            for (int i = 0; i < stride; i += SimdMath.LANES) {
                powerLanes(xs, i, v2, m1, m2, (int) p, (float) p, whole, power.rectified(), lagrangian, pullX, pullY);
            }
            for (int i = 0; i < g; i++) {
                double energy = a.legendreX[i] + a.legendreY[j] - lagrangian[i] / p;
                store(out, j * g + i, energy, pullX[i] - a.slopeX[i], pullY[i] - a.slopeY[j], withForce);
            }
        });
    }

    private static void powerLanes(float[] xs, int i, float v2, float[] m1, float[] m2, int wholePower, float p, boolean whole,
                                   boolean rectified, float[] lagrangian, float[] pullX, float[] pullY) {
        var S = SimdMath.S;
        FloatVector x = FloatVector.fromArray(S, xs, i);
        FloatVector l = FloatVector.zero(S), fx = FloatVector.zero(S), fy = FloatVector.zero(S);
        for (int k = 0; k < m1.length; k++) {
            FloatVector h = x.mul(m1[k]).add(v2 * m2[k]);
            if (rectified) h = h.max(0f);
            FloatVector below;   // h^(p−1)
            if (whole) {
                below = h;
                for (int e = 2; e < wholePower; e++) below = below.mul(h);
            } else {
                VectorMask<Float> positive = h.compare(VectorOperators.GT, 0f);
                FloatVector raised = SimdMath.exp(SimdMath.log(h.max(Float.MIN_NORMAL)).mul(p - 1).min(80f));
                below = FloatVector.zero(S).blend(raised, positive);
            }
            l = l.add(below.mul(h));
            fx = fx.add(below.mul(m1[k]));
            fy = fy.add(below.mul(m2[k]));
        }
        l.intoArray(lagrangian, i);
        fx.intoArray(pullX, i);
        fy.intoArray(pullY, i);
    }
}
