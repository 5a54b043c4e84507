package org.memscape.app;

import javafx.application.Application;

/**
 * Starts the window. Kept apart from {@link MemscapeApp}: a jar whose main class extends
 * Application will not start when JavaFX is on the class path rather than the module path.
 */
public final class AppLauncher {

    private AppLauncher() {}

    public static void launch(String[] args) {
        Application.launch(MemscapeApp.class, args);
    }
}
