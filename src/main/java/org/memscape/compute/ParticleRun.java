package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.memscape.core.EnergyModel;
import org.memscape.core.Noise;
import org.memscape.core.Sampler;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * A batch of particles stepped in parallel by the core's samplers. Each particle's step depends
 * only on its own state, the step index and the seeded noise at (particle, step), so the result
 * is the same bit for bit whatever the number of threads, and a run restored from a
 * {@link Checkpoint} replays exactly.
 */
public final class ParticleRun {

    private final EnergyModel model;
    private final Sampler sampler;
    private final Noise noise;
    private final ForkJoinPool pool;
    private final double[][] states;
    private int step;

    /** The particles' states at one step. */
    public record Checkpoint(int step, double[][] states) {}

    public ParticleRun(EnergyModel model, Sampler sampler, long seed, double[][] canvasPositions, ForkJoinPool pool, boolean simd) {
        this(model, sampler, seed, canvasPositions, 0, pool, simd);
    }

    /** A run whose particles are at {@code canvasPositions} at step {@code startStep} (its first). */
    public ParticleRun(EnergyModel model, Sampler sampler, long seed, double[][] canvasPositions, int startStep,
                       ForkJoinPool pool, boolean simd) {
        this.model = PointMixtureModel.of(model, simd);
        this.sampler = sampler;
        this.noise = new Noise(seed);
        this.pool = pool;
        this.states = new double[canvasPositions.length][model.dim()];
        for (int p = 0; p < states.length; p++) model.toState(canvasPositions[p], states[p]);
        this.step = startStep;
    }

    /**
     * The scene's sampler and seed continuing from this run's current positions and step, in the
     * scene's landscape: what the particles do when a memory moves under them.
     */
    public ParticleRun continueIn(Scene scene, EnergyModel newModel) {
        double[][] positions = new double[states.length][];
        for (int p = 0; p < states.length; p++) positions[p] = position(p);
        return new ParticleRun(newModel, SceneSetup.sampler(scene, newModel), scene.particles().seed(), positions, step, pool,
                Simd.enabled());
    }

    /** The scene's particles, sampler and seed. */
    public static ParticleRun of(Scene scene, ForkJoinPool pool) {
        EnergyModel model = SceneSetup.model(scene);
        return new ParticleRun(model, SceneSetup.sampler(scene, model), scene.particles().seed(),
                SceneSetup.initialPositions(scene, model), pool, Simd.enabled());
    }

    public int step() { return step; }

    public int count() { return states.length; }

    public double tau() { return sampler.tau(step); }

    public int steps() { return sampler.steps(); }

    public boolean finished() { return step >= sampler.steps(); }

    public void advance() {
        int k = step;
        if (model instanceof PointMixtureModel points && SimdParticleSteps.applies(points, sampler, k)) {
            // the same bits, many particles at a time
            forEachChunk((from, to) -> new SimdParticleSteps(points, (Sampler.ReverseSde) sampler, noise).advance(states, from, to, k));
        } else {
            forEachChunk((from, to) -> {
                for (int p = from; p < to; p++) sampler.advance(model, states[p], p, k, noise);
            });
        }
        step++;
    }

    /** Canvas positions, interleaved x0, y0, x1, y1, … into {@code xy} (length ≥ 2·count). */
    public void positions(float[] xy) {
        forEachChunk((from, to) -> {
            double[] v = new double[2];
            for (int p = from; p < to; p++) {
                model.toCanvas(states[p], v);
                xy[2 * p] = (float) v[0];
                xy[2 * p + 1] = (float) v[1];
            }
        });
    }

    /** Each particle's energy at the current τ, as its sampler reports it ({@link Sampler#energy}), into {@code out}. */
    public void energies(float[] out) {
        int k = step;
        forEachChunk((from, to) -> {
            for (int p = from; p < to; p++) out[p] = (float) sampler.energy(model, states[p], k);
        });
    }

    /** One particle's canvas position, in double (for tests and exports). */
    public double[] position(int particle) {
        double[] v = new double[model.dim()];
        model.toCanvas(states[particle], v);
        return v;
    }

    public Checkpoint checkpoint() {
        double[][] copy = new double[states.length][];
        for (int p = 0; p < states.length; p++) copy[p] = states[p].clone();
        return new Checkpoint(step, copy);
    }

    public void restore(Checkpoint checkpoint) {
        for (int p = 0; p < states.length; p++) System.arraycopy(checkpoint.states()[p], 0, states[p], 0, states[p].length);
        step = checkpoint.step();
    }

    /** Bytes one checkpoint holds, roughly (the arrays and their headers). */
    public long checkpointBytes() {
        return (long) states.length * (16 + 8L * model.dim() + 8);
    }

    private interface Range { void run(int from, int to); }

    private void forEachChunk(Range body) {
        int n = states.length;
        int chunks = Math.max(1, Math.min(n / 256, 8 * pool.getParallelism()));
        if (chunks == 1) {
            body.run(0, n);
            return;
        }
        pool.submit(() -> IntStream.range(0, chunks).parallel()
                .forEach(c -> body.run((int) ((long) c * n / chunks), (int) ((long) (c + 1) * n / chunks)))).join();
    }
}
