package org.memscape.scene;

/** The energy model as the scene file states it. */
public sealed interface ModelSpec {

    enum Features { QUADRATIC, TANH }

    enum MemoryFunction { CLASSICAL, POWER, RECTIFIED_POWER, EXP, LSE }

    /** The TinyBrain family (MATH.md §1): dot-product similarity, point memories only. */
    record Hopfield(Features features, MemoryFunction memory, double beta, double power) implements ModelSpec {}

    /** The distance-similarity modern Hopfield energy. */
    record HopfieldDistance(double beta) implements ModelSpec {}

    /** Variance-preserving diffusion with a β(τ) schedule. */
    record DiffusionVp(ScheduleSpec schedule) implements ModelSpec {}

    /** Variance-exploding diffusion, σ(τ) = σmin (σmax/σmin)^τ. */
    record DiffusionVe(double sigmaMin, double sigmaMax) implements ModelSpec {}

    default boolean isDiffusion() {
        return this instanceof DiffusionVp || this instanceof DiffusionVe;
    }

    sealed interface ScheduleSpec {
        record Linear(double betaMin, double betaMax) implements ScheduleSpec {}
        record Cosine() implements ScheduleSpec {}
        /** β = gamma per unit of diffusion time, over a time range that brings the signal down to theta. */
        record Constant(double gamma, double theta) implements ScheduleSpec {}
    }
}
