package org.memscape.app.experiments;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Experiments window, one per application: Retrieval (Table 1), Capacity (Figure 3) and
 * Trajectories (Figure 2a), one tab each. Closing it cancels what runs.
 */
public final class ExperimentsWindow {

    static final double WIDTH = 1180, HEIGHT = 740;

    private static final String CSS = """
            .experiments {
                -fx-base: #383b45;
                -fx-background: #1e1f24;
                -fx-control-inner-background: #2a2c34;
                -fx-control-inner-background-alt: #30323b;
                -fx-accent: #3f7fcf;
                -fx-default-button: #3f7fcf;
                -fx-focus-color: #8fc8ff;
                -fx-faint-focus-color: #8fc8ff33;
                -fx-selection-bar: #3f7fcf;
                -fx-selection-bar-non-focused: #3f7fcf;
                -fx-light-text-color: #ffffff;
                -fx-mid-text-color: #e6e6e6;
                -fx-dark-text-color: #111111;
                -fx-text-box-border: #666b78;
                -fx-box-border: #555a66;
                -fx-font-size: 16px;
                -fx-background-color: #1e1f24;
            }
            .experiments .label { -fx-text-fill: #e6e6e6; }
            .experiments .hint { -fx-text-fill: #b4b9c4; -fx-font-size: 15px; }
            .experiments .error { -fx-text-fill: #ffb4a8; }
            .experiments .button:default { -fx-text-fill: #ffffff; -fx-font-weight: bold; }
            .experiments .table-view { -fx-font-size: 15px; }
            .experiments .table-view .placeholder .label { -fx-text-fill: #b4b9c4; }
            .experiments .chart-pane { -fx-background-color: #1e1f24; }
            .experiments > .tab-header-area > .tab-header-background { -fx-background-color: #1c1e24; }
            .experiments > .tab-header-area .tab { -fx-background-color: #2a2d35; -fx-background-insets: 0 1 0 0; }
            .experiments > .tab-header-area .tab:selected { -fx-background-color: #3d4452; }
            .experiments > .tab-header-area .tab .tab-label { -fx-text-fill: #e6e6e6; -fx-font-size: 16px; }
            .experiments > .tab-content-area { -fx-background-color: #1e1f24; }
            """;

    private static Stage open;
    private static ExperimentsWindow openWindow;

    private final RetrievalPane retrieval = new RetrievalPane();
    private final CapacityPane capacity = new CapacityPane();
    private final TrajectoryPane trajectories = new TrajectoryPane();
    private final TabPane tabs;

    ExperimentsWindow() {
        tabs = new TabPane(new Tab("Retrieval", retrieval), new Tab("Capacity", capacity), new Tab("Trajectories", trajectories));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("experiments");
        tabs.getStylesheets().add("data:text/css;base64," + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));
    }

    /** Shows the window on tab {@code tab} (0 retrieval, 1 capacity, 2 trajectories), brought to the front if it is open already. */
    public static void show(Window owner, int tab) {
        if (open != null) {
            openWindow.tabs.getSelectionModel().select(tab);
            open.show();
            open.toFront();
            open.requestFocus();
            return;
        }
        ExperimentsWindow window = new ExperimentsWindow();
        window.tabs.getSelectionModel().select(tab);
        openWindow = window;
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Memscape — Experiments in D dimensions");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight())));
        stage.setOnHidden(e -> {
            window.cancelAll();
            open = null;
            openWindow = null;
        });
        open = stage;
        stage.show();
    }

    TabPane root() { return tabs; }

    /** The open window, or null. */
    static ExperimentsWindow openWindow() { return openWindow; }

    static Stage openStage() { return open; }

    void cancelAll() {
        retrieval.cancelNow();
        capacity.cancelNow();
        trajectories.cancelNow();
    }

    RetrievalPane retrieval() { return retrieval; }

    CapacityPane capacity() { return capacity; }

    TrajectoryPane trajectories() { return trajectories; }
}
