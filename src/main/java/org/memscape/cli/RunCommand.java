package org.memscape.cli;

import java.nio.file.Path;
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
        Scene s = SceneInput.read(scene, spec.commandLine().getErr());
        if (steps != null) {
            if (steps < 0 || steps > MAX_STEPS) throw new UserError("--steps " + steps + ": expected a whole number from 0 to " + MAX_STEPS);
            s = s.withDynamics(s.dynamics().withSteps(steps));
        }
        Simulation sim = SceneSetup.simulation(s);
        CsvOutput.write(out, w -> {
            w.write("step,tau,particle,x,y,energy\n");
            while (true) {
                String tau = CsvOutput.number(sim.tau());
                for (int p = 0; p < sim.particleCount(); p++) {
                    double[] v = sim.canvasPosition(p);
                    w.write(sim.step() + "," + tau + "," + p + "," + CsvOutput.number(v[0]) + "," + CsvOutput.number(v[1])
                            + "," + CsvOutput.number(sim.energy(p)) + "\n");
                }
                if (sim.finished()) break;
                sim.advance();
            }
        });
        return 0;
    }
}
