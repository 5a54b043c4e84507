package org.memscape.output;

import org.memscape.cli.CsvOutput;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.core.Simulation;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneLimits;
import org.memscape.scene.SceneSetup;

/**
 * The particles' trajectories as CSV, as {@code run} writes them and the window exports them:
 * the provenance comment, then {@code step,tau,particle,x,y,energy}, a row per particle per step
 * from step 0 to the scene's dynamics.steps; tau is empty for models without time.
 */
public final class TrajectoryCsv {

    public static final String COLUMNS = "step,tau,particle,x,y,energy";

    /**
     * What went wrong with a particle, or null: beyond the coordinate limit that every scene keeps
     * to (MATH.md §3 holds the numbers finite only up to there), or with an energy that is no
     * longer a number (the core saturates an overflow at ±Double.MAX_VALUE: an infinity in disguise).
     */
    public static String lost(double[] canvas, double energy) {
        return lost(canvas, energy, true);
    }

    /** The same; without {@code withEnergy} (a learned score has none) the energy is not looked at. */
    public static String lost(double[] canvas, double energy, boolean withEnergy) {
        if (!withEnergy) energy = 0;
        if (!Double.isFinite(canvas[0]) || !Double.isFinite(canvas[1]) || !Double.isFinite(energy)) return "left the finite numbers";
        if (Math.abs(canvas[0]) > SceneLimits.MAX_COORDINATE || Math.abs(canvas[1]) > SceneLimits.MAX_COORDINATE) {
            return "went past the coordinate limit ±1e6";
        }
        if (Math.abs(energy) == Double.MAX_VALUE) return "has an energy beyond the largest number (it overflowed)";
        return null;
    }

    /** A particle left the numbers the program holds to: the step is too large for the landscape. */
    public static final class NotFinite extends RuntimeException {
        NotFinite(String message) { super(message, null, false, false); }
    }

    /** A particle counts as flown off beyond this many times the scene's reach. */
    static final double FLOWN_OFF_FACTOR = 3;

    /**
     * Particles that flew far beyond the scene while their numbers stayed finite: further from the
     * domain's centre than {@link #FLOWN_OFF_FACTOR} times the scene's reach (the farthest of the
     * domain's corners, the memories and the starting points). Their energies there mean nothing.
     */
    public record FlownOff(int particles, int of, double farthest, int step, double reach, double energy) {
        /** One line for stderr. */
        public String note() {
            return String.format(java.util.Locale.ROOT,
                    "%d of %d particles flew off: one reached %.3g from the domain's centre at step %d, %.0f times the scene's reach"
                            + " of %.3g, with energy %.3g. The step is too large for this landscape; expected a smaller dynamics.step"
                            + " (or more dynamics.steps for a diffusion sampler)",
                    particles, of, farthest, step, farthest / reach, reach, energy);
        }
    }

    /** Told after each step is written (step, last step), e.g. for a progress bar. */
    public interface Progress { void stepWritten(int step, int lastStep); }

    private TrajectoryCsv() {}

    /**
     * Writes the whole run. Stops with an {@link InterruptedIOException} when the thread is
     * interrupted (a cancelled export), with {@link NotFinite} when a particle runs off to
     * infinity; returns the particles that flew far off but stayed finite, or null if none did.
     */
    public static FlownOff write(Scene scene, Writer w, Progress progress) throws IOException {
        EnergyModel model = SceneSetup.model(scene);
        return write(scene, SceneSetup.simulation(scene, model), true, null, w, progress);
    }

    /**
     * The scene's run with the particles moved by {@code score} (a learned score, which has no
     * energy: that column is empty) from the scene's starts, with its sampler and noise; the
     * comment line {@code "# " + comment} follows the provenance.
     */
    public static FlownOff write(Scene scene, EnergyModel score, String comment, Writer w, Progress progress) throws IOException {
        EnergyModel exact = SceneSetup.model(scene);
        Simulation sim = new Simulation(score, SceneSetup.sampler(scene, exact), scene.particles().seed(), SceneSetup.initialPositions(scene, exact));
        return write(scene, sim, false, comment, w, progress);
    }

    private static FlownOff write(Scene scene, Simulation sim, boolean withEnergy, String comment, Writer w, Progress progress) throws IOException {
        w.write(Provenance.of(scene).csvComment());
        if (comment != null) w.write("# " + comment + "\n");
        w.write(COLUMNS + "\n");
        int last = scene.dynamics().steps();
        Domain box = scene.domain();
        double cx = 0.5 * (box.xmin() + box.xmax());
        double cy = 0.5 * (box.ymin() + box.ymax());
        double reach = reach(scene, sim, cx, cy);
        boolean[] flown = new boolean[sim.particleCount()];
        int flownCount = 0;
        double farthest = 0, farthestEnergy = Double.NaN;
        int farthestStep = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("cancelled");
            String tau = CsvNumber.of(sim.tau());
            for (int p = 0; p < sim.particleCount(); p++) {
                double[] v = sim.canvasPosition(p);
                double energy = sim.energy(p);
                String lost = lost(v, energy, withEnergy);
                if (lost != null) {
                    throw new NotFinite("particle " + p + " " + lost + " at step " + sim.step()
                            + ": the step is too large for this landscape (or the temperature too high, or the landscape unbounded);"
                            + " expected a smaller dynamics.step");
                }
                double distance = Math.hypot(v[0] - cx, v[1] - cy);
                if (distance > FLOWN_OFF_FACTOR * reach) {
                    if (!flown[p]) flownCount++;
                    flown[p] = true;
                    if (distance > farthest) {
                        farthest = distance;
                        farthestStep = sim.step();
                        farthestEnergy = energy;
                    }
                }
                w.write(sim.step() + "," + tau + "," + p + "," + CsvNumber.of(v[0]) + "," + CsvNumber.of(v[1])
                        + "," + CsvNumber.of(energy) + "\n");
            }
            progress.stepWritten(sim.step(), last);
            if (sim.finished()) break;
            sim.advance();
        }
        return flownCount == 0 ? null : new FlownOff(flownCount, flown.length, farthest, farthestStep, reach, farthestEnergy);
    }

    /** The farthest of the domain's corners, the memories and the starting points from the domain's centre. */
    private static double reach(Scene scene, Simulation sim, double cx, double cy) {
        Domain box = scene.domain();
        double reach = 0.5 * Math.hypot(box.width(), box.height());
        for (Memory m : SceneSetup.memories(scene)) {
            for (int i = 0; i < 16; i++) {
                double[] y = m.pointAt(i / 16.0);
                reach = Math.max(reach, Math.hypot(y[0] - cx, y[1] - cy));
            }
        }
        for (int p = 0; p < sim.particleCount(); p++) {
            double[] v = sim.canvasPosition(p);
            reach = Math.max(reach, Math.hypot(v[0] - cx, v[1] - cy));
        }
        return reach;
    }
}
