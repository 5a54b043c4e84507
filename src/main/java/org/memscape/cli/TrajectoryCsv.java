package org.memscape.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import org.memscape.core.EnergyModel;
import org.memscape.core.Simulation;
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
    static String lost(double[] canvas, double energy) {
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

    /** Told after each step is written (step, last step), e.g. for a progress bar. */
    public interface Progress { void stepWritten(int step, int lastStep); }

    private TrajectoryCsv() {}

    /**
     * Writes the whole run. Stops with an {@link InterruptedIOException} when the thread is
     * interrupted (a cancelled export), with {@link NotFinite} when a particle runs off.
     */
    public static void write(Scene scene, Writer w, Progress progress) throws IOException {
        EnergyModel model = SceneSetup.model(scene);
        Simulation sim = SceneSetup.simulation(scene, model);
        w.write(Provenance.of(scene).csvComment());
        w.write(COLUMNS + "\n");
        int last = scene.dynamics().steps();
        while (true) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("cancelled");
            String tau = CsvOutput.number(sim.tau());
            for (int p = 0; p < sim.particleCount(); p++) {
                double[] v = sim.canvasPosition(p);
                double energy = sim.energy(p);
                String lost = lost(v, energy);
                if (lost != null) {
                    throw new NotFinite("particle " + p + " " + lost + " at step " + sim.step()
                            + ": the step is too large for this landscape (or the temperature too high, or the landscape unbounded);"
                            + " expected a smaller dynamics.step");
                }
                w.write(sim.step() + "," + tau + "," + p + "," + CsvOutput.number(v[0]) + "," + CsvOutput.number(v[1])
                        + "," + CsvOutput.number(energy) + "\n");
            }
            progress.stepWritten(sim.step(), last);
            if (sim.finished()) break;
            sim.advance();
        }
    }
}
