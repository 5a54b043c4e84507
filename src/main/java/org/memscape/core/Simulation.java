package org.memscape.core;

/**
 * A batch of particles moved by one sampler on one model, step by step. The reference
 * implementation: plain loops, one particle at a time (the engine has the fast batched one).
 */
public final class Simulation {

    private final EnergyModel model;
    private final Sampler sampler;
    private final Noise noise;
    private final double[][] states;
    private int step;

    /** Starts from canvas positions, converted to state coordinates. */
    public Simulation(EnergyModel model, Sampler sampler, long seed, double[][] canvasPositions) {
        this.model = model;
        this.sampler = sampler;
        this.noise = new Noise(seed);
        this.states = new double[canvasPositions.length][model.dim()];
        for (int p = 0; p < states.length; p++) {
            if (canvasPositions[p].length != model.dim()) throw new IllegalArgumentException("particle " + p + " has the wrong dimension");
            model.toState(canvasPositions[p], states[p]);
        }
    }

    public int step() { return step; }

    public int particleCount() { return states.length; }

    /** τ of the current step (NaN for a timeless model). */
    public double tau() { return sampler.tau(step); }

    public boolean finished() { return step >= sampler.steps(); }

    /** Moves every particle one step. */
    public void advance() {
        for (int p = 0; p < states.length; p++) sampler.advance(model, states[p], p, step, noise);
        step++;
    }

    public double[] canvasPosition(int particle) {
        double[] v = new double[model.dim()];
        model.toCanvas(states[particle], v);
        return v;
    }

    /** The energy of a particle at the current τ, as its sampler reports it ({@link Sampler#energy}; finite for any state). */
    public double energy(int particle) {
        return sampler.energy(model, states[particle], step);
    }
}
