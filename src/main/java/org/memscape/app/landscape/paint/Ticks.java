package org.memscape.app.landscape.paint;

import java.util.ArrayList;
import java.util.List;

/** Tick values for axes and the colorbar (their labels: text.NumberText.tick). */
public final class Ticks {

    private Ticks() {}

    /**
     * Round values (1, 2, 2.5 or 5 × 10^k apart) inside [min, max], about {@code target} of them,
     * and at least three when three were asked for: rounding the step up alone gave a small plot
     * of [−3, 3] a single tick, 0 (5 apart), where −2, 0, 2 fit.
     */
    static List<Double> nice(double min, double max, int target) {
        double step = niceStep((max - min) / Math.max(1, target - 1));
        List<Double> out = inside(min, max, step);
        while (out.size() < Math.min(3, target) && max > min) {
            step = smallerStep(step);
            out = inside(min, max, step);
        }
        return out;
    }

    /** The next round step below {@code step} (itself 1, 2, 2.5 or 5 × 10^k), 2.5 left out: −2, 0, 2 read better than −2.5, 0, 2.5. */
    static double smallerStep(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double f = step / magnitude;
        double smaller = f < 1.5 ? 0.5 : f < 2.25 ? 1 : 2;
        return smaller * magnitude;
    }

    private static List<Double> inside(double min, double max, double step) {
        List<Double> out = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int k = 0; ; k++) {
            double v = first + k * step;
            if (v > max + step * 1e-9) break;
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }

    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) return 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** {@code count} evenly spaced values from low to high, both included. */
    static List<Double> even(double low, double high, int count) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < count; k++) out.add(low + (high - low) * k / (count - 1));
        return out;
    }
}
