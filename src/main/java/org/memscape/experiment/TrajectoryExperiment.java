package org.memscape.experiment;

/**
 * The paper's Figure 2a: one stored pattern corrupted (θ = 0.68 by default) and every coordinate's
 * path from it under the probability-flow ODE and the reverse SDE (2000 Euler steps), beside the
 * first modern Hopfield updates (four at β = 5), which reach in a handful of steps where the
 * diffusion arrives at t = 0. The problem is repetition 0 of the seed (the same patterns and start as
 * the retrieval experiment's first repetition at this dimension and count).
 */
public final class TrajectoryExperiment {

    public static final int DIM = 5;
    public static final int PATTERNS = 4;
    public static final int STEPS = 2000;
    public static final int UPDATES = 4;

    /** @param updates how many modern Hopfield updates to show */
    public record Settings(int dim, int patterns, double theta, double beta, int updates, int steps, long seed) {
        public Settings {
            // Protocol checks theta, beta and steps
            new Protocol(theta, beta, Math.max(1, updates), steps, Protocol.GAMMA, Protocol.SWEEPS);
            if (dim < 1) throw new IllegalArgumentException("dim must be at least 1, got " + dim);
            if (patterns < 1) throw new IllegalArgumentException("patterns must be at least 1, got " + patterns);
            if (updates < 0) throw new IllegalArgumentException("updates must be at least 0, got " + updates);
        }

        public static Settings paper() {
            return new Settings(DIM, PATTERNS, Protocol.THETA, Protocol.BETA, UPDATES, STEPS, 1);
        }

        Protocol protocol() {
            return new Protocol(theta, beta, Math.max(1, updates), steps, Protocol.GAMMA, Protocol.SWEEPS);
        }
    }

    /**
     * The paths. {@code times[k]} is the diffusion time before step k (t_start … 0); {@code ode[k]}
     * and {@code sde[k]} the states there; {@code hopfield[j]} the state after j modern Hopfield
     * updates (j = 0 is the start). {@code patterns[0]} is the corrupted one.
     */
    public record Paths(double[][] patterns, double[] start, double[] times, double[][] ode, double[][] sde, double[][] hopfield) {}

    private TrajectoryExperiment() {}

    public static Paths run(Settings s) {
        Protocol protocol = s.protocol();
        Draws draws = new Draws(s.seed());
        int d = s.dim();
        double[] y = new double[s.patterns() * d];
        draws.patterns(d, 0, s.patterns(), y);
        SoftmaxRecall recall = new SoftmaxRecall(s.patterns(), d);
        recall.load(y, s.patterns());
        double[] start = new double[d];
        draws.corrupt(java.util.Arrays.copyOf(y, d), s.theta(), d, 0, start);

        double startTime = protocol.startTime();
        double[] times = new double[s.steps() + 1];
        for (int k = 0; k <= s.steps(); k++) times[k] = ExactScoreDiffusion.time(startTime, s.steps(), k);

        double[] odePath = new double[(s.steps() + 1) * d];
        ExactScoreDiffusion.probabilityFlow(recall, start.clone(), protocol.gamma(), startTime, s.steps(), odePath);
        double[] sdePath = new double[(s.steps() + 1) * d];
        ExactScoreDiffusion.reverseSde(recall, start.clone(), protocol.gamma(), startTime, s.steps(), draws, 0, sdePath);

        double[][] hopfield = new double[s.updates() + 1][];
        hopfield[0] = start.clone();
        for (int j = 1; j <= s.updates(); j++) {
            hopfield[j] = new double[d];
            recall.recall(hopfield[j - 1], s.beta(), hopfield[j]);
        }
        double[][] patterns = new double[s.patterns()][];
        for (int k = 0; k < s.patterns(); k++) patterns[k] = java.util.Arrays.copyOfRange(y, k * d, (k + 1) * d);
        return new Paths(patterns, start, times, rows(odePath, d), rows(sdePath, d), hopfield);
    }

    private static double[][] rows(double[] flat, int d) {
        double[][] out = new double[flat.length / d][];
        for (int k = 0; k < out.length; k++) out[k] = java.util.Arrays.copyOfRange(flat, k * d, (k + 1) * d);
        return out;
    }
}
