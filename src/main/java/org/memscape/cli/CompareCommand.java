package org.memscape.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.memscape.compute.Cancellation;
import org.memscape.core.EnergyModel;
import org.memscape.output.CsvNumber;
import org.memscape.output.Provenance;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.Agreement;
import org.memscape.structure.PairedRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Runs a scene's particles under two to four dynamics and compares where they end.",
                "Runs a scene's particles (the same seed, the same starts) under two to four dynamics and writes",
                "where each particle ends and at which memory: the memory whose softmax weight exceeds 1/2 there",
                "(at the scene's tauMin for diffusion; networks without softmax weights: the memory within 1%% of",
                "the width), or -1, a mixture, as basins says. Every dynamics takes the scene's steps and settings.",
                "CSV: comment lines (# title, seed, version, the dynamics, the share of particles at the same",
                "memory for each pair), then columns particle,start_x,start_y and D_x,D_y,D_memory for each",
                "dynamics D. --agreement writes the pairs as a table: a,b,same,particles,share."})
final class CompareCommand implements Callable<Integer> {

    static final String AGREEMENT_COLUMNS = "a,b,same,particles,share";

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file")
    Path scene;

    @Option(names = "--dynamics", split = ",", paramLabel = "D",
            description = "2 to 4 of gradient-flow, langevin, hopfield-update, reverse-sde (sde), probability-flow-ode (ode),"
                    + " comma-separated (default: reverse-sde,probability-flow-ode,hopfield-update for diffusion,"
                    + " gradient-flow,hopfield-update otherwise)")
    List<String> dynamics;

