package org.memscape.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.memscape.compute.Cancellation;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The critical points of a landscape as one parameter moves: β for the Hopfield models, τ for
 * diffusion (whose landscape at τ is a Hopfield landscape at β_eff(τ), MATH.md §2.1). A slice
 * per value, for a bifurcation diagram: where the count of minima changes, a valley has split.
 */
public final class BifurcationSweep {

    /** The parameter a sweep moves. */
    public enum Parameter { BETA, TAU }

    /** The critical points at one value; {@code betaEff} is β_eff(τ) for diffusion, β otherwise. */
    public record Slice(double value, double betaEff, FixedPoints fixedPoints) {}

    private BifurcationSweep() {}

    /** BETA for the models with a β (distance Hopfield, softmax or exponential memory), TAU for diffusion; null for the others. */
    public static Parameter parameterOf(ModelSpec model) {
        if (model instanceof ModelSpec.DiffusionVp || model instanceof ModelSpec.DiffusionVe) return Parameter.TAU;
        if (model instanceof ModelSpec.HopfieldDistance) return Parameter.BETA;
        if (model instanceof ModelSpec.Hopfield h
                && (h.memory() == ModelSpec.MemoryFunction.LSE || h.memory() == ModelSpec.MemoryFunction.EXP)) return Parameter.BETA;
        return null;
    }

    /** The scene's critical points in its domain at each value of its parameter ({@link #parameterOf}). */
    public static List<Slice> of(Scene scene, double[] values, Cancellation cancel) {
        Parameter parameter = parameterOf(scene.model());
        if (parameter == null) throw new IllegalArgumentException("this model has neither β nor τ to sweep");
        if (parameter == Parameter.TAU) return overTau((DiffusionModel) SceneSetup.model(scene), scene.domain(), values, cancel);
        return overBeta(beta -> SceneSetup.model(scene.withModel(withBeta(scene.model(), beta))), scene.domain(), values, cancel);
    }

    /** The model spec with another β. */
    public static ModelSpec withBeta(ModelSpec model, double beta) {
        if (model instanceof ModelSpec.HopfieldDistance) return new ModelSpec.HopfieldDistance(beta);
        ModelSpec.Hopfield h = (ModelSpec.Hopfield) model;
        return new ModelSpec.Hopfield(h.features(), h.memory(), beta, h.power());
    }

    public static List<Slice> overBeta(DoubleFunction<EnergyModel> modelAt, Domain view, double[] betas, Cancellation cancel) {
        List<Slice> out = new ArrayList<>();
        for (double beta : betas) out.add(new Slice(beta, beta, CriticalPoints.find(modelAt.apply(beta), Double.NaN, view, cancel)));
        return out;
    }

    public static List<Slice> overTau(DiffusionModel model, Domain view, double[] taus, Cancellation cancel) {
        List<Slice> out = new ArrayList<>();
        for (double tau : taus) out.add(new Slice(tau, model.process().betaEff(tau), CriticalPoints.find(model, tau, view, cancel)));
        return out;
    }

    /** n values from {@code from} to {@code to}, equally spaced in their logarithm (for β). */
    public static double[] geometric(double from, double to, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = n == 1 ? from : from * Math.pow(to / from, (double) k / (n - 1));
        return out;
    }

    /** n values from {@code from} to {@code to}, equally spaced (for τ). */
    public static double[] linear(double from, double to, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = n == 1 ? from : from + (to - from) * k / (n - 1);
        return out;
    }

    /**
     * The value between {@code low} and {@code high} (which differ in their count of minima)
     * where the count changes, by bisection to {@code tolerance}: the critical β or τ of a split.
     */
    public static double split(DoubleFunction<FixedPoints> at, double low, double high, double tolerance) {
        long lowCount = at.apply(low).count(CriticalPoint.Kind.MINIMUM);
        if (lowCount == at.apply(high).count(CriticalPoint.Kind.MINIMUM)) {
            throw new IllegalArgumentException("the count of minima is the same at " + low + " and " + high);
        }
        while (Math.abs(high - low) > tolerance) {
            double mid = 0.5 * (low + high);
            if (at.apply(mid).count(CriticalPoint.Kind.MINIMUM) == lowCount) low = mid;
            else high = mid;
        }
        return 0.5 * (low + high);
    }
}
