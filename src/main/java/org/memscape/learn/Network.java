package org.memscape.learn;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.Noise;
import org.memscape.core.NoiseProcess;

/**
 * A trained (or initial) noise-prediction network ε̂(x, τ; W) for one noise process: its
 * {@link Architecture}, the process whose a(τ), s(τ) it was trained on, and its weights, a flat
 * float array in the order of {@link Architecture#weightOffset}. Immutable; evaluation is safe on
 * any number of threads. The learned score is −ε̂(x, τ)/s(τ) (Song et al. 2021): the exact score
 * of the memories' mixture is E[−ε | x]/s, which ε̂ approximates in the least-squares sense.
 */
public final class Network {

    /** Rows evaluated together: a pass's buffers stay in the caches. */
    static final int CHUNK = 64;
    static final long INIT_STREAM = 18;

    private final Architecture arch;
    private final NoiseProcess process;
    private final float[] params;
    private final ThreadLocal<Pass> single;

    public Network(Architecture arch, NoiseProcess process, float[] params) {
        if (params.length != arch.parameterCount()) {
            throw new IllegalArgumentException("expected " + arch.parameterCount() + " parameters, got " + params.length);
        }
        for (float p : params) if (!Float.isFinite(p)) throw new IllegalArgumentException("a parameter is not a finite number");
        this.arch = arch;
        this.process = process;
        this.params = params.clone();
        this.single = ThreadLocal.withInitial(() -> new Pass(arch, 1));
    }

    /**
     * The untrained network: weights drawn from N(0, 1/fan-in) (LeCun's initialisation, as Flax's
     * default) with the project's seeded noise at (seed, layer, input row), biases 0.
     */
    public static Network initial(Architecture arch, NoiseProcess process, long seed) {
        float[] params = new float[arch.parameterCount()];
        Noise noise = new Noise(seed);
        for (int l = 0; l < arch.layers(); l++) {
            int in = arch.in(l), width = arch.out(l), w = arch.weightOffset(l);
            double[] row = new double[width];
            double scale = 1 / Math.sqrt(in);
            for (int i = 0; i < in; i++) {
                noise.gaussians(INIT_STREAM, l, i, row);
                for (int j = 0; j < width; j++) params[w + i * width + j] = (float) (scale * row[j]);
            }
        }
        return new Network(arch, process, params);
    }

    public Architecture architecture() { return arch; }

    public NoiseProcess process() { return process; }

    /** A copy of the weights. */
    public float[] parameters() { return params.clone(); }

    /** The weights themselves, for the package's passes (never written). */
    float[] weights() { return params; }

    /**
     * The first layer's inputs for the point x at τ into {@code row} from {@code off}:
     * c_in(τ)·x, then τ, sin(kπτ), cos(kπτ) for k = 1 … F (by the angle-addition recurrence from
     * StrictMath's sin πτ and cos πτ, the same bits everywhere).
     */
    static void features(Architecture arch, NoiseProcess process, double[] x, int xOff, double tau, float[] row, int off) {
        double a = process.signal(tau);
        double cIn = 1 / Math.sqrt(a * a * arch.secondMoment() + process.variance(tau));
        int d = arch.dim();
        for (int i = 0; i < d; i++) row[off + i] = (float) (cIn * x[xOff + i]);
        row[off + d] = (float) tau;
        double s1 = StrictMath.sin(Math.PI * tau), c1 = StrictMath.cos(Math.PI * tau);
        double s = s1, c = c1;
        for (int k = 0; k < arch.frequencies(); k++) {
            row[off + d + 1 + 2 * k] = (float) s;
            row[off + d + 2 + 2 * k] = (float) c;
            double sNext = s * c1 + c * s1;
            c = c * c1 - s * s1;
            s = sNext;
        }
    }

    /** ε̂(x, τ) into {@code out} (length D). */
    public void predictNoise(double[] x, double tau, double[] out) {
        Pass pass = single.get();
        features(arch, process, x, 0, tau, pass.input, 0);
        pass.forward(params, 1);
        for (int i = 0; i < arch.dim(); i++) out[i] = pass.out[i];
    }

    /** The learned score −ε̂(x, τ)/s(τ) into {@code out}. */
    public void score(double[] x, double tau, double[] out) {
        predictNoise(x, tau, out);
        double s = Math.sqrt(process.variance(tau));
        for (int i = 0; i < out.length; i++) out[i] = -out[i] / s;
    }

    /**
     * The learned score at n points (x of point p at xs[p·D …]) at one τ into {@code out} (same
     * layout), in chunks of {@value #CHUNK} rows spread over the pool. Each point's value depends
     * on that point alone: the same bits as {@link #score}, on any number of threads.
     */
    public void scores(double[] xs, int n, double tau, double[] out, ForkJoinPool pool) {
        int d = arch.dim();
        double s = Math.sqrt(process.variance(tau));
        int chunks = (n + CHUNK - 1) / CHUNK;
        ThreadLocal<Pass> passes = ThreadLocal.withInitial(() -> new Pass(arch, CHUNK));
        Runnable all = () -> IntStream.range(0, chunks).parallel().forEach(c -> {
            Pass pass = passes.get();
            int from = c * CHUNK, rows = Math.min(CHUNK, n - from);
            for (int r = 0; r < rows; r++) features(arch, process, xs, (from + r) * d, tau, pass.input, r * arch.inputs());
            pass.forward(params, rows);
            for (int k = 0; k < rows * d; k++) out[from * d + k] = -pass.out[k] / s;
        });
        if (pool == null) all.run(); else pool.submit(all).join();
    }
}
