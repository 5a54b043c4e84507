package org.memscape.core;

/**
 * An energy landscape over R^D. Positions come in two coordinates: the canvas (what is shown and
 * what scene files hold) and the state the dynamics integrate. They are the same except for tanh
 * features, whose canvas shows the activation v = tanh x of the internal state x.
 */
public interface EnergyModel {

    int dim();

    /** True for diffusion models, whose energy depends on the noise level τ. */
    boolean timeDependent();

    /**
     * The energy at canvas point v (at τ, ignored by time-independent models), with the force
     * −∇_v E written to {@code force} unless it is null. For diffusion the energy is −log p(v, τ)
     * and the force the score.
     */
    double energy(double[] v, double tau, double[] force);

    /** −∇_v E (the score, for diffusion) at v into {@code force}; a model may skip the energy here. */
    default void force(double[] v, double tau, double[] force) {
        energy(v, tau, force);
    }

    /** The responsibility of each memory for the point v (softmax weights), for charts. */
    double[] memoryWeights(double[] v, double tau);

    /** The number of memories. */
    int memoryCount();

    /** dx/dt of the gradient flow, in state coordinates. */
    default void velocity(double[] state, double tau, double[] out) {
        force(state, tau, out);
    }

    /**
     * −∇ₓE at a state, the drift of Langevin dynamics. It equals {@link #velocity} except for
     * tanh features, whose gradient flow is preconditioned by 1/(1 − tanh²x).
     */
    default void minusGradientAtState(double[] state, double tau, double[] out) {
        velocity(state, tau, out);
    }

    /** The energy at a state; the Lyapunov function of {@link #velocity}. */
    default double energyAtState(double[] state, double tau) {
        return energy(state, tau, null);
    }

    default void toCanvas(double[] state, double[] canvas) {
        System.arraycopy(state, 0, canvas, 0, state.length);
    }

    default void toState(double[] canvas, double[] state) {
        System.arraycopy(canvas, 0, state, 0, canvas.length);
    }
}
