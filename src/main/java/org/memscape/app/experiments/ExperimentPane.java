package org.memscape.app.experiments;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * What the three experiment tabs share: a form, Run and Cancel, a progress bar and a status line,
 * the result (filling in as the run goes), and export buttons that are enabled once there is
 * something to save. A new Run replaces the result; bad input is reported in the status line and
 * starts nothing.
 */
abstract class ExperimentPane extends VBox {

    /** Writes the shown result to a file. */
    @FunctionalInterface
    interface Export {
        void write(Path target) throws IOException;
    }

    private static File lastFolder;

    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final FlowPane form = new FlowPane(18, 10);
    private final HBox exports = new HBox(8);
    private ExperimentRun current;
    private boolean hasResult;

    ExperimentPane(String about) {
        super(10);
        setPadding(new Insets(14));
        getStyleClass().add("experiment-pane");
        Label intro = new Label(about);
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        run.setDefaultButton(true);
        run.setOnAction(e -> runNow());
        cancel.setOnAction(e -> cancelNow());
        cancel.setDisable(true);
        progress.setPrefWidth(260);
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox controls = new HBox(10, run, cancel, progress, status);
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label save = new Label("Save:");
        exports.getChildren().add(save);
        exports.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(intro, form, controls);
    }

    /** Adds a labelled field to the form. */
    protected final void addField(String label, Node field, String tip) {
        Label name = new Label(label);
        name.setLabelFor(field);
        HBox pair = new HBox(6, name, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        if (tip != null) Tooltip.install(pair, new Tooltip(tip));
        form.getChildren().add(pair);
    }

    /** Puts the result view below the controls, growing with the window, and the export row below it. */
    protected final void setResult(Node result) {
        VBox.setVgrow(result, Priority.ALWAYS);
        if (result instanceof Region r) r.setMinHeight(0);
        getChildren().addAll(result, exports);
        setExportsEnabled(false);
    }

    /** An export button: a file dialog for the extension, then {@link #exportFor} it. */
    protected final void addExport(String label, String extension, String description) {
        Button b = new Button(label);
        b.setUserData(extension);
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save " + description);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
            File folder = lastFolder != null && lastFolder.isDirectory() ? lastFolder : new File(System.getProperty("user.home"));
            chooser.setInitialDirectory(folder);
            chooser.setInitialFileName(suggestedName() + "." + extension);
            File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file == null) return;
            lastFolder = file.getParentFile();
            Path target = file.toPath();
            if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
                target = target.resolveSibling(target.getFileName() + "." + extension);
            }
            save(extension, target);
        });
        b.setDisable(!hasResult);
        exports.getChildren().add(b);
    }

    /** Writes the export for {@code extension} to {@code target} and says so in the status line. */
    final boolean save(String extension, Path target) {
        for (Node n : exports.getChildren()) {
            if (n instanceof Button b && extension.equals(b.getUserData())) {
                try {
                    exportFor(extension).write(target);
                    say("Saved " + target.getFileName() + ".", false);
                    return true;
                } catch (IOException | RuntimeException e) {
                    say(target + ": cannot write (" + (e.getMessage() == null ? e : e.getMessage()) + ")", true);
                    return false;
                }
            }
        }
        throw new IllegalArgumentException("no export " + extension);
    }

    /** The export for a file extension (csv, png, svg). */
    protected abstract Export exportFor(String extension);

    /** The file name offered when saving, without extension. */
    protected abstract String suggestedName();

    /**
     * Reads the form (throwing IllegalArgumentException with a message for bad input), clears the
     * old result and returns the work to run.
     */
    protected abstract ExperimentRun.Job prepare();

    /** The status line once the run is done. */
    protected abstract String doneText();

    /** Called (on the FX thread) when a result has arrived: the exports become possible. */
    protected final void resultArrived() {
        hasResult = true;
        setExportsEnabled(true);
    }

    final void runNow() {
        if (current != null) return;
        ExperimentRun.Job job;
        try {
            job = prepare();
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        hasResult = false;
        setExportsEnabled(false);
        progress.setProgress(0);
        say("Running…", false);
        run.setDisable(true);
        cancel.setDisable(false);
        current = ExperimentRun.start(job, p -> {
            if (current != null) progress.setProgress(p);
        }, this::ended);
    }

    final void cancelNow() {
        if (current == null) return;
        current.cancel();
        say("Cancelling…", false);
    }

    private void ended(ExperimentRun.End end) {
        current = null;
        run.setDisable(false);
        cancel.setDisable(true);
        switch (end.kind()) {
            case DONE -> {
                progress.setProgress(1);
                say(doneText(), false);
            }
            case CANCELLED -> say("Cancelled" + (hasResult ? ": the results so far are shown." : "."), false);
            case FAILED -> say("Failed: " + end.message(), true);
        }
        setExportsEnabled(hasResult);
    }

    boolean running() { return current != null; }

    String statusText() { return status.getText(); }

    double progressValue() { return progress.getProgress(); }

    private void setExportsEnabled(boolean enabled) {
        for (Node n : exports.getChildren()) if (n instanceof Button b) b.setDisable(!enabled);
    }

    private void say(String text, boolean error) {
        status.setText(text);
        status.getStyleClass().removeAll("error");
        if (error) status.getStyleClass().add("error");
    }
}
