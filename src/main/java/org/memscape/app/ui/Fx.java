package org.memscape.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/** Runs a piece of work on the FX thread for a background thread, and waits for its result. */
public final class Fx {

    private Fx() {}

    /** Calls {@code work} on the FX thread; an interrupt while waiting cancels it if it has not started. */
    public static <T> T call(Callable<T> work) throws InterruptedException {
        if (Platform.isFxApplicationThread()) throw new IllegalStateException("Fx.call waits for the FX thread: call it from another one");
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
