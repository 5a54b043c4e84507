package org.memscape.cli;

import org.memscape.output.CsvNumber;
import org.memscape.output.Provenance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.CriticalPoints;
import org.memscape.structure.FixedPoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fixed-points", mixinStandardHelpOptions = true,
        description = {"Writes every critical point of a scene's landscape in its domain: where the force vanishes.",
                "CSV: comment lines (# title, seed, version, the counts), then columns kind,x,y,energy,memory;",
                "kind is minimum, saddle or maximum (by the signs of the Hessian's eigenvalues), x and y",
                "within 1e-9 of the domain's width; memory is the memory whose softmax weight exceeds 1/2 there",
                "(models without softmax weights: the memory within 1%% of the width), or -1: a minimum with -1",
                "is spurious, a mixture of memories. Minima first, then saddles, then maxima, each by x then y.",
                "The counts are checked: minima - saddles + maxima equals the turns of the force along the",
                "domain's edge (1 when the landscape confines and every critical point is in the domain)."})
final class FixedPointsCommand implements Callable<Integer> {

    static final String COLUMNS = "kind,x,y,energy,memory";

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file")
    Path scene;

    @Option(names = "--tau", paramLabel = "T", description = "noise level in (0, 1] for diffusion models (default: the scene's tauMin)")
    Double tau;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "the CSV file to write (- for stdout)")
    Path out;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Notes notes = new Notes();
        Scene s = SceneInput.read(scene, notes);
        CsvOutput.refuseSceneAsOutput(out, scene, "--out");
        EnergyModel model = SceneSetup.model(s);
        SceneInput.noteIfUnbounded(model, notes);
        double t = SceneInput.noiseLevel(model, s, tau, scene, notes);
        FixedPoints found = CriticalPoints.find(model, t, s.domain());
        noteIfInconsistent(found, notes);
        CsvOutput.write(out, parent.stdout(), w -> {
            w.write(Provenance.of(s).csvComment());
            w.write("# " + counts(found) + "\n");
            w.write(COLUMNS + "\n");
            for (CriticalPoint p : found.points()) {
                w.write(p.kind().label() + "," + CsvNumber.of(p.x()) + "," + CsvNumber.of(p.y()) + ","
                        + CsvNumber.of(p.energy()) + "," + p.memory() + "\n");
            }
        });
        notes.printTo(err);
        return 0;
    }

    /**
     * "minima=2 saddles=1 maxima=0 spurious=0 degenerate=0 winding=1": the counts, the roots left
     * out as degenerate, and the turns of the force along the edge ("unknown" where it vanishes there).
     */
    static String counts(FixedPoints found) {
        String winding = found.boundaryWinding().isPresent() ? String.valueOf(found.boundaryWinding().getAsInt()) : "unknown";
        return "minima=" + found.count(CriticalPoint.Kind.MINIMUM) + " saddles=" + found.count(CriticalPoint.Kind.SADDLE)
                + " maxima=" + found.count(CriticalPoint.Kind.MAXIMUM) + " spurious=" + found.spuriousCount()
                + " degenerate=" + found.degenerate() + " winding=" + winding;
    }

    static void noteIfInconsistent(FixedPoints found, Notes notes) {
        if (found.degenerate() > 0) {
            notes.add(found.degenerate() + " roots lie where the landscape is flat to rounding in one direction"
                    + " (along an extended memory at low noise, or exactly at a bifurcation): they are left out");
        }
        if (found.boundaryWinding().isEmpty()) {
            notes.add("the force vanishes on the domain's edge, so the count of critical points cannot be checked");
        } else if (!found.consistent()) {
            notes.add("minima - saddles + maxima = " + found.indexSum() + " but the force turns "
                    + found.boundaryWinding().getAsInt() + " times along the domain's edge: some critical points were not resolved"
                    + " (nearly degenerate, or closer together than the search can separate)");
        }
    }
}
