package org.memscape.app.experiments;

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
        tabs.getStylesheets().add(org.memscape.app.ui.Style.SHEET);   // its ".experiments" rules
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
