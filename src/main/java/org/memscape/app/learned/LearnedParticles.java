package org.memscape.app.learned;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.structure.LatestWins;
import org.memscape.compute.Cancellation;
import org.memscape.compute.ParticleRun;
import org.memscape.compute.Simd;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.learn.LearnedScore;
import org.memscape.learn.Network;
import org.memscape.learn.RecallShare;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The scene's particles moved by the learned score (issue 16, Must 3), side by side with the exact
 * run that the canvas shows: the same starts, sampler, seed and noise, only the score differs (as
 * {@code run --network} does). A background worker runs both to the end for each network and scene
 * (the newest wins); the learned positions of every step are kept for the canvas, and the share of
 * each run's particles that end within a radius of a memory ({@link RecallShare}) is the readout of
 * recall versus generation.
 */
final class LearnedParticles {

    /** Positions kept for at most this many particle-steps: a larger run keeps every k-th step. */
    static final long KEPT = 2_000_000;
    private static final Color EDGE = Color.web(org.memscape.plot.Palette.MEMORY_FILL);

    record Request(Network network, Scene scene) {}

    /** Both runs: the learned positions at steps 0, stride, 2·stride, … (and the last), both runs' last positions. */
    record Runs(Request request, int steps, int stride, float[][] learned, float[] exactEnd, float[] learnedEnd, int count,
                List<Memory> memories) {

        double exactShare(double radius) { return RecallShare.of(memories, exactEnd, count, radius); }

        double learnedShare(double radius) { return RecallShare.of(memories, learnedEnd, count, radius); }

        float[] at(int step) {
            int k = Math.min(learned.length - 1, Math.max(0, step) / stride);
            return step >= steps ? learned[learned.length - 1] : learned[k];
        }
    }

    private final LatestWins<Request, Runs> worker = new LatestWins<>("learned-particles", LearnedParticles::compute);
    private Request asked;
    private Runs runs;

    /** Asks for the runs of this network on this scene (nothing when they are asked already). */
    void follow(Network network, Scene scene) {
        Request r = network == null ? null : new Request(network, scene);
        if (r != null && !r.equals(asked)) {
            asked = r;
            worker.submit(r);
        }
        if (r == null) asked = null;
    }

    /** Takes a finished answer; true when a new one came. */
    boolean poll(Consumer<String> say) {
        String failure = worker.takeFailure();
        if (failure != null) say.accept("Could not run the particles on the learned score: " + failure);
        Runs r = worker.take();
        if (r == null || !r.request().equals(asked)) return false;
        runs = r;
        return true;
    }

    Runs runs() { return runs; }

    boolean busy() { return worker.busy() || (asked != null && (runs == null || !asked.equals(runs.request()))); }

    void close() { worker.close(); }

    Object state(int step) {
        return runs == null ? null : Arrays.asList(runs, Math.min(step, runs.steps()) / runs.stride());
    }

    void paint(GraphicsContext gc, PlotFrame plot, CanvasLook look, int step) {
        if (runs == null) return;
        float[] xy = runs.at(step);
        double r = 3.5 * look.markScale();
        gc.setFill(LearnedPicture.LEARNED);
        gc.setStroke(EDGE);
        gc.setLineWidth(1);
        for (int p = 0; p < runs.count(); p++) {
            double x = plot.px(xy[2 * p]), y = plot.py(xy[2 * p + 1]);
            if (x < plot.left() - r || x > plot.right() + r || y < plot.top() - r || y > plot.bottom() + r) continue;
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** Both runs to the end, headless (the share readout's test counts the same). */
    static Runs run(Network network, Scene scene, ForkJoinPool pool, Cancellation cancel) {
        EnergyModel exact = SceneSetup.model(scene);
        double[][] starts = SceneSetup.initialPositions(scene, exact);
        ParticleRun exactRun = new ParticleRun(exact, SceneSetup.sampler(scene, exact), scene.particles().seed(), starts, pool, Simd.enabled());
        ParticleRun learnedRun = new ParticleRun(new LearnedScore(network, scene.memories().size()), SceneSetup.sampler(scene, exact),
                scene.particles().seed(), starts, pool, Simd.enabled());
        int n = starts.length, steps = exactRun.steps();
        int stride = (int) Math.max(1, ((long) n * (steps + 1) + KEPT - 1) / KEPT);
        float[][] kept = new float[steps / stride + 2][];
        int k = 0;
        while (true) {
            if (learnedRun.step() % stride == 0 || learnedRun.finished()) {
                float[] xy = new float[2 * n];
                learnedRun.positions(xy);
                kept[k++] = xy;
            }
            if (learnedRun.finished() || cancel.cancelled()) break;
            learnedRun.advance();
            exactRun.advance();
        }
        if (cancel.cancelled()) return null;
        float[] exactEnd = new float[2 * n];
        exactRun.positions(exactEnd);
        return new Runs(new Request(network, scene), steps, stride, Arrays.copyOf(kept, k), exactEnd, kept[k - 1], n,
                SceneSetup.memories(scene));
    }

    private static void compute(Request r, Consumer<Runs> publish, Cancellation cancel) {
        Runs runs = run(r.network(), r.scene(), ForkJoinPool.commonPool(), cancel);
        if (runs != null) publish.accept(runs);
    }
}
