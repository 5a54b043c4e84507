package org.memscape.app.experiments;

import java.nio.charset.StandardCharsets;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import org.memscape.output.ExperimentCsv;
import org.memscape.experiment.TrajectoryExperiment;
import org.memscape.plot.ChartOutput;
import org.memscape.plot.ExperimentCharts;
import org.memscape.files.AtomicFile;
import org.memscape.text.NumberText;

/** The paper's Figure 2a: every coordinate's path under the probability-flow ODE and the reverse SDE, beside the modern Hopfield updates. */
final class TrajectoryPane extends ExperimentPane {

    static final String ABOUT = "Figure 2a of Ambrogioni (2023): n binary patterns in d dimensions, pattern 0 corrupted with θ; each "
            + "coordinate's path from there to t = 0 under the probability-flow ODE (thick) and the reverse SDE (thin), "
            + "beside the first modern Hopfield updates at β (dots): the diffusion arrives where the Hopfield network "
            + "jumps in one or two updates.";

    private final TextField dim = Inputs.field("5", 3);
    private final TextField patterns = Inputs.field("4", 3);
    private final TextField theta = Inputs.field("0.68", 4);
    private final TextField beta = Inputs.field("5", 4);
    private final TextField updates = Inputs.field("4", 3);
    private final TextField steps = Inputs.field("2000", 5);
    private final TextField seed = Inputs.field("1", 4);
    private final ChartPane chart = new ChartPane("Run to draw the paths.");
    private TrajectoryExperiment.Settings shown;
    private TrajectoryExperiment.Paths paths;

    TrajectoryPane() {
        super(ABOUT);
        addField("d", dim, "dimension (one line per coordinate)");
        addField("n", patterns, "stored patterns");
        addField("θ", theta, "signal kept by the corruption");
        addField("β", beta, "modern Hopfield inverse temperature");
        addField("updates", updates, "modern Hopfield updates shown");
        addField("steps", steps, "Euler steps of the ODE and the SDE");
        addField("seed", seed, "another seed, other patterns and noise");
        setResult(chart);
        addExport("CSV…", "csv", "CSV paths");
        addExport("PNG…", "png", "PNG picture");
        addExport("SVG…", "svg", "SVG drawing");
    }

    @Override protected ExperimentRun.Job prepare() {
        int d = Inputs.whole(dim, "d", 1, 64);
        int n = Inputs.whole(patterns, "n", 1, 100_000);
        int k = Inputs.whole(steps, "steps", 1, 100_000);
        TrajectoryExperiment.Settings s = new TrajectoryExperiment.Settings(d, n, Inputs.decimal(theta, "θ", 0, 1, true),
                Inputs.decimal(beta, "β", 1e-9, 1e6, false), Inputs.whole(updates, "updates", 0, 1000), k, Inputs.seed(seed));
        chart.clear();
        return (runner, monitor) -> {
            TrajectoryExperiment.Paths p = TrajectoryExperiment.run(s);
            monitor.progress(1);
            Platform.runLater(() -> {
                shown = s;
                paths = p;
                chart.show(ExperimentCharts.trajectories(ExperimentCharts.trajectoryTitle(s), p, s.beta()));
                resultArrived();
            });
        };
    }

    @Override protected String doneText() {
        return "Done: " + (paths.times().length - 1) + " steps from t_start = " + NumberText.decimals(paths.times()[0], 4) + ".";
    }

    @Override protected Export exportFor(String extension) {
        if (extension.equals("csv")) {
            return target -> AtomicFile.write(target, out -> out.write((ExperimentCsv.provenance(shown).csvComment()
                    + ExperimentCsv.trajectories(paths)).getBytes(StandardCharsets.UTF_8)));
        }
        return target -> ChartOutput.write(chart.chart(), ExperimentCharts.TRAJECTORY_WIDTH, ExperimentCharts.TRAJECTORY_HEIGHT,
                CapacityPane.about(ExperimentCsv.provenance(shown)), target);
    }

    @Override protected String suggestedName() {
        return "trajectories-d" + shown.dim();
    }

    ChartPane chart() { return chart; }

    TrajectoryExperiment.Paths paths() { return paths; }
}
