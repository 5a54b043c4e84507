package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.MixtureForm;

/**
 * The energy E = −ε lse_n(−½λ|x − c_n|²) + const of point memories, and its force, over a grid.
 * The Gaussian factors per axis, exp(−½λ((x − a)² + (y − b)²)) = exp(−½λ(x − a)²)·exp(−½λ(y − b)²),
 * so a G×G grid needs 2GN exponentials and then sums of products (a matrix product in effect)
 * instead of G²N exponentials. Each factor is shifted by its row's (or column's) largest
 * exponent so that the products stay in range; a cell whose sum still underflows (memories far
 * from it in both axes at large λ) is recomputed exactly with a log-sum-exp.
 */
final class GaussianGridKernel implements GridKernel {

    private static final double UNDERFLOW = 1e-290;

    private double[] factorX = new double[0];       // exp(−½λ(x_i − cx_n)² − α_i), index n·G + i
    private double[] factorXc = new double[0];      // the same times cx_n
    private double[] shiftX = new double[0];        // α_i
    private RowSums[] scratch = new RowSums[0];      // one per chunk of rows

    /** Per-row working arrays: the three sums over memories, and the row's y factors. Separate arrays, so the JIT can vectorize. */
    private static final class RowSums {
        final double[] sum, sumX, sumY, factorY, factorYc;

        RowSums(int g, int n) {
            sum = new double[g];
            sumX = new double[g];
            sumY = new double[g];
            factorY = new double[n];
            factorYc = new double[n];
        }
    }

