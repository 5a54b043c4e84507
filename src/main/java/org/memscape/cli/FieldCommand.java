package org.memscape.cli;

import org.memscape.output.CsvNumber;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.memscape.core.EnergyModel;
import org.memscape.core.GridField;
import org.memscape.learn.LearnedField;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "field", mixinStandardHelpOptions = true,
        description = {"Writes the energy and force of a scene's model at the G×G cell centres of its domain.",
                "CSV columns: x,y,energy,fx,fy; energy up to an additive constant (−log p for diffusion),",
                "(fx, fy) = −∇energy (the score, for diffusion). Rows go along x, then up in y."})
final class FieldCommand implements Callable<Integer> {

    static final int MAX_GRID = 4096;

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file")
    Path scene;

    @Option(names = "--grid", required = true, paramLabel = "G", description = "cells per side, 1 to " + MAX_GRID)
    int grid;

    @Option(names = "--tau", paramLabel = "T", description = "noise level in (0, 1] for diffusion models (default: the scene's tauMin)")
    Double tau;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "the CSV file to write (- for stdout)")
    Path out;

    @Option(names = "--network", paramLabel = "NET.json",
            description = "write the score this network learned (see train) instead of the exact one; the energy column is empty")
    Path network;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (grid < 1 || grid > MAX_GRID) throw new UserError("--grid " + grid + ": expected a whole number from 1 to " + MAX_GRID);
        Notes notes = new Notes();
        Scene s = SceneInput.read(scene, notes);
        CsvOutput.refuseSceneAsOutput(out, scene, "--out");
        EnergyModel model = SceneSetup.model(s);
        SceneInput.noteIfUnbounded(model, notes);
        double t = SceneInput.noiseLevel(model, s, tau, scene, notes);
        Domain d = s.domain();
        GridField field = network == null ? GridField.evaluate(model, d.xmin(), d.xmax(), d.ymin(), d.ymax(), grid, t)
                : LearnedField.evaluate(LearnedInput.read(network, s, scene, out, notes).network(), d.xmin(), d.xmax(), d.ymin(), d.ymax(),
                        grid, t, null);
        CsvOutput.write(out, parent.stdout(), w -> {
            w.write("x,y,energy,fx,fy\n");
            for (int j = 0; j < grid; j++) {
                for (int i = 0; i < grid; i++) {
                    int k = j * grid + i;
                    w.write(CsvNumber.of(field.x(i)) + "," + CsvNumber.of(field.y(j)) + ","
                            + CsvNumber.of(field.energy()[k]) + "," + CsvNumber.of(field.forceX()[k]) + ","
                            + CsvNumber.of(field.forceY()[k]) + "\n");
                }
            }
        });
        notes.printTo(err);
        return 0;
    }
}
