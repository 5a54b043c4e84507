package org.memscape.output;

import org.memscape.cli.CsvOutput;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.memscape.experiment.Method;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.Task;
import org.memscape.experiment.CapacityExperiment;
import org.memscape.experiment.Estimate;
import org.memscape.experiment.RetrievalExperiment;
import org.memscape.experiment.TrajectoryExperiment;

/**
 * The experiments' CSV text (header and rows; the provenance comment lines come from
 * {@link #provenance}), as the
 * {@code experiment} commands write it and the window exports it. Numbers are the shortest decimals
 * that read back to the same doubles; NaN (no interval, no correlation) is an empty field.
 */
public final class ExperimentCsv {

    public static final String RETRIEVAL_HEADER = "task,dim,patterns,reps,diffusion,classic,true,"
            + "diffusion_low,diffusion_high,classic_low,classic_high,true_low,true_high,"
            + "hopfield_error,hopfield_error_low,hopfield_error_high,diffusion_error,diffusion_error_low,diffusion_error_high,"
            + "classic_error,classic_error_low,classic_error_high";

    public static final String CAPACITY_HEADER = "model,dim,patterns,error,low,high,retrieved,capacity";

    private ExperimentCsv() {}

    // ---------------------------------------------------------------- where a file came from: every setting, the seed, the version

    public static Provenance provenance(RetrievalExperiment.Settings s) {
        Protocol p = s.protocol();
        String title = String.format(Locale.ROOT,
                "experiment retrieval: task %s, dim %d, patterns %s, reps %d, theta %s, beta %s, iterations %d, steps %d, gamma %s, bootstrap %d",
                s.tasks().stream().map(Task::key).collect(Collectors.joining("+")), s.dim(),
                IntStream.of(s.patterns()).mapToObj(Integer::toString).collect(Collectors.joining(",")), s.reps(),
                p.theta(), p.beta(), p.iterations(), p.steps(), p.gamma(), s.resamples());
        return new Provenance(title, "", s.seed(), Version.current());
    }

    public static Provenance provenance(CapacityExperiment.Settings s) {
        Protocol p = s.protocol();
        String title = String.format(Locale.ROOT,
                "experiment capacity: model %s, task %s, dims %s, reps %d, threshold %s, theta %s, beta %s, iterations %d, steps %d,"
                        + " gamma %s, curves %s, max-patterns %d, bootstrap %d",
                s.models().stream().map(Method::key).collect(Collectors.joining(",")), s.task().key(),
                IntStream.of(s.dims()).mapToObj(Integer::toString).collect(Collectors.joining(",")), s.reps(), s.threshold(),
                p.theta(), p.beta(), p.iterations(), p.steps(), p.gamma(),
                IntStream.of(s.curves()).mapToObj(Integer::toString).collect(Collectors.joining(",")), s.maxPatterns(), s.resamples());
        return new Provenance(title, "", s.seed(), Version.current());
    }

    public static Provenance provenance(TrajectoryExperiment.Settings s) {
        String title = String.format(Locale.ROOT,
                "experiment trajectories: dim %d, patterns %d, theta %s, beta %s, updates %d, steps %d, gamma 0.8",
                s.dim(), s.patterns(), s.theta(), s.beta(), s.updates(), s.steps());
        return new Provenance(title, "", s.seed(), Version.current());
    }


    public static String retrieval(List<RetrievalExperiment.Row> rows) {
        StringBuilder s = new StringBuilder(RETRIEVAL_HEADER).append('\n');
        for (RetrievalExperiment.Row r : rows) {
            s.append(r.task().key()).append(',').append(r.dim()).append(',').append(r.patterns()).append(',').append(r.reps());
            for (Estimate e : List.of(r.diffusion(), r.classic(), r.truth())) s.append(',').append(CsvNumber.of(e.value()));
            for (Estimate e : List.of(r.diffusion(), r.classic(), r.truth())) {
                s.append(',').append(CsvNumber.of(e.low())).append(',').append(CsvNumber.of(e.high()));
            }
            for (Estimate e : List.of(r.hopfieldError(), r.diffusionError(), r.classicError())) {
                s.append(',').append(CsvNumber.of(e.value())).append(',').append(CsvNumber.of(e.low()))
                        .append(',').append(CsvNumber.of(e.high()));
            }
            s.append('\n');
        }
        return s.toString();
    }

    public static String capacity(List<CapacityExperiment.Dimension> results, double threshold) {
        StringBuilder s = new StringBuilder(CAPACITY_HEADER).append('\n');
        for (CapacityExperiment.Dimension d : results) {
            for (CapacityExperiment.Point p : d.points()) {
                s.append(d.model().key()).append(',').append(d.dim()).append(',').append(p.patterns()).append(',')
                        .append(CsvNumber.of(p.error().value())).append(',').append(CsvNumber.of(p.error().low())).append(',')
                        .append(CsvNumber.of(p.error().high())).append(',').append(p.error().value() <= threshold)
                        .append(',').append(d.capacity()).append('\n');
            }
        }
        return s.toString();
    }

    /** method,step,progress,t,x1…xd: the patterns, the ODE and SDE paths, the Hopfield updates. */
    public static String trajectories(TrajectoryExperiment.Paths p) {
        int d = p.start().length;
        StringBuilder s = new StringBuilder("method,step,progress,t");
        for (int i = 1; i <= d; i++) s.append(",x").append(i);
        s.append('\n');
        for (int k = 0; k < p.patterns().length; k++) row(s, "pattern", k, Double.NaN, Double.NaN, p.patterns()[k]);
        double start = p.times()[0];
        for (int k = 0; k < p.times().length; k++) row(s, "ode", k, 1 - p.times()[k] / start, p.times()[k], p.ode()[k]);
        for (int k = 0; k < p.times().length; k++) row(s, "sde", k, 1 - p.times()[k] / start, p.times()[k], p.sde()[k]);
        int updates = p.hopfield().length - 1;
        for (int j = 0; j <= updates; j++) row(s, "hopfield", j, updates == 0 ? 0 : j / (double) updates, Double.NaN, p.hopfield()[j]);
        return s.toString();
    }

    private static void row(StringBuilder s, String method, int step, double progress, double t, double[] x) {
        s.append(method).append(',').append(step).append(',').append(CsvNumber.of(progress)).append(',').append(CsvNumber.of(t));
        for (double v : x) s.append(',').append(CsvNumber.of(v));
        s.append('\n');
    }
}
