package org.memscape.learn;

import java.util.concurrent.ForkJoinPool;
import org.memscape.core.DiffusionModel;
import org.memscape.core.GridField;

/**
 * How far a learned score is from the exact one at a noise level, weighted by where the data
 * are: on the G×G cell centres of a rectangle (those of {@link GridField}),
 *
 * <pre>    error(τ) = √( Σ p(x, τ)·|s_learned − s_exact|² / Σ p(x, τ)·|s_exact|² )</pre>
 *
 * the relative L2 error in L²(p): 0 for a perfect network, 1 for one that predicts no score at all.
 */
public final class ScoreError {

    private ScoreError() {}

    public static double relative(Network network, DiffusionModel exact, double xmin, double xmax, double ymin, double ymax,
                                  int size, double tau, ForkJoinPool pool) {
        GridField e = GridField.evaluate(exact, xmin, xmax, ymin, ymax, size, tau);
        GridField l = LearnedField.evaluate(network, xmin, xmax, ymin, ymax, size, tau, pool);
        double minEnergy = Double.POSITIVE_INFINITY;
        for (double u : e.energy()) minEnergy = Math.min(minEnergy, u);
        double num = 0, den = 0;
        for (int k = 0; k < size * size; k++) {
            double p = Math.exp(minEnergy - e.energy()[k]);   // p up to a constant factor, which cancels
            double dx = l.forceX()[k] - e.forceX()[k], dy = l.forceY()[k] - e.forceY()[k];
            num += p * (dx * dx + dy * dy);
            den += p * (e.forceX()[k] * e.forceX()[k] + e.forceY()[k] * e.forceY()[k]);
        }
        return Math.sqrt(num / den);
    }
}
