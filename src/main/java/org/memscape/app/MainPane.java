package org.memscape.app;

import java.util.concurrent.Callable;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;

/**
 * The window's content: the scene's title and description above the landscape view. Loading
 * and computing run on a background thread; the result is shown on the FX thread.
 */
public final class MainPane extends BorderPane {

    static final String COMPUTING = "Computing the energy landscape\u2026";

    private final Label title = new Label();
    private final Label description = new Label();
    private final Label error = new Label();
    private final LandscapeView view = new LandscapeView(Colormap.viridis());

    public MainPane() {
        setBackground(Background.fill(Style.BACKGROUND));
        title.setFont(Font.font(null, FontWeight.BOLD, 32));
        title.setTextFill(Style.TEXT);
        title.setWrapText(true);
        description.setFont(Font.font(20));
        description.setTextFill(Style.MUTED_TEXT);
        description.setWrapText(true);
        description.managedProperty().bind(description.textProperty().isNotEmpty());
        description.visibleProperty().bind(description.managedProperty());
        VBox header = new VBox(6, title, description);
        header.setPadding(new Insets(18, 28, 4, 28));
        setTop(header);

        error.setFont(Style.MESSAGE_FONT);
        error.setTextFill(Style.ERROR_TEXT);
        error.setWrapText(true);
        error.setVisible(false);
        error.setPadding(new Insets(24, 40, 24, 40));
        error.setMaxWidth(1000);
        setCenter(new StackPane(view, error));
        BorderPane.setMargin(getCenter(), new Insets(4, 16, 12, 16));
    }

    /** Reads a scene and computes its landscape off the FX thread, then shows it. Call on the FX thread. */
    public void load(Callable<Scene> source) {
        view.showPlaceholder(COMPUTING);
        error.setVisible(false);
        Task<Landscape> task = new Task<>() {
            @Override
            protected Landscape call() throws Exception {
                return Landscape.compute(source.call(), Landscape.GRID);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> showError(task.getException()));
        Thread thread = new Thread(task, "memscape-landscape");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(Landscape landscape) {
        Scene scene = landscape.scene();
        title.setText(scene.title());
        description.setText(scene.description());
        view.show(landscape);
    }

    private void showError(Throwable problem) {
        String heading;
        String text;
        if (problem instanceof SceneException) {
            heading = "Could not open the scene";
            text = problem.getMessage();
        } else {
            problem.printStackTrace(); // a bug, not a user mistake: keep the details for a report
            heading = "Could not compute the energy landscape";
            text = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        }
        title.setText(heading);
        description.setText("");
        view.showPlaceholder("");
        error.setText(text);
        error.setVisible(true);
    }

    Label titleLabel() { return title; }

    Label descriptionLabel() { return description; }

    Label errorLabel() { return error; }

    LandscapeView landscapeView() { return view; }
}
