package org.memscape.learn;

import java.util.concurrent.ForkJoinPool;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.GridField;

/**
 * What the window shows of a learned score at one noise level on a grid over the view, next to
 * the exact one (issue 16): the learned score; a learned energy, the least-squares potential of
 * the learned score ({@link LeastSquaresPotential}: the network has no energy of its own), its
 * constant chosen so that it agrees with the exact energy −log p on average where the data are
 * (weighted by p), so both read on the same colours; the curl, what no potential explains; and the
 * error map, each cell's share of the squared relative error of {@link ScoreError},
 *
 * <pre>    error_k = p_k·|s_learned − s_exact|²_k / Σ p·|s_exact|²,   Σ_k error_k = ScoreError²</pre>
 *
 * Arrays over the grid's cells, index j·G + i. Headless: the window computes it off the FX thread.
 *
 * @param relativeError the p-weighted relative error on this grid (√ of the error map's sum)
 * @param unexplained the share of the learned score on the grid that the potential leaves unexplained
 */
public record LearnedLandscape(Grid grid, double tau, double[] scoreX, double[] scoreY, double[] energy, double[] curl,
                               double[] error, double relativeError, double unexplained) {

    public static LearnedLandscape compute(Network network, DiffusionModel exact, Grid grid, double tau, ForkJoinPool pool) {
        int n = grid.size();
        GridField e = GridField.evaluate(exact, grid.xmin(), grid.xmax(), grid.ymin(), grid.ymax(), n, tau);
        GridField l = LearnedField.evaluate(network, grid.xmin(), grid.xmax(), grid.ymin(), grid.ymax(), n, tau, pool);
        double hx = (grid.xmax() - grid.xmin()) / n, hy = (grid.ymax() - grid.ymin()) / n;
        double[] gx = l.forceX(), gy = l.forceY();
        double[] phi = LeastSquaresPotential.solve(gx, gy, n, n, hx, hy);
        double[] curl = LeastSquaresPotential.curl(gx, gy, n, n, hx, hy);
        double unexplained = LeastSquaresPotential.unexplained(phi, gx, gy, n, n, hx, hy);
        double minEnergy = Double.POSITIVE_INFINITY;
        for (double u : e.energy()) minEnergy = Math.min(minEnergy, u);
        int cells = n * n;
        double[] p = new double[cells];
        double pSum = 0, shift = 0, scale = 0;
        for (int k = 0; k < cells; k++) {
            p[k] = Math.exp(minEnergy - e.energy()[k]);   // p up to a constant factor
            pSum += p[k];
            shift += p[k] * (e.energy()[k] + phi[k]);
            scale += p[k] * (e.forceX()[k] * e.forceX()[k] + e.forceY()[k] * e.forceY()[k]);
        }
        double c = shift / pSum;
        double[] energy = new double[cells];
        double[] error = new double[cells];
        double total = 0;
        for (int k = 0; k < cells; k++) {
            energy[k] = c - phi[k];   // the score is −∇E, the potential's gradient is the score
            double dx = gx[k] - e.forceX()[k], dy = gy[k] - e.forceY()[k];
            error[k] = p[k] * (dx * dx + dy * dy) / scale;
            total += error[k];
        }
        return new LearnedLandscape(grid, tau, gx, gy, energy, curl, error, Math.sqrt(total), unexplained);
    }
}
