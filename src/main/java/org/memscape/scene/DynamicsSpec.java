package org.memscape.scene;

/** How particles move. Diffusion samplers step τ from tauMax down to tauMin in {@code steps} equal steps. */
public record DynamicsSpec(
        Sampler sampler,
        double step,
        int steps,
        double temperature,
        Integrator integrator,
        double tauMax,
        double tauMin) {

    public enum Sampler {
        GRADIENT_FLOW, LANGEVIN, HOPFIELD_UPDATE, REVERSE_SDE, PROBABILITY_FLOW_ODE;

        public boolean needsDiffusion() { return this == REVERSE_SDE || this == PROBABILITY_FLOW_ODE; }
    }

    public enum Integrator { EULER, HEUN }

    public DynamicsSpec withSteps(int newSteps) {
        return new DynamicsSpec(sampler, step, newSteps, temperature, integrator, tauMax, tauMin);
    }
}
