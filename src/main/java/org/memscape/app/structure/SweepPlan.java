package org.memscape.app.structure;

import java.util.ArrayList;
import java.util.List;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.structure.BifurcationSweep;

/**
 * What the bifurcation chart sweeps for a scene, and along which direction it draws the critical
 * points. No JavaFX.
 * <ul>
 * <li>β (Hopfield models): 48 values, equally spaced in log β, from 1/d_max² to 40/d_min² (d the
 * distances between point memories): two memories 2m apart split at β = 1/m² = 4/d², so every
 * pair's split lies inside; widened to hold the scene's own β.</li>
 * <li>τ (diffusion): 48 values from tauMax down to tauMin (at least 0.02, where the valleys are
 * still wider than the search's finest grid), in that order: the count of minima grows along it,
 * so new branches grow out of old ones.</li>
 * </ul>
 * The direction is the memories' main axis (the leading eigenvector of their scatter), or x.
 *
 * @param scene the scene swept (at its own β; the sweep sets each β in turn)
 * @param key   what the sweep depends on: a new key, a new sweep
 */
record SweepPlan(Scene scene, BifurcationSweep.Parameter parameter, double[] values, double ux, double uy, String axisName,
                 double reach, List<Object> key) {

    static final int SLICES = 48;
    static final double LOWEST_TAU = 0.02;

    /** The plan for a scene, or null when its model has neither β nor τ. */
    static SweepPlan of(Scene scene) {
        BifurcationSweep.Parameter parameter = BifurcationSweep.parameterOf(scene.model());
        if (parameter == null) return null;
        List<double[]> points = new ArrayList<>();
        for (MemorySpec m : scene.memories()) {
            if (m instanceof MemorySpec.Point p) points.add(new double[] {p.x(), p.y()});
        }
        double[] axis = mainAxis(points);
        String name = Math.abs(axis[1]) < 1e-9 ? "x" : Math.abs(axis[0]) < 1e-9 ? "y"
                : String.format(java.util.Locale.ROOT, "along (%.2f, %.2f)", axis[0], axis[1]);
        double reach = 0.15 * Math.max(scene.domain().width(), scene.domain().height());
        double[] values;
        List<Object> key;
        if (parameter == BifurcationSweep.Parameter.TAU) {
            DynamicsSpec d = scene.dynamics();
            double low = Math.max(d.tauMin(), LOWEST_TAU);
            values = BifurcationSweep.linear(Math.max(d.tauMax(), low + 1e-3), low, SLICES);
            key = List.of(scene.memories(), scene.domain(), scene.model(), values[0], low);
        } else {
            double beta = beta(scene.model());
            double[] range = betaRange(points, scene);
            double lo = Math.min(range[0], beta / 2), hi = Math.max(range[1], beta * 2);
            values = BifurcationSweep.geometric(lo, hi, SLICES);
            key = List.of(scene.memories(), scene.domain(), BifurcationSweep.withBeta(scene.model(), 1), lo, hi);
        }
        return new SweepPlan(scene, parameter, values, axis[0], axis[1], name, reach, key);
    }

    static double beta(ModelSpec model) {
        if (model instanceof ModelSpec.HopfieldDistance d) return d.beta();
        return ((ModelSpec.Hopfield) model).beta();
    }

    /** {1/d_max², 40/d_min²} over pairs of point memories; from the domain's width when there are fewer than two. */
    static double[] betaRange(List<double[]> points, Scene scene) {
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (int a = 0; a < points.size(); a++) {
            for (int b = a + 1; b < points.size(); b++) {
                double d = Math.hypot(points.get(a)[0] - points.get(b)[0], points.get(a)[1] - points.get(b)[1]);
                if (d > 0) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
        }
        if (max == 0) min = max = 0.5 * Math.max(scene.domain().width(), scene.domain().height());
        return new double[] {1 / (max * max), 40 / (min * min)};
    }

    /** The unit leading eigenvector of the points' scatter about their mean; (1, 0) when they do not pick one. */
    static double[] mainAxis(List<double[]> points) {
        if (points.size() < 2) return new double[] {1, 0};
        double mx = 0, my = 0;
        for (double[] p : points) {
            mx += p[0] / points.size();
            my += p[1] / points.size();
        }
        double sxx = 0, sxy = 0, syy = 0;
        for (double[] p : points) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
            syy += (p[1] - my) * (p[1] - my);
        }
        double scale = sxx + syy;
        if (Math.abs(sxy) <= 1e-12 * scale) return sxx >= syy ? new double[] {1, 0} : new double[] {0, 1};
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double ux = Math.cos(angle), uy = Math.sin(angle);
        return ux < 0 ? new double[] {-ux, -uy} : new double[] {ux, uy};
    }
}
