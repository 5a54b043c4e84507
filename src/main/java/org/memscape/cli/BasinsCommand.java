package org.memscape.cli;

import org.memscape.output.CsvNumber;
import org.memscape.output.Provenance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Grid;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.BasinMap;
import org.memscape.structure.Basins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "basins", mixinStandardHelpOptions = true,
        description = {"Writes where the descent from each grid cell ends, and at which memory.",
                "Writes where the deterministic descent from each of the G×G cell centres of a scene's domain",
                "ends, and which memory it retrieves there. The descent is the Hopfield update x <- c·sum(w y)",
                "(distance and diffusion energies, at tau for diffusion; the softmax network with quadratic",
                "features), else the gradient flow; it is followed until it is within 1e-9 of the domain's",
                "width of its end. CSV: comment lines (# title, seed, version, the counts), then columns",
                "x,y,end_x,end_y,memory, rows as in field (along x, then up in y); memory is the memory whose",
                "softmax weight exceeds 1/2 at the end (models without softmax weights: the memory within 1%%",
                "of the width), or -1, a mixture. end_x and end_y are empty where the descent runs off."})
final class BasinsCommand implements Callable<Integer> {

    static final int MAX_GRID = 2048;
    static final String COLUMNS = "x,y,end_x,end_y,memory";

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
        BasinMap map = Basins.compute(model, t, new Grid(d.xmin(), d.xmax(), d.ymin(), d.ymax(), grid), Cancellation.NEVER);
        FixedPointsCommand.noteIfInconsistent(map.fixedPoints(), notes);
        if (map.unconverged() > 0) {
            notes.add(map.unconverged() + " of " + map.grid().cells()
                    + " descents had not arrived after their step limit; their rows give where they stopped");
        }
        CsvOutput.write(out, parent.stdout(), w -> {
            w.write(Provenance.of(s).csvComment());
            w.write("# " + FixedPointsCommand.counts(map.fixedPoints()) + " mixture_cells=" + map.mixtureCells() + "\n");
            w.write(COLUMNS + "\n");
            Grid g = map.grid();
            for (int j = 0; j < grid; j++) {
                for (int i = 0; i < grid; i++) {
                    int k = j * grid + i;
                    w.write(CsvNumber.of(g.x(i)) + "," + CsvNumber.of(g.y(j)) + "," + CsvNumber.of(map.endX()[k]) + ","
                            + CsvNumber.of(map.endY()[k]) + "," + map.memory()[k] + "\n");
                }
            }
        });
        notes.printTo(err);
        return 0;
    }
}
