package org.memscape.app.panel;

import org.memscape.app.panel.ModelEdits.InitKind;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec.MemoryFunction;

/** The model panel's words that change with the scene: names of choices, titles and hints. No JavaFX here. */
final class PanelWords {

    static final String COSINE_NOTE = "\u1fb1(\u03c4) follows a quarter cosine, and the rate is capped at 20 near"
            + " \u03c4 = 1. It has no settings.";

    private PanelWords() {}

    static String memoryName(MemoryFunction f) {
        return switch (f) {
            case CLASSICAL -> "classical (Hebbian)";
            case POWER -> "power (even p)";
            case RECTIFIED_POWER -> "rectified power";
            case EXP -> "exponential";
            case LSE -> "log-sum-exp (softmax)";
        };
    }

    static String samplerName(Sampler s) {
        return switch (s) {
            case GRADIENT_FLOW -> "Gradient flow";
            case LANGEVIN -> "Langevin (with noise)";
            case HOPFIELD_UPDATE -> "Hopfield update";
            case REVERSE_SDE -> "Reverse SDE";
            case PROBABILITY_FLOW_ODE -> "Probability-flow ODE";
        };
    }

    static String betaTitle(boolean exponentialMemory) {
        return exponentialMemory ? "Gain \u03b2 of the exponential" : "Inverse temperature \u03b2";
    }

    static String powerTitle(boolean even) {
        return even ? "Power p (even)" : "Power p";
    }

    static String stepTitle(boolean diffusion) {
        return diffusion ? "Step size (\u00d7 noise variance at \u03c4 end)" : "Step size";
    }

    static String samplerHint(Sampler s, ModelType t) {
        boolean diffusion = t.isDiffusion();
        return switch (s) {
            case GRADIENT_FLOW -> diffusion ? "Each particle rolls downhill on the landscape at the end noise level."
                    : "Each particle rolls straight downhill.";
            case LANGEVIN -> "Downhill with random kicks; the temperature sets how strong they are.";
            case HOPFIELD_UPDATE -> switch (t) {
                case DOT -> "The Hopfield retrieval step x \u2190 Y\u1d40f(Yg), repeated.";
                case DISTANCE -> "Jumps to the softmax-weighted average of the memories, repeated.";
                default -> "Tweedie's denoising step at the end noise level, repeated.";
            };
            case REVERSE_SDE -> "Denoises step by step with fresh random kicks: new samples every run.";
            case PROBABILITY_FLOW_ODE -> "Denoises step by step without randomness: each start has one end.";
        };
    }

    static String tauHint(Sampler s) {
        return s.needsDiffusion()
                ? "From start to end: \u03c4\u00a0=\u00a01 is pure noise, \u03c4\u00a0=\u00a00 the memories themselves."
                : "\u03c4\u00a0=\u00a01 is pure noise, \u03c4\u00a0=\u00a00 the memories themselves. This sampler uses the"
                        + " landscape at the end level.";
    }

    static String initHint(InitKind k, boolean diffusion, int n) {
        return switch (k) {
            case UNIFORM -> "Spread evenly over the canvas.";
            case GAUSSIAN -> "A Gaussian cloud around the centre of the canvas.";
            case PRIOR -> diffusion ? "Drawn from the model's own noise at the start level \u03c4."
                    : "For this model, the same Gaussian cloud around the centre.";
            case POINTS -> "Placed by hand in the scene file (" + Shown.count(n) + "). Choose an option above to"
                    + " replace them.";
        };
    }
}
