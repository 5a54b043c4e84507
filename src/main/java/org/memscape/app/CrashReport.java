package org.memscape.app;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * What an uncaught exception does, on the FX thread or any other: it is logged (with its stack,
 * never shown to the user), the open scene's unsaved changes are copied to the recovery file
 * first (autosave), and then a dialog says that something went wrong, that the work is kept, and
 * where the log is. The window goes on. While one dialog is open, further failures (a paint that
 * fails on every frame) are only logged.
 */
final class CrashReport implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(CrashReport.class.getName());

    private final Supplier<Future<?>> keepWork;
    private final Supplier<javafx.stage.Window> owner;
    private boolean telling;

    /**
     * @param keepWork writes the recovery copy now (FX thread; a null future: nothing to write)
     * @param owner the window the dialog belongs to (null: none)
     */
    CrashReport(Supplier<Future<?>> keepWork, Supplier<javafx.stage.Window> owner) {
        this.keepWork = keepWork;
        this.owner = owner;
    }

    /** Becomes the handler of every thread that has none of its own; returns the one it replaced. */
    Thread.UncaughtExceptionHandler install() {
        Thread.UncaughtExceptionHandler was = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        return was;
    }

    @Override public void uncaughtException(Thread thread, Throwable e) {
        try {
            LOG.log(System.Logger.Level.ERROR, "Uncaught exception on thread " + thread.getName(), e);
        } catch (RuntimeException logFailed) {
            e.printStackTrace();
        }
        if (Platform.isFxApplicationThread()) {
            rescue(e);
        } else {
            try {
                Platform.runLater(() -> rescue(e));
            } catch (IllegalStateException toolkitGone) {
                e.printStackTrace();
            }
        }
    }

    private void rescue(Throwable e) {
        if (telling) return;
        telling = true;
        String kept;
        try {
            Future<?> written = keepWork.get();
            if (written != null) written.get(5, TimeUnit.SECONDS);
            kept = "Your unsaved changes were copied to the recovery file first";
        } catch (Exception | Error failed) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the recovery copy after the failure", failed);
            kept = "The recovery copy could not be written: save your work now (File \u2192 Save as)";
        }
        try {
            dialog(owner.get(), message(e, kept));
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.ERROR, "Could not show the failure", failed);
            telling = false;
        }
    }

    /** The dialog's words: what failed, that the work is kept, and where the details are. */
    static String message(Throwable e, String kept) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return "Something went wrong inside Memscape (" + what + ").\n\n" + kept
                + "; the window stays open, so you can go on or save.\n\nThe details are in the log: " + ErrorLog.where();
    }

    /** The dialog: not modal, so the window behind it stays usable; closing it allows the next one. */
    private void dialog(javafx.stage.Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle("Memscape: something went wrong");
        alert.setHeaderText(null);
        if (owner != null) alert.initOwner(owner);
        alert.setOnHidden(h -> telling = false);
        alert.show();
    }
}
