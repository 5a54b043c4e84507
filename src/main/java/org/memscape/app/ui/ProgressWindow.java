package org.memscape.app.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window beside the main one while an export runs: what is being written, a progress bar
 * and Cancel. The main window stays usable; the window closes when the export ends.
 */
public final class ProgressWindow {

    private ProgressWindow() {}

    public static void show(Window owner, String what, Task<?> task) {
        show(owner, "Export", what, task);
    }

    /** The same for other work in the background (opening a file), under its own window title. */
    public static void show(Window owner, String windowTitle, String what, Task<?> task) {
        Stage stage = new Stage(StageStyle.UTILITY);
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(windowTitle);
        Label title = new Label(what);
        title.setFont(Fonts.regular(16));
        Label detail = new Label();
        detail.setFont(Fonts.regular(14));
        detail.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(360);
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button("Cancel");
        cancel.setFont(Fonts.regular(15));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel(true));
        HBox row = new HBox(12, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        VBox box = new VBox(8, title, row, detail);
        box.setPadding(new Insets(14));
        stage.setScene(new javafx.scene.Scene(box));
        stage.setOnCloseRequest(e -> task.cancel(true));
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) stage.close();
        });
        if (!task.isDone()) stage.show();
    }
}
