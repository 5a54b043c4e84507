package org.memscape.app.experiments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import org.memscape.output.ExperimentCsv;
import org.memscape.output.Provenance;
import org.memscape.experiment.Bootstrap;
import org.memscape.experiment.CapacityExperiment;
import org.memscape.experiment.Method;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.Task;
import org.memscape.plot.ChartOutput;
import org.memscape.plot.ExperimentCharts;
import org.memscape.files.AtomicFile;

/** The paper's Figure 3: the mean error against d for several n, and the capacity at each d, drawn as each dimension is done. */
final class CapacityPane extends ExperimentPane {

    static final String ABOUT = "Figure 3 of Ambrogioni (2023): at each dimension d, the largest number of patterns n whose mean "
            + "Hamming error (over the repetitions, the retrieval protocol) is at most the threshold, found by doubling n and "
            + "bisecting. Capacity grows fast with d (about 5, 50 and 1000 at d = 10, 20, 30), so large d take minutes.";

    private final ChoiceBox<String> model = new ChoiceBox<>(FXCollections.observableArrayList("diffusion", "hopfield", "classic", "all three"));
    private final ChoiceBox<String> task = new ChoiceBox<>(FXCollections.observableArrayList("denoising", "completion"));
    private final TextField from = Inputs.field("5", 3);
    private final TextField to = Inputs.field("22", 3);
    private final TextField reps = Inputs.field("140", 4);
    private final TextField threshold = Inputs.field("0.03", 4);
    private final TextField theta = Inputs.field("0.68", 4);
    private final TextField beta = Inputs.field("5", 4);
    private final TextField curves = Inputs.field("4,16,64", 7);
    private final TextField seed = Inputs.field("1", 4);
    private final ChartPane chart = new ChartPane("Run to draw the error against d and the capacity curve, one dimension at a time.");
    private final List<CapacityExperiment.Dimension> results = new ArrayList<>();
    private CapacityExperiment.Settings shown;

    CapacityPane() {
        super(ABOUT);
        model.setValue("diffusion");
        task.setValue("denoising");
        addField("model", model, "diffusion (exact score), modern Hopfield, classical Hopfield, or all three");
        addField("task", task, null);
        addField("d from", from, "first dimension");
        addField("to", to, "last dimension");
        addField("repetitions", reps, "per (d, n) (the paper: 140)");
        addField("threshold", threshold, "largest mean Hamming error counted as retrieved");
        addField("θ", theta, "signal kept by the corruption");
        addField("β", beta, "modern Hopfield inverse temperature");
        addField("curves n", curves, "pattern counts drawn against d");
        addField("seed", seed, null);
        setResult(chart);
        addExport("CSV…", "csv", "CSV rows");
        addExport("PNG…", "png", "PNG picture");
        addExport("SVG…", "svg", "SVG drawing");
    }

    @Override protected ExperimentRun.Job prepare() {
        List<Method> models = switch (model.getValue()) {
            case "hopfield" -> List.of(Method.HOPFIELD);
            case "classic" -> List.of(Method.CLASSIC);
            case "all three" -> List.of(Method.DIFFUSION, Method.HOPFIELD, Method.CLASSIC);
            default -> List.of(Method.DIFFUSION);
        };
        int first = Inputs.whole(from, "d from", 1, 1000);
        int last = Inputs.whole(to, "to", first, 1000);
        int[] dims = new int[last - first + 1];
        for (int i = 0; i < dims.length; i++) dims[i] = first + i;
        int maxPatterns = Math.min(16384, 4_000_000 / last);
        Protocol protocol = Protocol.PAPER.withTheta(Inputs.decimal(theta, "θ", 0, 1, true))
                .withBeta(Inputs.decimal(beta, "β", 1e-9, 1e6, false));
        CapacityExperiment.Settings s = new CapacityExperiment.Settings(models, Task.valueOf(task.getValue().toUpperCase(java.util.Locale.ROOT)),
                dims, Inputs.whole(reps, "repetitions", 1, 1_000_000), Inputs.decimal(threshold, "threshold", 0, 0.999, false),
                protocol, Inputs.seed(seed), Inputs.counts(curves, "curves n", 1, maxPatterns), maxPatterns, Bootstrap.RESAMPLES);
        shown = s;
        results.clear();
        chart.clear();
        return (runner, monitor) -> CapacityExperiment.run(s, runner, monitor, d -> Platform.runLater(() -> {
            results.add(d);
            chart.show(ExperimentCharts.capacity(ExperimentCharts.capacityTitle(s), results, s.threshold(), s.curves()));
            resultArrived();
        }));
    }

    @Override protected String doneText() {
        CapacityExperiment.Dimension last = results.get(results.size() - 1);
        return "Done: capacity " + (last.atLeast() ? "≥ " : "") + last.capacity() + " at d = " + last.dim() + ".";
    }

    @Override protected Export exportFor(String extension) {
        if (extension.equals("csv")) {
            return target -> AtomicFile.write(target, out -> out.write((ExperimentCsv.provenance(shown).csvComment()
                    + ExperimentCsv.capacity(results, shown.threshold())).getBytes(StandardCharsets.UTF_8)));
        }
        return target -> ChartOutput.write(chart.chart(), ExperimentCharts.CAPACITY_WIDTH, ExperimentCharts.CAPACITY_HEIGHT,
                about(ExperimentCsv.provenance(shown)), target);
    }

    @Override protected String suggestedName() {
        return "capacity";
    }

    /** A file's provenance as PNG text chunks or an SVG comment. */
    static java.util.Map<String, String> about(Provenance p) {
        return ExperimentCharts.about(p.title(), p.software(), p.seed(), "");
    }

    List<CapacityExperiment.Dimension> results() { return results; }

    ChartPane chart() { return chart; }

    TextField toField() { return to; }

    TextField repsField() { return reps; }
}
