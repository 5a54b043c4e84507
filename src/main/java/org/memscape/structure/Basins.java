package org.memscape.structure;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Grid;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;

/**
 * Basins of attraction: the end of the deterministic {@link Descent} from every cell centre of a
 * grid. The critical points are found first, over the view and the box that holds every
 * critical point (a descent may leave the view), so that a descent can stop as soon as it is
 * inside a {@link Capture} ball of a minimum. Rows run in parallel; {@code cancel} is asked
 * between rows.
 */
public final class Basins {

    private Basins() {}

    /** The basin map of {@code model} at τ on {@code grid}. */
    public static BasinMap compute(EnergyModel model, double tau, Grid grid, Cancellation cancel) {
        Prepared prepared = prepare(model, tau, view(grid), cancel);
        return prepared.map(grid, cancel);
    }

    /**
     * Coarse first, then finer: the maps for grids of {@code finest.size()} / 8, / 4, / 2 (those of
     * at least 16 cells a side) and {@code finest}, each handed to {@code onEach} as soon as it is
     * done. The critical points are found once. Throws {@link CancellationException} when
     * cancelled; the maps already handed over stand.
     */
    public static void progressive(EnergyModel model, double tau, Grid finest, Consumer<BasinMap> onEach, Cancellation cancel) {
        Prepared prepared = prepare(model, tau, view(finest), cancel);
        for (int divisor = 8; divisor >= 1; divisor /= 2) {
            int size = finest.size() / divisor;
            if (divisor > 1 && size < 16) continue;
            onEach.accept(prepared.map(finest.withSize(size), cancel));
        }
    }

    private static Domain view(Grid grid) {
        return new Domain(grid.xmin(), grid.xmax(), grid.ymin(), grid.ymax());
    }

    private static Prepared prepare(EnergyModel model, double tau, Domain view, Cancellation cancel) {
        Landscape landscape = Landscape.of(model, tau);
        FixedPoints inView = CriticalPoints.find(landscape, view, cancel);
        Domain bound = landscape.criticalBound();
        List<CriticalPoint> all = inView.points();
        if (bound != null && !covers(view, bound)) {
            Domain both = new Domain(Math.min(view.xmin(), bound.xmin()), Math.max(view.xmax(), bound.xmax()),
                    Math.min(view.ymin(), bound.ymin()), Math.max(view.ymax(), bound.ymax()));
            all = CriticalPoints.find(landscape, CriticalPoints.grown(both, 0.01 * Math.max(both.width(), both.height())), cancel).points();
        }
        double width = Math.max(view.width(), view.height());
        return new Prepared(landscape, inView, new Descent(landscape, Capture.balls(landscape, all, width), width));
    }

    private static boolean covers(Domain outer, Domain inner) {
        return inner.xmin() >= outer.xmin() && inner.xmax() <= outer.xmax() && inner.ymin() >= outer.ymin() && inner.ymax() <= outer.ymax();
    }

    private record Prepared(Landscape landscape, FixedPoints fixedPoints, Descent descent) {
        BasinMap map(Grid grid, Cancellation cancel) {
            int size = grid.size();
            double[] endX = new double[grid.cells()];
            double[] endY = new double[grid.cells()];
            int[] memory = new int[grid.cells()];
            AtomicInteger unconverged = new AtomicInteger();
            IntStream.range(0, size).parallel().forEach(j -> {
                if (cancel.cancelled()) return;
                for (int i = 0; i < size; i++) {
                    Descent.End end = descent.from(grid.x(i), grid.y(j));
                    int k = j * size + i;
                    endX[k] = end.x();
                    endY[k] = end.y();
                    memory[k] = end.memory();
                    if (!end.converged() && Double.isFinite(end.x())) unconverged.incrementAndGet();
                }
            });
            CriticalPoints.checkCancel(cancel);
            return new BasinMap(grid, endX, endY, memory, fixedPoints, unconverged.get());
        }
    }
}
