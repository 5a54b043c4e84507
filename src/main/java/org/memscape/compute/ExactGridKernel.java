package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.EnergyModel;

/** Any model, one cell at a time through the core's exact evaluation, rows in parallel: the fallback. */
final class ExactGridKernel {

    private ExactGridKernel() {}

    static void evaluate(EnergyModel model, double tau, FieldBuffer out, boolean withForce, ForkJoinPool pool,
                         Cancellation cancel) {
        Grid grid = out.grid();
        int g = grid.size();
        pool.submit(() -> IntStream.range(0, g).parallel().forEach(j -> {
            if (cancel.cancelled()) return;
            double[] point = new double[2];
            double[] force = withForce ? new double[2] : null;
            for (int i = 0; i < g; i++) {
                point[0] = grid.x(i);
                point[1] = grid.y(j);
                int cell = j * g + i;
                out.energy()[cell] = (float) model.energy(point, tau, force);
                if (withForce) {
                    out.forceX()[cell] = (float) force[0];
                    out.forceY()[cell] = (float) force[1];
                }
            }
        })).join();
    }
}
