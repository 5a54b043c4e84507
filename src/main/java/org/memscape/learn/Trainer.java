package org.memscape.learn;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.Memory;
import org.memscape.core.Noise;
import org.memscape.core.NoiseProcess;

/**
 * Denoising score matching (Song et al. 2021) on the memories: each sample draws a memory y
 * (each memory equally likely, as in the mixture p(x, τ) = (1/N) Σ pₙ; a point along a segment,
 * polyline or ring uniformly by arc length), a noise level τ uniform in [tauMin, 1] and ε ~ N(0, I),
 * and sets x = a(τ)·y + s(τ)·ε; the loss is the mean of (ε̂(x, τ) − ε)² over the batch and the D
 * coordinates, and Adam takes a step against its gradient.
 *
 * <p>Seeded and repeatable bit for bit: sample b of step k is drawn from the project's addressed
 * noise at (seed, b, k), the batch is cut into chunks of {@value Network#CHUNK} samples whatever the
 * number of threads, and the chunks' gradients are added in chunk order.
 */
public final class Trainer {

    static final long DRAW_STREAM = 16, EPSILON_STREAM = 17;

    private final List<Memory> memories;
    private final NoiseProcess process;
    private final Architecture arch;
    private final TrainingSettings settings;
    private final Noise noise;
    private final ForkJoinPool pool;
    private final float[] params;
    private final Adam adam;
    private final Pass[] passes;
    private final float[][] chunkGrads;
    private final double[] chunkLoss;
    private final float[] grad;
    private float[][] transposed;
    private int step;

    public Trainer(List<Memory> memories, Network start, TrainingSettings settings, long seed, ForkJoinPool pool) {
        if (memories.isEmpty()) throw new IllegalArgumentException("no memories to learn");
        for (Memory m : memories) {
            if (m.dim() != start.architecture().dim()) throw new IllegalArgumentException("memories and network differ in dimension");
        }
        this.memories = List.copyOf(memories);
        this.process = start.process();
        this.arch = start.architecture();
        this.settings = settings;
        this.noise = new Noise(seed);
        this.pool = pool;
        this.params = start.parameters();
        this.adam = new Adam(params.length);
        int chunks = (settings.batch() + Network.CHUNK - 1) / Network.CHUNK;
        this.passes = new Pass[chunks];
        this.chunkGrads = new float[chunks][params.length];
        this.chunkLoss = new double[chunks];
        this.grad = new float[params.length];
    }

    /** The default network for these memories, its weights drawn from the seed. */
    public static Network initialNetwork(List<Memory> memories, NoiseProcess process, int width, Activation activation, long seed) {
        Architecture arch = Architecture.standard(memories.get(0).dim(), width, activation, secondMoment(memories));
        return Network.initial(arch, process, seed);
    }

    /** m₂, the memories' mean squared coordinate (extended memories averaged at 64 points along their length). */
    public static double secondMoment(List<Memory> memories) {
        double sum = 0;
        for (Memory m : memories) {
            int points = m instanceof Memory.Point ? 1 : 64;
            double own = 0;
            for (int k = 0; k < points; k++) {
                for (double c : m.pointAt((k + 0.5) / points)) own += c * c;
            }
            sum += own / points / m.dim();
        }
        return sum / memories.size();
    }

    public int stepsTaken() { return step; }

    public boolean finished() { return step >= settings.steps(); }

    public TrainingSettings settings() { return settings; }

    /** The network with the current weights. */
    public Network network() { return new Network(arch, process, params); }

    /** One Adam step on a fresh batch; returns that batch's loss (before the step). */
    public double step() {
        double loss = lossAndGradient(params, step, grad);
        adam.step(params, grad, settings.learningRate(step));
        step++;
        return loss;
    }

    /**
     * The loss of batch k (its samples drawn at step k) for the weights {@code weights}, and its
     * gradient into {@code gradient}.
     */
    double lossAndGradient(float[] weights, int k, float[] gradient) {
        transposed = Pass.transposes(arch, weights, transposed);
        int chunks = passes.length;
        Runnable all = () -> IntStream.range(0, chunks).parallel().forEach(c -> chunk(weights, k, c));
        if (pool == null || pool.getParallelism() == 1 || chunks == 1) {
            for (int c = 0; c < chunks; c++) chunk(weights, k, c);
        } else {
            pool.submit(all).join();
        }
        double loss = 0;
        for (int c = 0; c < chunks; c++) loss += chunkLoss[c];
        System.arraycopy(chunkGrads[0], 0, gradient, 0, gradient.length);
        for (int c = 1; c < chunks; c++) {
            float[] g = chunkGrads[c];
            for (int i = 0; i < gradient.length; i++) gradient[i] += g[i];
        }
        return loss;
    }

    private void chunk(float[] weights, int k, int c) {
        if (passes[c] == null) passes[c] = new Pass(arch, Network.CHUNK);
        Pass pass = passes[c];
        int d = arch.dim();
        int from = c * Network.CHUNK, rows = Math.min(Network.CHUNK, settings.batch() - from);
        double[] x = new double[d];
        double[] eps = new double[rows * d];
        double[] e = new double[d];
        for (int r = 0; r < rows; r++) {
            double tau = draw(from + r, k, x, e);
            System.arraycopy(e, 0, eps, r * d, d);
            Network.features(arch, process, x, 0, tau, pass.input, r * arch.inputs());
        }
        pass.forward(weights, rows);
        float[] gOut = new float[rows * d];
        double scale = 2.0 / ((double) settings.batch() * d);
        double loss = 0;
        for (int i = 0; i < rows * d; i++) {
            double diff = pass.out[i] - eps[i];
            loss += diff * diff;
            gOut[i] = (float) (scale * diff);
        }
        chunkLoss[c] = loss / ((double) settings.batch() * d);
        pass.backward(weights, transposed, gOut, rows, chunkGrads[c]);
    }

    /** Sample b of step k: the noisy point into x, its noise into eps; returns its τ. */
    double draw(int b, int k, double[] x, double[] eps) {
        int n = Math.min(memories.size() - 1, (int) (noise.uniform(DRAW_STREAM, b, k, 0) * memories.size()));
        double[] y = memories.get(n).pointAt(noise.uniform(DRAW_STREAM, b, k, 1));
        double tau = settings.tauMin() + (1 - settings.tauMin()) * noise.uniform(DRAW_STREAM, b, k, 2);
        noise.gaussians(EPSILON_STREAM, b, k, eps);
        double a = process.signal(tau), s = Math.sqrt(process.variance(tau));
        for (int i = 0; i < x.length; i++) x[i] = a * y[i] + s * eps[i];
        return tau;
    }
}
