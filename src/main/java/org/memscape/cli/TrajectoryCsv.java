package org.memscape.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import org.memscape.core.EnergyModel;
import org.memscape.core.Simulation;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The particles' trajectories as CSV, as {@code run} writes them and the window exports them:
 * the provenance comment, then {@code step,tau,particle,x,y,energy}, a row per particle per step
 * from step 0 to the scene's dynamics.steps; tau is empty for models without time.
 */
public final class TrajectoryCsv {

    public static final String COLUMNS = "step,tau,particle,x,y,energy";

    /** A particle left the finite numbers: the step is too large for the landscape. */
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
                if (!Double.isFinite(v[0]) || !Double.isFinite(v[1]) || !Double.isFinite(energy)) {
                    throw new NotFinite("particle " + p + " left the finite numbers at step " + sim.step()
                            + ": the step is too large for this landscape (or the temperature too high); expected a smaller dynamics.step");
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
