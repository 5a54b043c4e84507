package org.memscape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.memscape.core.EnergyModel;
import java.util.concurrent.Callable;
import org.memscape.core.Simulation;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Moves a scene's particles with its sampler and writes every step.",
                "CSV columns: step,tau,particle,x,y,energy, a row per particle per step from step 0;",
                "tau is empty for models without time. The same scene and seed give the same numbers."})
final class RunCommand implements Callable<Integer> {

    static final int MAX_STEPS = 1_000_000;

    @Spec CommandSpec spec;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file")
    Path scene;

    @Option(names = "--steps", paramLabel = "K", description = "number of steps (default: the scene's dynamics.steps)")
    Integer steps;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "the CSV file to write (- for stdout)")
    Path out;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Scene s = SceneInput.read(scene, err);
        if (steps != null) {
            if (steps < 0 || steps > MAX_STEPS) throw new UserError("--steps " + steps + ": expected a whole number from 0 to " + MAX_STEPS);
            s = s.withDynamics(s.dynamics().withSteps(steps));
        }
        EnergyModel model = SceneSetup.model(s);
        SceneInput.noteIfUnbounded(model, err);
        if (model.timeDependent()) SceneInput.checkNoiseFloor(model, s.dynamics().tauMin(), "dynamics.tauMin");
        Simulation sim = SceneSetup.simulation(s, model);
        CsvOutput.write(out, w -> {
            w.write("step,tau,particle,x,y,energy\n");
            while (true) {
                String tau = CsvOutput.number(sim.tau());
                for (int p = 0; p < sim.particleCount(); p++) {
                    double[] v = sim.canvasPosition(p);
                    double energy = sim.energy(p);
                    if (!Double.isFinite(v[0]) || !Double.isFinite(v[1]) || !Double.isFinite(energy)) {
                        throw new UserError("particle " + p + " left the finite numbers at step " + sim.step()
                                + ": the step is too large for this landscape (or the temperature too high); expected a smaller dynamics.step");
                    }
                    w.write(sim.step() + "," + tau + "," + p + "," + CsvOutput.number(v[0]) + "," + CsvOutput.number(v[1])
                            + "," + CsvOutput.number(energy) + "\n");
                }
                if (sim.finished()) break;
                sim.advance();
            }
        });
        return 0;
    }
}
