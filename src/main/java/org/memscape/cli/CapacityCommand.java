package org.memscape.cli;

import org.memscape.output.ExperimentCsv;
import org.memscape.output.Provenance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.memscape.experiment.CapacityExperiment;
import org.memscape.experiment.Method;
import org.memscape.experiment.Monitor;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.Repetitions;
import org.memscape.plot.ExperimentCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "capacity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The paper's Figure 3: the most patterns retrieved, per dimension.",
                "At each dimension d, the mean Hamming error of REPS retrievals "
                        + "(the protocol of `experiment retrieval`) for a pattern count n; n is retrieved when the mean "
                        + "error is at most the threshold, and the capacity is the largest n retrieved, found by doubling "
                        + "n (1, 2, 4, …) until it fails and then bisecting. The counts of --curves are evaluated at every d.",
                "Prints the capacity per dimension; --out writes CSV with the columns%n"
                        + "  model,dim,patterns,error,low,high,retrieved,capacity%n"
                        + "a row per (model, d, n) evaluated (low, high: 95%% bootstrap interval of the error; "
                        + "capacity: the one found at that d, on each of its rows). --plot draws the error against d for "
                        + "the --curves counts, and the capacity against d. Progress goes to stderr."})
final class CapacityCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand ExperimentCommand experiment;

    @Option(names = "--model", defaultValue = "diffusion", paramLabel = "MODEL", description = "diffusion, hopfield or classic, or several separated by commas (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--dims", defaultValue = "5:40", paramLabel = "FROM:TO", description = "dimensions: FROM:TO, FROM:TO:STEP or a list 5,10,20 (default: ${DEFAULT-VALUE})")
    String dims;

    @Option(names = "--reps", defaultValue = "140", paramLabel = "R", description = "repetitions per (d, n) (default: ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--threshold", defaultValue = "0.03", paramLabel = "E", description = "largest mean Hamming error that counts as retrieved, in [0, 1) (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--task", defaultValue = "denoising", paramLabel = "TASK", description = "denoising or completion (default: ${DEFAULT-VALUE})")
    String task;

    @Option(names = "--curves", defaultValue = "4,16,64,256", paramLabel = "N,N,…", description = "pattern counts drawn against d, evaluated at every d (default: ${DEFAULT-VALUE})")
    String curves;

    @Option(names = "--max-patterns", defaultValue = "16384", paramLabel = "N", description = "stop doubling here: a model still retrieving N has capacity >= N (default: ${DEFAULT-VALUE})")
    int maxPatterns;

    @Option(names = "--theta", defaultValue = "0.68", paramLabel = "θ", description = "signal kept by the corruption (default: ${DEFAULT-VALUE})")
    double theta;

    @Option(names = "--beta", defaultValue = "5", paramLabel = "β", description = "modern Hopfield inverse temperature (default: ${DEFAULT-VALUE})")
    double beta;

    @Option(names = "--iterations", defaultValue = "150", paramLabel = "K", description = "modern Hopfield updates (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--steps", defaultValue = "300", paramLabel = "K", description = "Euler steps of the probability-flow ODE (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "B", description = "bootstrap resamples for the intervals, 0 for none (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of cores); the numbers do not depend on it")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the rows as CSV (- for stdout, instead of the table)")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE.png|svg", description = "draw the error against d and the capacity curve")
    Path plot;

    @Override public Integer call() {
        CapacityExperiment.Settings settings = settings();
        if (plot != null) TrajectoriesCommand.checkPicture(plot);
        PrintWriter err = spec.commandLine().getErr();
        List<CapacityExperiment.Dimension> results = new ArrayList<>();
        long start = System.nanoTime();
        try (Repetitions runner = new Repetitions(ExperimentCommand.threads(threads))) {
            CapacityExperiment.run(settings, runner, Monitor.NONE, d -> {
                results.add(d);
                err.println(String.format(Locale.ROOT, "memscape experiment capacity: %s d=%d capacity %s (%.1f s)",
                        d.model().key(), d.dim(), capacityText(d), (System.nanoTime() - start) / 1e9));
                err.flush();
            });
        }
        Provenance about = ExperimentCsv.provenance(settings);
        if (out != null) {
            CsvOutput.write(out, experiment.stdout(), w -> {
                w.write(about.csvComment());
                w.write(ExperimentCsv.capacity(results, settings.threshold()));
            });
        }
        if (plot != null) TrajectoriesCommand.writePicture(plot, p -> ExperimentCharts.writeCapacity(ExperimentCharts.capacityTitle(settings), results,
                settings.threshold(), settings.curves(), TrajectoriesCommand.about(about), p));
        if (out == null || !out.toString().equals("-")) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(table(results));
            stdout.flush();
        }
        return 0;
    }

    CapacityExperiment.Settings settings() {
        List<Method> models = ExperimentCommand.models(model);
        int[] dimensions = ExperimentCommand.dims(dims);
        ExperimentCommand.whole("--reps", reps, 1, ExperimentCommand.MAX_REPS);
        if (!(threshold >= 0 && threshold < 1)) throw new UserError("--threshold " + threshold + ": expected a fraction in [0, 1)");
        int largestDim = IntStream.of(dimensions).max().orElse(1);
        int maxAllowed = (int) Math.min(ExperimentCommand.MAX_PATTERNS, ExperimentCommand.MAX_ENTRIES / largestDim);
        ExperimentCommand.whole("--max-patterns", maxPatterns, 1, maxAllowed);
        int[] curveCounts = ExperimentCommand.counts("--curves", curves, 1, maxPatterns);
        ExperimentCommand.whole("--bootstrap", bootstrap, 0, ExperimentCommand.MAX_RESAMPLES);
        Protocol protocol = ExperimentCommand.protocol(theta, beta, iterations, steps);
        return new CapacityExperiment.Settings(models, ExperimentCommand.task(task), dimensions, reps, threshold, protocol,
                seed, curveCounts, maxPatterns, bootstrap);
    }

    static String capacityText(CapacityExperiment.Dimension d) {
        return (d.atLeast() ? "≥" : "") + d.capacity();
    }

    static String table(List<CapacityExperiment.Dimension> results) {
        TextTable t = new TextTable("model", "dim", "capacity", "error at capacity", "error at capacity+1", "evaluated");
        for (CapacityExperiment.Dimension d : results) {
            String at = "", next = "";
            for (CapacityExperiment.Point p : d.points()) {
                if (p.patterns() == d.capacity()) at = ExperimentCommand.withInterval(p.error());
                if (p.patterns() == d.capacity() + 1) next = ExperimentCommand.withInterval(p.error());
            }
            t.add(d.model().key(), Integer.toString(d.dim()), capacityText(d), at, next, Integer.toString(d.points().size()));
        }
        return t + "(capacity: the largest pattern count whose mean Hamming error is within the threshold;"
                + " 95% bootstrap intervals in brackets)\n";
    }

}
