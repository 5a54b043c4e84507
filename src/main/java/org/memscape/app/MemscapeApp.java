package org.memscape.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The window: the main pane showing the default scene. */
public final class MemscapeApp extends Application {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(null);   // the toolkit is up: see AppLauncher
        MainPane pane = new MainPane();
        stage.setTitle("Memscape");
        stage.setScene(new Scene(pane, WIDTH, HEIGHT));
        stage.show();
        pane.load(DefaultScene::load);
    }
}
