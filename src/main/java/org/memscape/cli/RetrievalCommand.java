package org.memscape.cli;

import org.memscape.output.ExperimentCsv;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.memscape.experiment.Monitor;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.Repetitions;
import org.memscape.experiment.RetrievalExperiment;
import org.memscape.experiment.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "retrieval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The paper's Table 1: modern vs classical Hopfield vs diffusion.",
                "Per cell (task, pattern count), REPS repetitions: n binary patterns in "
                        + "d dimensions; pattern 0 corrupted (denoising: theta*y + sqrt(1-theta^2)*eps) or half erased "
                        + "(completion: each entry kept with probability 1/2); then retrieved by a modern Hopfield network "
                        + "(x <- Y^T softmax(beta Y x), ITERATIONS updates), by a VP diffusion with constant rate 0.8 and "
                        + "the exact score (probability-flow ODE, STEPS Euler steps from t_start = -2 log(theta)/0.8 down "
                        + "to 0) and by a classical Hopfield network (W = sum of y y^T with its diagonal, synchronous sign "
                        + "updates, sign(0) = +1, at most 100 sweeps). Every output is binarized by sign.",
                "Prints an aligned table; --out writes CSV with the columns%n"
                        + "  task,dim,patterns,reps,diffusion,classic,true,%n"
                        + "  diffusion_low,diffusion_high,classic_low,classic_high,true_low,true_high,%n"
                        + "  hopfield_error,hopfield_error_low,hopfield_error_high,%n"
                        + "  diffusion_error,…_low,…_high,classic_error,…_low,…_high",
                "diffusion, classic, true: Pearson correlations of the modern Hopfield outputs with the diffusion "
                        + "outputs, the classical outputs and the true patterns, over all entries of all repetitions; "
                        + "*_error: mean Hamming error against the true patterns; _low, _high: 95%% bootstrap interval "
                        + "over repetitions. Empty where undefined (a constant output has no correlation)."})
final class RetrievalCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @ParentCommand ExperimentCommand experiment;

    @Option(names = "--task", defaultValue = "both", paramLabel = "TASK", description = "denoising, completion or both (default: ${DEFAULT-VALUE})")
    String task;

    @Option(names = "--dim", defaultValue = "10", paramLabel = "D", description = "dimension of the patterns (default: ${DEFAULT-VALUE})")
    int dim;

    @Option(names = "--patterns", defaultValue = "10,20,30", paramLabel = "N,N,…", description = "pattern counts, one cell each (default: ${DEFAULT-VALUE})")
    String patterns;

    @Option(names = "--reps", defaultValue = "2000", paramLabel = "R", description = "repetitions per cell (default: ${DEFAULT-VALUE}; the paper: 100)")
    int reps;

    @Option(names = "--theta", defaultValue = "0.68", paramLabel = "θ", description = "signal kept by the corruption, in (0, 1); also sets the diffusion's start time (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--out", paramLabel = "FILE.csv", description = "also write the table as CSV (- for stdout, instead of the aligned table)")
    Path out;

    @Override public Integer call() {
        RetrievalExperiment.Settings settings = settings();
        PrintWriter stdout = spec.commandLine().getOut();
        List<RetrievalExperiment.Row> rows;
        try (Repetitions runner = new Repetitions(ExperimentCommand.threads(threads))) {
            rows = RetrievalExperiment.run(settings, runner, Monitor.NONE, r -> {});
        }
        if (out != null) {
            CsvOutput.write(out, experiment.stdout(), w -> {
                w.write(ExperimentCsv.provenance(settings).csvComment());
                w.write(ExperimentCsv.retrieval(rows));
            });
        }
        if (out == null || !out.toString().equals("-")) {
            stdout.print(table(rows));
            stdout.flush();
        }
        return 0;
    }

    RetrievalExperiment.Settings settings() {
        List<Task> tasks = ExperimentCommand.tasks(task);
        ExperimentCommand.whole("--dim", dim, 1, ExperimentCommand.MAX_DIM);
        int[] counts = ExperimentCommand.counts("--patterns", patterns, 1, ExperimentCommand.MAX_PATTERNS);
        for (int n : counts) ExperimentCommand.checkEntries(n, dim);
        ExperimentCommand.whole("--reps", reps, 1, ExperimentCommand.MAX_REPS);
        ExperimentCommand.whole("--bootstrap", bootstrap, 0, ExperimentCommand.MAX_RESAMPLES);
        Protocol protocol = ExperimentCommand.protocol(theta, beta, iterations, steps);
        return new RetrievalExperiment.Settings(tasks, dim, counts, reps, protocol, seed, bootstrap);
    }

    static String table(List<RetrievalExperiment.Row> rows) {
        TextTable t = new TextTable("task", "dim", "patterns", "reps", "diffusion", "classic", "true",
                "hopfield_error", "diffusion_error", "classic_error");
        for (RetrievalExperiment.Row r : rows) {
            t.add(r.task().key(), Integer.toString(r.dim()), Integer.toString(r.patterns()), Integer.toString(r.reps()),
                    ExperimentCommand.withInterval(r.diffusion()), ExperimentCommand.withInterval(r.classic()),
                    ExperimentCommand.withInterval(r.truth()), ExperimentCommand.decimal(r.hopfieldError().value()),
                    ExperimentCommand.decimal(r.diffusionError().value()), ExperimentCommand.decimal(r.classicError().value()));
        }
        return t + "(correlations of the modern Hopfield outputs with each; 95% bootstrap intervals in brackets;"
                + " errors: mean Hamming error against the true patterns)\n";
    }
}
