package org.memscape.app.experiments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.memscape.text.NumberText;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.memscape.output.ExperimentCsv;
import org.memscape.experiment.Bootstrap;
import org.memscape.experiment.Estimate;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.RetrievalExperiment;
import org.memscape.experiment.Task;
import org.memscape.files.AtomicFile;

/** The paper's Table 1: the Pearson correlations of the modern Hopfield outputs with the diffusion, classical and true patterns. */
final class RetrievalPane extends ExperimentPane {

    static final String ABOUT = "Table 1 of Ambrogioni (2023): n binary patterns in d dimensions; pattern 0 corrupted "
            + "(denoising: θy + √(1−θ²)ε) or half erased (completion), then retrieved by a modern Hopfield network "
            + "(β, iterations), by a diffusion model with the exact score (probability-flow ODE, steps) and by a classical "
            + "Hopfield network. Each correlation is the modern Hopfield outputs' with the others, over every entry of every "
            + "repetition (95% bootstrap intervals in brackets); errors are mean Hamming errors against the true patterns.";

    private final ChoiceBox<String> task = new ChoiceBox<>(FXCollections.observableArrayList("both", "denoising", "completion"));
    private final TextField dim = Inputs.field("10", 3);
    private final TextField patterns = Inputs.field("10,20,30", 7);
    private final TextField reps = Inputs.field("2000", 5);
    private final TextField theta = Inputs.field("0.68", 4);
    private final TextField beta = Inputs.field("5", 4);
    private final TextField iterations = Inputs.field("150", 4);
    private final TextField steps = Inputs.field("300", 4);
    private final TextField seed = Inputs.field("1", 4);
    private final TableView<RetrievalExperiment.Row> table = new TableView<>();
    private RetrievalExperiment.Settings shown;

    RetrievalPane() {
        super(ABOUT);
        task.setValue("both");
        addField("task", task, "denoising, completion or both");
        addField("d", dim, "dimension of the patterns");
        addField("n", patterns, "pattern counts, one row each (comma separated)");
        addField("repetitions", reps, "per row (the paper: 100)");
        addField("θ", theta, "signal kept by the corruption, in (0, 1); the diffusion starts where its signal is θ");
        addField("β", beta, "modern Hopfield inverse temperature");
        addField("iterations", iterations, "modern Hopfield updates");
        addField("steps", steps, "Euler steps of the probability-flow ODE");
        addField("seed", seed, "the same seed gives the same numbers");
        table.setPlaceholder(new Label("Run to fill the table: one row per task and pattern count."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(30);
        TableColumn<RetrievalExperiment.Row, String> pearson = new TableColumn<>("Pearson correlation of the modern Hopfield outputs with");
        pearson.getColumns().addAll(List.of(
                column("diffusion", r -> withInterval(r.diffusion()), 200),
                column("classic", r -> withInterval(r.classic()), 200),
                column("true patterns", r -> withInterval(r.truth()), 200)));
        TableColumn<RetrievalExperiment.Row, String> errors = new TableColumn<>("mean Hamming error");
        errors.getColumns().addAll(List.of(
                column("MHN", r -> decimal(r.hopfieldError().value()), 80),
                column("diffusion", r -> decimal(r.diffusionError().value()), 92),
                column("classic", r -> decimal(r.classicError().value()), 80)));
        table.getColumns().addAll(List.of(
                column("task", r -> r.task().key(), 95),
                column("d", r -> Integer.toString(r.dim()), 40),
                column("n", r -> Integer.toString(r.patterns()), 45),
                column("reps", r -> Integer.toString(r.reps()), 60),
                pearson, errors));
        setResult(table);
        addExport("CSV…", "csv", "CSV table");
    }

    private static TableColumn<RetrievalExperiment.Row, String> column(String name, Function<RetrievalExperiment.Row, String> text,
                                                                      double width) {
        TableColumn<RetrievalExperiment.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static String decimal(double v) {
        return Double.isNaN(v) ? "n/a" : NumberText.decimals(v, 4);
    }

    static String withInterval(Estimate e) {
        if (Double.isNaN(e.value()) || Double.isNaN(e.low())) return decimal(e.value());
        return decimal(e.value()) + " (" + decimal(e.low()) + "–" + decimal(e.high()) + ")";
    }

    @Override protected ExperimentRun.Job prepare() {
        List<Task> tasks = switch (task.getValue()) {
            case "denoising" -> List.of(Task.DENOISING);
            case "completion" -> List.of(Task.COMPLETION);
            default -> List.of(Task.DENOISING, Task.COMPLETION);
        };
        int d = Inputs.whole(dim, "d", 1, 10_000);
        int[] counts = Inputs.counts(patterns, "n", 1, 1_000_000);
        for (int n : counts) {
            if ((long) n * d > 4_000_000) throw new IllegalArgumentException(n + " patterns of dimension " + d + " do not fit in memory");
        }
        Protocol protocol = new Protocol(Inputs.decimal(theta, "θ", 0, 1, true), Inputs.decimal(beta, "β", 1e-9, 1e6, false),
                Inputs.whole(iterations, "iterations", 1, 1_000_000), Inputs.whole(steps, "steps", 1, 1_000_000),
                Protocol.GAMMA, Protocol.SWEEPS);
        RetrievalExperiment.Settings s = new RetrievalExperiment.Settings(tasks, d, counts, Inputs.whole(reps, "repetitions", 1, 1_000_000),
                protocol, Inputs.seed(seed), Bootstrap.RESAMPLES);
        shown = s;
        table.getItems().clear();
        return (runner, monitor) -> RetrievalExperiment.run(s, runner, monitor, row -> Platform.runLater(() -> {
            table.getItems().add(row);
            resultArrived();
        }));
    }

    @Override protected String doneText() {
        return "Done: " + table.getItems().size() + " rows of " + shown.reps() + " repetitions.";
    }

    @Override protected Export exportFor(String extension) {
        return target -> AtomicFile.write(target, out -> out.write(
                (ExperimentCsv.provenance(shown).csvComment() + ExperimentCsv.retrieval(table.getItems())).getBytes(StandardCharsets.UTF_8)));
    }

    @Override protected String suggestedName() {
        return "retrieval-d" + shown.dim();
    }

    TableView<RetrievalExperiment.Row> table() { return table; }

    TextField repsField() { return reps; }

    TextField thetaField() { return theta; }

    TextField patternsField() { return patterns; }

    RetrievalExperiment.Settings shown() { return shown; }
}
