package org.memscape.app;

import javafx.application.Application;

/**
 * Starts the window. Kept apart from {@link MemscapeApp}: a jar whose main class extends
 * Application will not start when JavaFX is on the class path rather than the module path.
 */
public final class AppLauncher {

    private AppLauncher() {}

    /**
     * Opens the window. A failure to start the toolkit (no display) surfaces on JavaFX's launcher
     * thread, out of reach of a try here, so an uncaught-exception handler turns it into one line.
     */
    public static void launch(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            System.err.println("memscape: cannot open the window (" + cause.getMessage()
                    + "); the headless commands need no display: java -jar memscape.jar --help");
            System.exit(1);
        });
        Application.launch(MemscapeApp.class, args);
    }
}
