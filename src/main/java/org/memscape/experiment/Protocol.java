package org.memscape.experiment;

/**
 * The numbers of one retrieval protocol (Ambrogioni 2023, §4 and App. A). Defaults: θ = 0.68,
 * β = 5 with 150 modern Hopfield iterations, a constant-rate VP diffusion (γ = 0.8) integrated by
 * 300 Euler steps of the probability-flow ODE, at most 100 classical sweeps.
 *
 * @param theta      the corruption's signal fraction: ỹ = θ y + √(1 − θ²) ε, in (0, 1)
 * @param beta       the modern Hopfield network's inverse temperature
 * @param iterations modern Hopfield updates x ← Yᵀ softmax(β Y x)
 * @param steps      Euler steps of the diffusion from t_start down to t = 0
 * @param gamma      the VP diffusion's constant rate. In exact arithmetic it cancels out of every
 *                   result (the start time scales as 1/γ), so it is not an option of the commands
 * @param sweeps     the most synchronous classical updates before giving up on a fixed point
 */
public record Protocol(double theta, double beta, int iterations, int steps, double gamma, int sweeps) {

    public static final double THETA = 0.68;
    public static final double BETA = 5;
    public static final int ITERATIONS = 150;
    public static final int STEPS = 300;
    public static final double GAMMA = 0.8;
    public static final int SWEEPS = 100;

    public static final Protocol PAPER = new Protocol(THETA, BETA, ITERATIONS, STEPS, GAMMA, SWEEPS);

    public Protocol {
        if (!(theta > 0 && theta < 1)) throw new IllegalArgumentException("theta must be in (0, 1), got " + theta);
        if (!(beta > 0) || !Double.isFinite(beta)) throw new IllegalArgumentException("beta must be positive and finite, got " + beta);
        if (iterations < 1) throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        if (steps < 1) throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        if (!(gamma > 0) || !Double.isFinite(gamma)) throw new IllegalArgumentException("gamma must be positive and finite, got " + gamma);
        if (sweeps < 1) throw new IllegalArgumentException("sweeps must be at least 1, got " + sweeps);
    }

    /** The time t_start = −2 log(θ)/γ at which the VP signal √ᾱ = e^(−γt/2) equals θ. */
    public double startTime() {
        return -2 * Math.log(theta) / gamma;
    }

    public Protocol withTheta(double value) { return new Protocol(value, beta, iterations, steps, gamma, sweeps); }

    public Protocol withBeta(double value) { return new Protocol(theta, value, iterations, steps, gamma, sweeps); }

    public Protocol withIterations(int value) { return new Protocol(theta, beta, value, steps, gamma, sweeps); }

    public Protocol withSteps(int value) { return new Protocol(theta, beta, iterations, value, gamma, sweeps); }
}
