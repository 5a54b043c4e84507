package org.memscape.cli;

import org.memscape.output.TrajectoryCsv;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.memscape.core.EnergyModel;
import org.memscape.learn.TrainedNetwork;
import java.util.concurrent.Callable;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Moves a scene's particles with its sampler and writes every step.",
                "CSV: comment lines (# title, seed, version), then columns step,tau,particle,x,y,energy,",
                "a row per particle per step from step 0;",
                "tau is empty for models without time. The same scene and seed give the same numbers."})
final class RunCommand implements Callable<Integer> {

    static final int MAX_STEPS = 1_000_000;

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file")
    Path scene;

    @Option(names = "--steps", paramLabel = "K", description = "number of steps (default: the scene's dynamics.steps)")
    Integer steps;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "the CSV file to write (- for stdout)")
    Path out;

    @Option(names = "--network", paramLabel = "NET.json",
            description = "move the particles with the score this network learned (see train), from the same starts and noise; the energy column is empty")
    Path network;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Notes notes = new Notes();
        Scene s = SceneInput.read(scene, notes);
        CsvOutput.refuseSceneAsOutput(out, scene, "--out");
        if (steps != null) {
            if (steps < 0 || steps > MAX_STEPS) throw new UserError("--steps " + steps + ": expected a whole number from 0 to " + MAX_STEPS);
            s = s.withDynamics(s.dynamics().withSteps(steps));
        }
        EnergyModel model = SceneSetup.model(s);
        SceneInput.noteIfUnbounded(model, notes);
        if (model.timeDependent()) SceneInput.checkNoiseFloor(model, s.dynamics().tauMin(), "dynamics.tauMin", scene);
        SceneInput.noteIfUnfit(s, model, notes);
        Scene run = s;
        TrainedNetwork learned = network == null ? null : LearnedInput.read(network, s, scene, out, notes);
        TrajectoryCsv.FlownOff[] flownOff = new TrajectoryCsv.FlownOff[1];
        try {
            CsvOutput.write(out, parent.stdout(), w -> flownOff[0] = learned == null ? TrajectoryCsv.write(run, w, (step, last) -> { })
                    : TrajectoryCsv.write(run, learned.model(), "score: learned by " + network.getFileName() + " (" + learned.settings().steps()
                            + " steps, seed " + learned.seed() + ")", w, (step, last) -> { }));
        } catch (TrajectoryCsv.NotFinite e) {
            throw SceneInput.sceneError(scene, e.getMessage());
        }
        // an unbounded landscape was announced above: its particles are meant to run off
        boolean announced = model instanceof org.memscape.core.HopfieldModel h && h.unboundedBelow();
        if (flownOff[0] != null && !announced) notes.add(flownOff[0].note());
        notes.printTo(err);
        return 0;
    }
}
