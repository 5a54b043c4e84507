package org.memscape.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The window's log: {@code System.Logger} (what the code writes to) goes to java.util.logging,
 * whose root logger gets a file, {@code ~/.memscape/memscape.log} ({@code ~} is Java's
 * {@code user.home}), appended to, started again past 1 MB. (A second Memscape running at the same
 * time writes {@code memscape.log.1}: java.util.logging's lock.) Warnings and errors only: a lecturer's disk does not fill with chatter. If the file cannot be opened the
 * log stays on stderr, and the window goes on.
 */
final class ErrorLog {

    private static final int LIMIT = 1 << 20;
    private static Path file;
    private static Handler handler;

    private ErrorLog() {}

    /** The user's log folder: {@code ~/.memscape}. */
    static Path userFolder() {
        return Path.of(System.getProperty("user.home"), ".memscape");
    }

    /** Sends the log to {@code folder}/memscape.log (again: to the new folder); returns the file, or null if it cannot be written. */
    static synchronized Path install(Path folder) {
        Logger root = Logger.getLogger("");
        if (handler != null) {
            root.removeHandler(handler);
            handler.close();
            handler = null;
            file = null;
        }
        Path target = folder.resolve("memscape.log");
        try {
            Files.createDirectories(folder);
            FileHandler h = new FileHandler(target.toString(), LIMIT, 1, true);
            h.setFormatter(new SimpleFormatter());
            h.setLevel(Level.WARNING);
            root.addHandler(h);
            handler = h;
            file = target;
        } catch (IOException | RuntimeException e) {
            System.err.println("memscape: cannot write the log " + target + " (" + e.getMessage() + "); errors go to stderr");
        }
        return file;
    }

    /** Where the log is written, or a note that it is not. */
    static synchronized String where() {
        return file != null ? file.toString() : "not written (stderr only)";
    }

    static synchronized Path file() { return file; }

    /** Stops writing to the file (a test's folder is about to go). */
    static synchronized void close() {
        if (handler == null) return;
        Logger.getLogger("").removeHandler(handler);
        handler.close();
        handler = null;
        file = null;
    }
}
