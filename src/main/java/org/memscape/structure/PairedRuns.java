package org.memscape.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import org.memscape.compute.Cancellation;
import org.memscape.compute.ParticleRun;
import org.memscape.compute.Timeline;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.scene.json.Names;

/**
 * Paired runs: the scene's particles (the same seed, the same starts) under several dynamics at
 * once, each the scene with only its sampler changed, run by the same {@link ParticleRun} and
 * {@link Timeline} as the window's own run, so that a compared run under the scene's own sampler
 * is the scene's run bit for bit. Every dynamics takes the scene's number of steps, so that the
 * runs can be shown step by step together.
 *
 * <p>Which memory a particle is at is the {@code basins} command's rule: the memory whose softmax
 * weight exceeds ½ there, in the landscape at the scene's tauMin for diffusion (where the
 * diffusion samplers end, denoised), or for networks without softmax weights the memory within 1%
 * of the domain's width; −1 where none is. Not thread-safe: one thread at a time.
 */
public final class PairedRuns {

    /** The most dynamics compared at once (and colours in the window's legend). */
    public static final int MAX_DYNAMICS = 4;

    private final Scene scene;
    private final List<DynamicsSpec.Sampler> dynamics;
    private final List<Timeline> timelines = new ArrayList<>();
    private final Landscape end;
    private final double width;

    /**
     * @throws IllegalArgumentException for no dynamics, more than {@link #MAX_DYNAMICS}, one named
     *         twice, or one the scene's model cannot take (the diffusion samplers on a network)
     */
    public PairedRuns(Scene scene, List<DynamicsSpec.Sampler> dynamics, ForkJoinPool pool) {
        check(scene, dynamics);
        this.scene = scene;
        this.dynamics = List.copyOf(dynamics);
        for (DynamicsSpec.Sampler d : dynamics) {
            // a share of the window's checkpoint budget each: the scene's own run keeps its own
            timelines.add(new Timeline(ParticleRun.of(under(scene, d), pool), Timeline.DEFAULT_BUDGET / MAX_DYNAMICS));
        }
        EnergyModel model = SceneSetup.model(scene);
        this.end = Landscape.of(model, model.timeDependent() ? scene.dynamics().tauMin() : Double.NaN);
        Domain box = scene.domain();
        this.width = Math.max(box.width(), box.height());
    }

    /** The scene with {@code sampler} in place of its own; every other setting stays. */
    public static Scene under(Scene scene, DynamicsSpec.Sampler sampler) {
        DynamicsSpec d = scene.dynamics();
        return scene.withDynamics(new DynamicsSpec(sampler, d.step(), d.steps(), d.temperature(), d.integrator(), d.tauMax(), d.tauMin()));
    }

    /** The dynamics the scene's model can take, in the order of {@link DynamicsSpec.Sampler}. */
    public static List<DynamicsSpec.Sampler> available(Scene scene) {
        boolean diffusion = scene.model().isDiffusion();
        return java.util.Arrays.stream(DynamicsSpec.Sampler.values()).filter(s -> diffusion || !s.needsDiffusion()).toList();
    }

    /**
     * What is compared when nobody says: for diffusion the reverse SDE, the probability-flow ODE and
     * the Hopfield update at β_eff(tauMin) (the paper's comparison); otherwise the gradient flow and
     * the Hopfield update.
     */
    public static List<DynamicsSpec.Sampler> defaults(Scene scene) {
        return scene.model().isDiffusion()
                ? List.of(DynamicsSpec.Sampler.REVERSE_SDE, DynamicsSpec.Sampler.PROBABILITY_FLOW_ODE, DynamicsSpec.Sampler.HOPFIELD_UPDATE)
                : List.of(DynamicsSpec.Sampler.GRADIENT_FLOW, DynamicsSpec.Sampler.HOPFIELD_UPDATE);
    }

    /** The scene format's name of a dynamics: "reverse-sde", "hopfield-update", … */
    public static String name(DynamicsSpec.Sampler sampler) {
        return Names.of(sampler);
    }

    static void check(Scene scene, List<DynamicsSpec.Sampler> dynamics) {
        if (dynamics.isEmpty()) throw new IllegalArgumentException("no dynamics to compare: name one to " + MAX_DYNAMICS);
        if (dynamics.size() > MAX_DYNAMICS) {
            throw new IllegalArgumentException(dynamics.size() + " dynamics: at most " + MAX_DYNAMICS + " are compared at once");
        }
        for (int i = 0; i < dynamics.size(); i++) {
            DynamicsSpec.Sampler d = dynamics.get(i);
            if (dynamics.subList(0, i).contains(d)) throw new IllegalArgumentException(name(d) + " is named twice");
            if (d.needsDiffusion() && !scene.model().isDiffusion()) {
                throw new IllegalArgumentException(name(d) + " needs a diffusion model (diffusion-vp or diffusion-ve); this scene's"
                        + " model takes gradient-flow, langevin or hopfield-update");
            }
        }
    }

    public Scene scene() { return scene; }

    public List<DynamicsSpec.Sampler> dynamics() { return dynamics; }

    /** The number of steps every run takes (the scene's). */
    public int steps() { return timelines.get(0).run().steps(); }

    public int step() { return timelines.get(0).step(); }

    public int particles() { return timelines.get(0).run().count(); }

    /** Moves every run to step k (clamped to the runs). Throws {@link CancellationException} when cancelled on the way. */
    public void seek(int k, Cancellation cancel) {
        for (Timeline t : timelines) {
            t.seek(k, cancel);
            if (cancel.cancelled()) throw new CancellationException("superseded");
        }
    }

    /** Runs every dynamics to its last step. */
    public void finish(Cancellation cancel) {
        seek(steps(), cancel);
    }

    /** The particles of dynamics {@code which} in canvas coordinates, interleaved x0, y0, x1, y1, … */
    public float[] positions(int which) {
        ParticleRun run = timelines.get(which).run();
        float[] xy = new float[2 * run.count()];
        run.positions(xy);
        return xy;
    }

    /** One particle's canvas position under dynamics {@code which}, in double. */
    public double[] position(int which, int particle) {
        return timelines.get(which).run().position(particle);
    }

    /** The memory each particle is at under dynamics {@code which} now (−1: none; see the class comment). */
    public int[] memories(int which) {
        ParticleRun run = timelines.get(which).run();
        int[] out = new int[run.count()];
        for (int p = 0; p < out.length; p++) {
            double[] xy = run.position(p);
            out[p] = MemoryMatch.at(end, xy[0], xy[1], width);
        }
        return out;
    }

    /** The agreement of the runs at their current step. */
    public Agreement agreement() {
        List<int[]> memories = new ArrayList<>();
        for (int i = 0; i < dynamics.size(); i++) memories.add(memories(i));
        return Agreement.of(dynamics, memories);
    }
}
