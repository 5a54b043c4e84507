package org.memscape.learn;

/**
 * How a network is trained: Adam steps, samples per step, the learning rate (decayed along a
 * half cosine from {@code learningRate} to {@code learningRate·finalFraction} over the steps), and the
 * lowest noise level drawn (τ is drawn uniformly from [tauMin, 1]).
 */
public record TrainingSettings(int steps, int batch, double learningRate, double finalFraction, double tauMin) {

    public static final int DEFAULT_STEPS = 3000;
    public static final int DEFAULT_BATCH = 512;
    public static final double DEFAULT_LEARNING_RATE = 3e-3;
    public static final double DEFAULT_FINAL_FRACTION = 0.01;
    public static final int MAX_STEPS = 10_000_000;
    public static final int MAX_BATCH = 1 << 20;

    public TrainingSettings {
        if (steps < 0 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be 0 to " + MAX_STEPS);
        if (batch < 1 || batch > MAX_BATCH) throw new IllegalArgumentException("batch must be 1 to " + MAX_BATCH);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) throw new IllegalArgumentException("learning rate must be > 0");
        if (!(finalFraction >= 0 && finalFraction <= 1)) throw new IllegalArgumentException("final fraction must be in [0, 1]");
        if (!(tauMin > 0 && tauMin < 1)) throw new IllegalArgumentException("tauMin must be in (0, 1)");
    }

    public static TrainingSettings standard(double tauMin) {
        return new TrainingSettings(DEFAULT_STEPS, DEFAULT_BATCH, DEFAULT_LEARNING_RATE, DEFAULT_FINAL_FRACTION, tauMin);
    }

    public TrainingSettings withSteps(int newSteps) {
        return new TrainingSettings(newSteps, batch, learningRate, finalFraction, tauMin);
    }

    /** The learning rate of step k (0-based). */
    public double learningRate(int k) {
        if (steps <= 1) return learningRate;
        double progress = (double) k / (steps - 1);
        double cosine = 0.5 * (1 + StrictMath.cos(Math.PI * progress));
        return learningRate * (finalFraction + (1 - finalFraction) * cosine);
    }
}