    @Override public void evaluate(MixtureForm form, FieldBuffer out, boolean withForce, ForkJoinPool pool, Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        double[][] centres = form.centres();
        int n = centres.length;
        double lambda = 1 / form.variance();
        prepareColumns(grid, centres, lambda);
        int chunks = Math.min(g, 4 * pool.getParallelism());
        if (scratch.length < chunks || scratch[0].sum.length < g || scratch[0].factorY.length < n) {
            scratch = new RowSums[chunks];
            for (int c = 0; c < chunks; c++) scratch[c] = new RowSums(g, n);
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            for (int j = c * g / chunks; j < (c + 1) * g / chunks && !cancel.cancelled(); j++) {
                row(j, scratch[c], grid, centres, lambda, form, out, withForce);
            }
        })).join();
    }

    private void prepareColumns(Grid grid, double[][] centres, double lambda) {
        int g = grid.size();
        int n = centres.length;
        if (factorX.length < n * g) {
            factorX = new double[n * g];
            factorXc = new double[n * g];
        }
        if (shiftX.length < g) shiftX = new double[g];
        for (int i = 0; i < g; i++) {
            double x = grid.x(i);
            double max = Double.NEGATIVE_INFINITY;
            for (double[] c : centres) max = Math.max(max, -0.5 * lambda * (x - c[0]) * (x - c[0]));
            shiftX[i] = max;
        }
        for (int k = 0; k < n; k++) {
            double cx = centres[k][0];
            for (int i = 0; i < g; i++) {
                double d = grid.x(i) - cx;
                double f = Math.exp(-0.5 * lambda * d * d - shiftX[i]);
                factorX[k * g + i] = f;
                factorXc[k * g + i] = f * cx;
            }
        }
    }

    private void row(int j, RowSums rs, Grid grid, double[][] centres, double lambda, MixtureForm form,
                     FieldBuffer out, boolean withForce) {
        int g = grid.size();
        int n = centres.length;
        double[] sum = rs.sum, sumX = rs.sumX, sumY = rs.sumY, fy = rs.factorY, fyc = rs.factorYc;
        double y = grid.y(j);
        double shiftY = Double.NEGATIVE_INFINITY;
        for (double[] c : centres) shiftY = Math.max(shiftY, -0.5 * lambda * (y - c[1]) * (y - c[1]));
        for (int k = 0; k < n; k++) {
            double d = y - centres[k][1];
            fy[k] = Math.exp(-0.5 * lambda * d * d - shiftY);
            fyc[k] = fy[k] * centres[k][1];
        }
        java.util.Arrays.fill(sum, 0, g, 0);
        if (withForce) {
            java.util.Arrays.fill(sumX, 0, g, 0);
            java.util.Arrays.fill(sumY, 0, g, 0);
        }
        int k = 0;
        // Four memories per pass: the running sums are loaded and stored a quarter as often.
        for (; k + 4 <= n; k += 4) {
            double e0 = fy[k], e1 = fy[k + 1], e2 = fy[k + 2], e3 = fy[k + 3];
            int b0 = k * g, b1 = b0 + g, b2 = b1 + g, b3 = b2 + g;
            if (withForce) {
                double c0 = fyc[k], c1 = fyc[k + 1], c2 = fyc[k + 2], c3 = fyc[k + 3];
                for (int i = 0; i < g; i++) {
                    double f0 = factorX[b0 + i], f1 = factorX[b1 + i], f2 = factorX[b2 + i], f3 = factorX[b3 + i];
                    sum[i] += f0 * e0 + f1 * e1 + f2 * e2 + f3 * e3;
                    sumX[i] += factorXc[b0 + i] * e0 + factorXc[b1 + i] * e1 + factorXc[b2 + i] * e2 + factorXc[b3 + i] * e3;
                    sumY[i] += f0 * c0 + f1 * c1 + f2 * c2 + f3 * c3;
                }
            } else {
                for (int i = 0; i < g; i++) {
                    sum[i] += factorX[b0 + i] * e0 + factorX[b1 + i] * e1 + factorX[b2 + i] * e2 + factorX[b3 + i] * e3;
                }
            }
        }
        for (; k < n; k++) {
            double e = fy[k];
            int base = k * g;
            if (withForce) {
                double ec = fyc[k];
                for (int i = 0; i < g; i++) {
                    double f = factorX[base + i];
                    sum[i] += f * e;
                    sumX[i] += factorXc[base + i] * e;
                    sumY[i] += f * ec;
                }
            } else {
                for (int i = 0; i < g; i++) sum[i] += factorX[base + i] * e;
            }
        }
        double epsilon = form.epsilon();
        double pull = epsilon * lambda;
        float[] energy = out.energy();
        for (int i = 0; i < g; i++) {
            int cell = j * g + i;
            if (sum[i] < UNDERFLOW) {
                exactCell(grid.x(i), y, centres, lambda, form, out, cell, withForce);
                continue;
            }
            energy[cell] = (float) (-epsilon * (Math.log(sum[i]) + shiftX[i] + shiftY) + form.constant());
            if (withForce) {
                out.forceX()[cell] = (float) (pull * (sumX[i] / sum[i] - grid.x(i)));
                out.forceY()[cell] = (float) (pull * (sumY[i] / sum[i] - y));
            }
        }
    }

    /** One cell by a plain log-sum-exp, for the rare cells whose factored sum underflows. */
    private static void exactCell(double x, double y, double[][] centres, double lambda, MixtureForm form,
                                  FieldBuffer out, int cell, boolean withForce) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] c : centres) max = Math.max(max, logit(x, y, c, lambda));
        double sum = 0, mx = 0, my = 0;
        for (double[] c : centres) {
            double w = Math.exp(logit(x, y, c, lambda) - max);
            sum += w;
            mx += w * c[0];
            my += w * c[1];
        }
        out.energy()[cell] = (float) (-form.epsilon() * (max + Math.log(sum)) + form.constant());
        if (withForce) {
            double pull = form.epsilon() * lambda;
            out.forceX()[cell] = (float) (pull * (mx / sum - x));
            out.forceY()[cell] = (float) (pull * (my / sum - y));
        }
    }

    private static double logit(double x, double y, double[] c, double lambda) {
        double dx = x - c[0], dy = y - c[1];
        return -0.5 * lambda * (dx * dx + dy * dy);
    }
}
