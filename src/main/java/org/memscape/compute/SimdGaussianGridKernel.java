package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.MixtureForm;

/**
 * The factored Gaussian grid of {@link GaussianGridKernel}, in float with the Vector API: the
 * sums over memories stay in registers, one vector of columns at a time. A cell whose factored
 * sum underflows float (far from every memory at large λ) is evaluated by a vectorized
 * log-sum-exp over the memories instead.
 */
final class SimdGaussianGridKernel implements GridKernel {

    private static final float UNDERFLOW = 1e-30f;

    private float[] factorX = new float[0];
    private float[] factorXc = new float[0];
    private float[] shiftX = new float[0];
    private double[] centreX = new double[0];
    private double[] centreY = new double[0];
    private Row[] rows = new Row[0];

    private static final class Row {
        final float[] sum, sumX, sumY, logSum, factorY, factorYc;
        final SimdMath.PointScratch point;

        Row(int stride, int n) {
            sum = new float[stride];
            sumX = new float[stride];
            sumY = new float[stride];
            logSum = new float[stride];
            factorY = new float[n];
            factorYc = new float[n];
            point = new SimdMath.PointScratch(n);
        }
    }

    @Override public void evaluate(MixtureForm form, FieldBuffer out, boolean withForce, ForkJoinPool pool, Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        int stride = (g + SimdMath.LANES - 1) / SimdMath.LANES * SimdMath.LANES;
        double[][] centres = form.centres();
        int n = centres.length;
        double lambda = 1 / form.variance();
        prepare(grid, stride, centres, lambda);
        int chunks = Math.min(g, 4 * pool.getParallelism());
        if (rows.length < chunks || rows[0].sum.length < stride || rows[0].factorY.length < n || rows[0].point.dx.length < n) {
            rows = new Row[chunks];
            for (int c = 0; c < chunks; c++) rows[c] = new Row(stride, n);
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            for (int j = c * g / chunks; j < (c + 1) * g / chunks && !cancel.cancelled(); j++) {
                row(j, rows[c], grid, stride, n, lambda, form, out, withForce);
            }
        })).join();
    }

    private void prepare(Grid grid, int stride, double[][] centres, double lambda) {
        int g = grid.size();
        int n = centres.length;
        if (factorX.length < n * stride) {
            factorX = new float[n * stride];
            factorXc = new float[n * stride];
        }
        if (shiftX.length < g) shiftX = new float[g];
        if (centreX.length < n) {
            centreX = new double[n];
            centreY = new double[n];
        }
        for (int k = 0; k < n; k++) {
            centreX[k] = centres[k][0];
            centreY[k] = centres[k][1];
        }
        double[] shifts = new double[g];
        for (int i = 0; i < g; i++) {
            double x = grid.x(i);
            double max = Double.NEGATIVE_INFINITY;
            for (double[] c : centres) max = Math.max(max, -0.5 * lambda * (x - c[0]) * (x - c[0]));
            shifts[i] = max;
            shiftX[i] = (float) max;
        }
        for (int k = 0; k < n; k++) {
            double cx = centres[k][0];
            for (int i = 0; i < stride; i++) {
                double f = 0;
                if (i < g) {
                    double d = grid.x(i) - cx;
                    f = Math.exp(-0.5 * lambda * d * d - shifts[i]);
                }
                factorX[k * stride + i] = (float) f;
                factorXc[k * stride + i] = (float) (f * cx);
            }
        }
    }

    private void row(int j, Row r, Grid grid, int stride, int n, double lambda, MixtureForm form, FieldBuffer out,
                     boolean withForce) {
        int g = grid.size();
        double y = grid.y(j);
        double shiftY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) shiftY = Math.max(shiftY, -0.5 * lambda * (y - centreY[k]) * (y - centreY[k]));
        for (int k = 0; k < n; k++) {
            double d = y - centreY[k];
            double f = Math.exp(-0.5 * lambda * d * d - shiftY);
            r.factorY[k] = (float) f;
            r.factorYc[k] = (float) (f * centreY[k]);
        }
        SimdMath.factoredRow(factorX, factorXc, stride, r.factorY, r.factorYc, n, r.sum, r.sumX, r.sumY, withForce);
        SimdMath.log(r.sum, r.logSum, stride);
        float epsilon = (float) form.epsilon();
        float constant = (float) form.constant();
        float pull = (float) (form.epsilon() * lambda);
        double halfLambda = 0.5 * lambda;
        float[] energy = out.energy();
        int base = j * g;
        for (int i = 0; i < g; i++) {
            float x = (float) grid.x(i);
            if (r.sum[i] < UNDERFLOW) {
                double lse = SimdMath.logSumExpAt(grid.x(i), y, centreX, centreY, n, halfLambda, r.point);
                energy[base + i] = (float) (-form.epsilon() * lse + form.constant());
                if (withForce) {
                    out.forceX()[base + i] = (float) (form.epsilon() * lambda * r.point.pull[0]);
                    out.forceY()[base + i] = (float) (form.epsilon() * lambda * r.point.pull[1]);
                }
                continue;
            }
            energy[base + i] = -epsilon * (r.logSum[i] + shiftX[i] + (float) shiftY) + constant;
            if (withForce) {
                out.forceX()[base + i] = pull * (r.sumX[i] / r.sum[i] - x);
                out.forceY()[base + i] = pull * (r.sumY[i] / r.sum[i] - (float) y);
            }
        }
    }
}