    @Option(names = "--steps", paramLabel = "K", description = "number of steps (default: the scene's dynamics.steps)")
    Integer steps;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "the per-particle CSV file to write (- for stdout)")
    Path out;

    @Option(names = "--agreement", paramLabel = "FILE.csv", description = "also write the pairwise agreement table here (- for stdout)")
    Path agreementOut;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Notes notes = new Notes();
        Scene s = SceneInput.read(scene, notes);
        CsvOutput.refuseSceneAsOutput(out, scene, "--out");
        if (agreementOut != null) {
            CsvOutput.refuseSceneAsOutput(agreementOut, scene, "--agreement");
            if (agreementOut.equals(out) && !"-".equals(out.toString())) throw new UserError("--agreement " + agreementOut + ": the same file as --out");
        }
        if (steps != null) {
            if (steps < 0 || steps > RunCommand.MAX_STEPS) {
                throw new UserError("--steps " + steps + ": expected a whole number from 0 to " + RunCommand.MAX_STEPS);
            }
            s = s.withDynamics(s.dynamics().withSteps(steps));
        }
        List<DynamicsSpec.Sampler> chosen = dynamics == null ? PairedRuns.defaults(s) : parse(dynamics);
        if (chosen.size() < 2) throw new UserError("--dynamics " + String.join(",", dynamics) + ": name 2 to " + PairedRuns.MAX_DYNAMICS + " dynamics to compare");
        EnergyModel model = SceneSetup.model(s);
        SceneInput.noteIfUnbounded(model, notes);
        if (model.timeDependent()) SceneInput.checkNoiseFloor(model, s.dynamics().tauMin(), "dynamics.tauMin", scene);
        PairedRuns runs;
        try {
            runs = new PairedRuns(s, chosen, ForkJoinPool.commonPool());
        } catch (IllegalArgumentException e) {
            throw new UserError("--dynamics: " + e.getMessage());
        }
        runs.finish(Cancellation.NEVER);
        List<int[]> memories = new ArrayList<>();
        for (int d = 0; d < chosen.size(); d++) memories.add(runs.memories(d));
        Agreement table = Agreement.of(chosen, memories);
        double[][] starts = SceneSetup.initialPositions(s, model);
        Scene shown = s;
        CsvOutput.write(out, parent.stdout(), w -> {
            w.write(Provenance.of(shown).csvComment());
            w.write("# dynamics=" + String.join(",", chosen.stream().map(PairedRuns::name).toList()) + " steps=" + runs.steps()
                    + " memory_at_tau=" + (model.timeDependent() ? CsvNumber.of(shown.dynamics().tauMin()) : "none") + "\n");
            for (int a = 0; a < chosen.size(); a++) {
                w.write("# at_a_memory " + PairedRuns.name(chosen.get(a)) + " " + share(table, a, a) + "\n");
            }
            for (int a = 0; a < chosen.size(); a++) {
                for (int b = a + 1; b < chosen.size(); b++) {
                    w.write("# same_memory " + PairedRuns.name(chosen.get(a)) + " " + PairedRuns.name(chosen.get(b)) + " " + share(table, a, b) + "\n");
                }
            }
            StringBuilder header = new StringBuilder("particle,start_x,start_y");
            for (DynamicsSpec.Sampler d : chosen) {
                String n = PairedRuns.name(d);
                header.append(',').append(n).append("_x,").append(n).append("_y,").append(n).append("_memory");
            }
            w.write(header + "\n");
            for (int p = 0; p < runs.particles(); p++) {
                StringBuilder row = new StringBuilder().append(p).append(',').append(CsvNumber.of(starts[p][0])).append(',')
                        .append(CsvNumber.of(starts[p][1]));
                for (int d = 0; d < chosen.size(); d++) {
                    double[] xy = runs.position(d, p);
                    row.append(',').append(CsvNumber.of(xy[0])).append(',').append(CsvNumber.of(xy[1])).append(',').append(memories.get(d)[p]);
                }
                w.write(row + "\n");
            }
        });
        if (agreementOut != null) CsvOutput.write(agreementOut, parent.stdout(), w -> writeAgreement(w, table));
        for (int d = 0; d < chosen.size(); d++) {
            int lost = 0;
            for (int p = 0; p < runs.particles(); p++) {
                double[] xy = runs.position(d, p);
                if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) lost++;
            }
            if (lost > 0) notes.add(lost + " particles under " + PairedRuns.name(chosen.get(d)) + " left the finite numbers (memory -1)");
        }
        notes.printTo(err);
        return 0;
    }

    /** "0.975 (390/400)": the share, then the count. */
    private static String share(Agreement table, int a, int b) {
        return CsvNumber.of(table.share(a, b)) + " (" + table.same()[a][b] + "/" + table.particles() + ")";
    }

    static void writeAgreement(Writer w, Agreement table) throws java.io.IOException {
        w.write(AGREEMENT_COLUMNS + "\n");
        List<DynamicsSpec.Sampler> d = table.dynamics();
        for (int a = 0; a < d.size(); a++) {
            for (int b = a + 1; b < d.size(); b++) {
                w.write(PairedRuns.name(d.get(a)) + "," + PairedRuns.name(d.get(b)) + "," + table.same()[a][b] + ","
                        + table.particles() + "," + CsvNumber.of(table.share(a, b)) + "\n");
            }
        }
    }

    /** The names as the scene format spells them, or the short sde, ode, hopfield. */
    static List<DynamicsSpec.Sampler> parse(List<String> names) {
        List<DynamicsSpec.Sampler> out = new ArrayList<>();
        for (String raw : names) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            DynamicsSpec.Sampler found = switch (name) {
                case "sde" -> DynamicsSpec.Sampler.REVERSE_SDE;
                case "ode" -> DynamicsSpec.Sampler.PROBABILITY_FLOW_ODE;
                case "hopfield" -> DynamicsSpec.Sampler.HOPFIELD_UPDATE;
                default -> java.util.Arrays.stream(DynamicsSpec.Sampler.values()).filter(v -> PairedRuns.name(v).equals(name)).findFirst().orElse(null);
            };
            if (found == null) {
                throw new UserError("--dynamics " + raw + ": unknown dynamics; expected gradient-flow, langevin, hopfield-update,"
                        + " reverse-sde (sde) or probability-flow-ode (ode)");
            }
            out.add(found);
        }
        return out;
    }
}
