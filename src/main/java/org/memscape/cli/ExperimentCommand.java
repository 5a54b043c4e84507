package org.memscape.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.memscape.experiment.Method;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.Task;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code experiment retrieval | capacity | trajectories}: the paper's D-dimensional experiments, headless. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"The D-dimensional experiments of Ambrogioni (2023), \"In search of dispersed memories\".",
                "  retrieval     Table 1: modern vs classical Hopfield vs diffusion",
                "  capacity      Figure 3: the most patterns retrieved, per dimension",
                "  trajectories  Figure 2a: the paths of one retrieval",
                "Seeded runs repeat bit for bit on any number of threads."},
        subcommands = {RetrievalCommand.class, CapacityCommand.class, TrajectoriesCommand.class})
final class ExperimentCommand implements Runnable {

    static final int MAX_DIM = 10_000;
    static final int MAX_PATTERNS = 1_000_000;
    /** Patterns × dimension: each thread holds three copies of the patterns in double. */
    static final long MAX_ENTRIES = 4_000_000;
    static final int MAX_REPS = 1_000_000;
    static final int MAX_STEPS = 1_000_000;
    static final int MAX_RESAMPLES = 100_000;
    static final int MAX_THREADS = 256;
    static final double MAX_BETA = 1e6;

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    /** Where {@code --out -} writes. */
    java.io.OutputStream stdout() { return parent.stdout(); }

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name an experiment: retrieval, capacity or trajectories (see --help)");
    }

    // ---------------------------------------------------------------- option checks shared by the experiments

    static int whole(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UserError(option + " " + value + ": expected a whole number from " + min + " to " + max);
        }
        return value;
    }

    static double theta(double value) {
        if (!(value > 0 && value < 1)) throw new UserError("--theta " + value + ": expected a number strictly between 0 and 1");
        return value;
    }

    static double beta(double value) {
        if (!(value > 0 && value <= MAX_BETA)) throw new UserError("--beta " + value + ": expected a number above 0, at most " + MAX_BETA);
        return value;
    }

    static int threads(Integer value) {
        int cores = Runtime.getRuntime().availableProcessors();
        return value == null ? cores : whole("--threads", value, 1, MAX_THREADS);
    }

    static Protocol protocol(double theta, double beta, int iterations, int steps) {
        return new Protocol(theta(theta), beta(beta), whole("--iterations", iterations, 1, MAX_STEPS),
                whole("--steps", steps, 1, MAX_STEPS), Protocol.GAMMA, Protocol.SWEEPS);
    }

    static List<Task> tasks(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "both" -> List.of(Task.DENOISING, Task.COMPLETION);
            case "denoising" -> List.of(Task.DENOISING);
            case "completion" -> List.of(Task.COMPLETION);
            default -> throw new UserError("--task " + text + ": expected denoising, completion or both");
        };
    }

    static Task task(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Task task : Task.values()) if (task.key().equals(t)) return task;
        throw new UserError("--task " + text + ": expected denoising or completion");
    }

    static List<Method> models(String text) {
        List<Method> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            Method found = null;
            for (Method m : Method.values()) if (m.key().equals(p)) found = m;
            if (found == null) {
                throw new UserError("--model " + text + ": expected diffusion, hopfield or classic (or several, separated by commas)");
            }
            if (!out.contains(found)) out.add(found);
        }
        return out;
    }

    /** Whole numbers separated by commas, each in [min, max]. */
    static int[] counts(String option, String text, int min, int max) {
        String[] parts = text.split(",", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UserError(option + " " + text + ": expected whole numbers from " + min + " to " + max + " separated by commas");
            }
            if (out[i] < min || out[i] > max) {
                throw new UserError(option + " " + text + ": " + out[i] + " is out of range; expected whole numbers from " + min + " to " + max);
            }
        }
        return out;
    }

    /** "A:B" (every dimension from A to B), "A:B:S" (in steps of S) or "A,B,C". */
    static int[] dims(String text) {
        String t = text.strip();
        if (!t.contains(":")) return counts("--dims", t, 1, MAX_DIM);
        String[] parts = t.split(":", -1);
        String expected = ": expected FROM:TO or FROM:TO:STEP (whole numbers, 1 <= FROM <= TO <= " + MAX_DIM + ", STEP >= 1) or a list like 5,10,20";
        if (parts.length > 3) throw new UserError("--dims " + text + expected);
        int from, to, step;
        try {
            from = Integer.parseInt(parts[0].strip());
            to = Integer.parseInt(parts[1].strip());
            step = parts.length == 3 ? Integer.parseInt(parts[2].strip()) : 1;
        } catch (NumberFormatException e) {
            throw new UserError("--dims " + text + expected);
        }
        if (from < 1 || to < from || to > MAX_DIM || step < 1) throw new UserError("--dims " + text + expected);
        int[] out = new int[(to - from) / step + 1];
        for (int i = 0; i < out.length; i++) out[i] = from + i * step;
        return out;
    }

    static void checkEntries(int patterns, int dim) {
        if ((long) patterns * dim > MAX_ENTRIES) {
            throw new UserError(patterns + " patterns of dimension " + dim + " are " + (long) patterns * dim
                    + " entries; at most " + MAX_ENTRIES + " fit in memory");
        }
    }

    /** Four decimals with a point whatever the locale; empty for NaN. */
    static String decimal(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** "0.9981 (0.9974–0.9987)", or the value alone when there is no interval. */
    static String withInterval(org.memscape.experiment.Estimate e) {
        if (Double.isNaN(e.value())) return "n/a";
        if (Double.isNaN(e.low())) return decimal(e.value());
        return decimal(e.value()) + " (" + decimal(e.low()) + "–" + decimal(e.high()) + ")";
    }
}
