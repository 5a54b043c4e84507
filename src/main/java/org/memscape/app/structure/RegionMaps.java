package org.memscape.app.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Noise;
import org.memscape.core.Sampler;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.structure.BasinMap;
import org.memscape.structure.CriticalPoint;

/**
 * The region maps of the structure views, computed off the FX thread (no JavaFX here):
 * <ul>
 * <li>basins: where the deterministic descent from each cell ends ({@link org.memscape.structure.Basins});</li>
 * <li>the sampler's basins: where the probability-flow ODE, from the shown τ down to tauMin on the
 * scene's own τ grid and with its last step and denoising, takes each cell;</li>
 * <li>responsibilities: the memory with the largest softmax weight, and that weight.</li>
 * </ul>
 */
public final class RegionMaps {

    /** A memory's weight above this at the end of the sampler's flow names it the end (MATH.md §5). */
    static final double OWNS = 0.5;

    private RegionMaps() {}

    /** The basin map's cells as regions: a memory, a spurious minimum (by the one its descent ended at), or none. */
    public static RegionMap basins(BasinMap map) {
        List<CriticalPoint> spurious = map.fixedPoints().points().stream().filter(CriticalPoint::spurious).toList();
        double width = Math.max(map.grid().xmax() - map.grid().xmin(), map.grid().ymax() - map.grid().ymin());
        int[] label = new int[map.grid().cells()];
        float[] strength = new float[label.length];
        List<CriticalPoint> far = new ArrayList<>();
        for (int k = 0; k < label.length; k++) {
            strength[k] = 1;
            if (map.memory()[k] >= 0) {
                label[k] = map.memory()[k];
                continue;
            }
            label[k] = RegionMap.NONE;
            double x = map.endX()[k], y = map.endY()[k];
            if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
            int s = nearest(spurious, x, y, 1e-6 * width);
            if (s < 0) {
                // a spurious minimum outside the view: known by where the descents end
                s = nearest(far, x, y, 1e-6 * width);
                if (s < 0) {
                    far.add(new CriticalPoint(CriticalPoint.Kind.MINIMUM, x, y, Double.NaN, -1, Double.NaN, Double.NaN));
                    s = far.size() - 1;
                }
                s += spurious.size();
            }
            label[k] = RegionMap.spurious(s);
        }
        List<CriticalPoint> all = new ArrayList<>(spurious);
        all.addAll(far);
        return new RegionMap(RegionMap.Kind.BASINS, map.grid(), label, strength, all);
    }

    private static int nearest(List<CriticalPoint> points, double x, double y, double within) {
        int best = -1;
        double d = within;
        for (int k = 0; k < points.size(); k++) {
            double e = Math.hypot(points.get(k).x() - x, points.get(k).y() - y);
            if (e <= d) {
                d = e;
                best = k;
            }
        }
        return best;
    }

    /**
     * Where the scene's probability-flow ODE takes each cell from step {@code step} (at the shown τ)
     * to the last, and the memory whose weight at tauMin exceeds ½ there ({@link RegionMap#NONE}
     * where none does); strength is that weight.
     */
    public static RegionMap samplerBasins(Scene scene, DiffusionModel model, int step, Grid grid, Cancellation cancel) {
        DynamicsSpec d = scene.dynamics();
        Sampler.TauGrid taus = new Sampler.TauGrid(d.tauMax(), d.tauMin(), d.steps());
        Sampler flow = new Sampler.ProbabilityFlow(model.process(), taus, d.integrator() == DynamicsSpec.Integrator.HEUN);
        int size = grid.size();
        int[] label = new int[grid.cells()];
        float[] strength = new float[grid.cells()];
        Noise noise = new Noise(0);   // the flow draws none
        IntStream.range(0, size).parallel().forEach(j -> {
            if (cancel.cancelled()) return;
            double[] x = new double[2];
            for (int i = 0; i < size; i++) {
                x[0] = grid.x(i);
                x[1] = grid.y(j);
                for (int k = step; k < d.steps(); k++) flow.advance(model, x, 0, k, noise);
                assign(model.memoryWeights(x, d.tauMin()), j * size + i, label, strength);
            }
        });
        if (cancel.cancelled()) throw new java.util.concurrent.CancellationException("superseded");
        return new RegionMap(RegionMap.Kind.SAMPLER_BASINS, grid, label, strength, List.of());
    }

    /** The memory of largest softmax weight at each cell at τ, and that weight. */
    public static RegionMap responsibilities(EnergyModel model, double tau, Grid grid, Cancellation cancel) {
        int size = grid.size();
        int[] label = new int[grid.cells()];
        float[] strength = new float[grid.cells()];
        IntStream.range(0, size).parallel().forEach(j -> {
            if (cancel.cancelled()) return;
            for (int i = 0; i < size; i++) {
                double[] w = model.memoryWeights(new double[] {grid.x(i), grid.y(j)}, tau);
                int best = RegionMap.NONE;
                double top = -1;
                for (int n = 0; n < w.length; n++) {
                    if (w[n] > top) {
                        top = w[n];
                        best = n;
                    }
                }
                label[j * size + i] = Double.isFinite(top) ? best : RegionMap.NONE;
                strength[j * size + i] = (float) Math.max(0, top);
            }
        });
        if (cancel.cancelled()) throw new java.util.concurrent.CancellationException("superseded");
        return new RegionMap(RegionMap.Kind.RESPONSIBILITIES, grid, label, strength, List.of());
    }

    private static void assign(double[] w, int k, int[] label, float[] strength) {
        label[k] = RegionMap.NONE;
        double top = 0;
        for (int n = 0; n < w.length; n++) {
            if (w[n] > top) top = w[n];
            if (w[n] > OWNS) label[k] = n;
        }
        strength[k] = (float) top;
    }
}
