package org.memscape.cli;

import org.memscape.output.ExperimentCsv;
import org.memscape.output.Provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.memscape.experiment.TrajectoryExperiment;
import org.memscape.plot.ExperimentCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "trajectories", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The paper's Figure 2a: the paths of one retrieval.",
                "With n binary patterns in d dimensions and pattern 0 corrupted with theta: "
                        + "and every coordinate's path from there under the probability-flow ODE and the reverse SDE "
                        + "(STEPS Euler steps from t_start = -2 log(theta)/0.8 down to 0, exact score), beside the first "
                        + "UPDATES modern Hopfield updates at beta. Give --out, --plot or both.",
                "CSV columns method,step,progress,t,x1,…,xd with rows%n"
                        + "  pattern   step k: pattern k (0 is the one corrupted); progress, t empty%n"
                        + "  ode, sde  step k: the state before Euler step k (k = STEPS: t = 0);%n"
                        + "            progress = 1 - t/t_start%n"
                        + "  hopfield  step j: the state after j updates (0: the start);%n"
                        + "            progress = j/UPDATES, t empty"})
final class TrajectoriesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand ExperimentCommand experiment;

    @Option(names = "--dim", defaultValue = "5", paramLabel = "D", description = "dimension (default: ${DEFAULT-VALUE})")
    int dim;

    @Option(names = "--patterns", defaultValue = "4", paramLabel = "N", description = "stored patterns (default: ${DEFAULT-VALUE})")
    int patterns;

    @Option(names = "--theta", defaultValue = "0.68", paramLabel = "θ", description = "signal kept by the corruption (default: ${DEFAULT-VALUE})")
    double theta;

    @Option(names = "--beta", defaultValue = "5", paramLabel = "β", description = "modern Hopfield inverse temperature (default: ${DEFAULT-VALUE})")
    double beta;

    @Option(names = "--updates", defaultValue = "4", paramLabel = "K", description = "modern Hopfield updates shown (default: ${DEFAULT-VALUE})")
    int updates;

    @Option(names = "--steps", defaultValue = "2000", paramLabel = "K", description = "Euler steps of the ODE and the SDE (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the paths as CSV (- for stdout)")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE.png|svg", description = "draw the paths")
    Path plot;

    /** The most numbers a trajectory file may hold ((2·STEPS + UPDATES) × d). */
    static final long MAX_VALUES = 50_000_000;

    @Override public Integer call() {
        if (out == null && plot == null) throw new UserError("nothing to write: give --out FILE.csv, --plot FILE.png|svg or both");
        ExperimentCommand.whole("--dim", dim, 1, ExperimentCommand.MAX_DIM);
        ExperimentCommand.whole("--patterns", patterns, 1, ExperimentCommand.MAX_PATTERNS);
        ExperimentCommand.checkEntries(patterns, dim);
        ExperimentCommand.theta(theta);
        ExperimentCommand.beta(beta);
        ExperimentCommand.whole("--updates", updates, 0, 10_000);
        ExperimentCommand.whole("--steps", steps, 1, ExperimentCommand.MAX_STEPS);
        if ((2L * steps + updates) * dim > MAX_VALUES) {
            throw new UserError("--steps " + steps + " with --dim " + dim + ": more than " + MAX_VALUES + " numbers to keep; use fewer steps");
        }
        if (plot != null) checkPicture(plot);
        TrajectoryExperiment.Settings s = new TrajectoryExperiment.Settings(dim, patterns, theta, beta, updates, steps, seed);
        TrajectoryExperiment.Paths paths = TrajectoryExperiment.run(s);
        Provenance about = ExperimentCsv.provenance(s);
        if (out != null) {
            CsvOutput.write(out, experiment.stdout(), w -> {
                w.write(about.csvComment());
                w.write(ExperimentCsv.trajectories(paths));
            });
        }
        if (plot != null) {
            writePicture(plot, p -> ExperimentCharts.writeTrajectories(ExperimentCharts.trajectoryTitle(s), paths, beta, about(about), p));
        }
        return 0;
    }

    // ---------------------------------------------------------------- pictures (shared with capacity)

    interface PictureBody { void write(Path target) throws IOException; }

    /** A --plot name must end in .png or .svg and name a file in an existing folder. */
    static void checkPicture(Path target) {
        if (!ExperimentCharts.writable(target)) throw new UserError("--plot " + target + ": expected a file name ending in .png or .svg");
        if (Files.isDirectory(target)) throw new UserError("--plot " + target + ": is a directory; expected a file name");
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw new UserError("--plot " + target + ": no such directory " + parent);
    }

    /** Draws with no display (the headless AWT toolkit, unless the window already started one). */
    static void writePicture(Path target, PictureBody body) {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        try {
            body.write(target);
        } catch (IOException e) {
            throw new UserError(target + ": cannot write (" + CsvOutput.describe(e) + ")");
        }
    }

    /** The provenance as PNG text chunks / an SVG comment. */
    static Map<String, String> about(Provenance p) {
        return ExperimentCharts.about(p.title(), p.software(), p.seed(), "");
    }
}
