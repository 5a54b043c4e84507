package org.memscape.app.experiments;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import org.memscape.experiment.Monitor;
import org.memscape.experiment.Repetitions;

/**
 * One experiment running on background threads (all cores). Progress reaches the FX thread
 * coalesced: however often the workers report, at most one update waits in the FX queue.
 * {@link #cancel} stops the workers between repetitions; the end is reported once, on the FX
 * thread, as done, cancelled or failed.
 */
final class ExperimentRun {

    /** The work, on a background thread; hand results to the FX thread with Platform.runLater. */
    @FunctionalInterface
    interface Job {
        void run(Repetitions runner, Monitor monitor);
    }

    /** How a run ended, and the message for a failure. */
    record End(Kind kind, String message) {
        enum Kind { DONE, CANCELLED, FAILED }
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong latest = new AtomicLong(Double.doubleToLongBits(0));
    private final AtomicBoolean posted = new AtomicBoolean();
    private final Thread thread;

    private ExperimentRun(Job job, DoubleConsumer progress, Consumer<End> ended) {
        Monitor monitor = new Monitor() {
            @Override public boolean cancelled() { return cancelled.get(); }

            @Override public void progress(double fraction) {
                latest.set(Double.doubleToLongBits(fraction));
                if (posted.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        posted.set(false);
                        progress.accept(Double.longBitsToDouble(latest.get()));
                    });
                }
            }
        };
        thread = new Thread(() -> {
            End end;
            try (Repetitions runner = new Repetitions(Runtime.getRuntime().availableProcessors())) {
                job.run(runner, monitor);
                end = cancelled.get() ? new End(End.Kind.CANCELLED, "") : new End(End.Kind.DONE, "");
            } catch (CancellationException e) {
                end = new End(End.Kind.CANCELLED, "");
            } catch (RuntimeException | OutOfMemoryError e) {
                end = new End(End.Kind.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
            }
            End result = end;
            Platform.runLater(() -> ended.accept(result));
        }, "memscape-experiment-run");
        thread.setDaemon(true);
    }

    /** Starts the job; {@code progress} and {@code ended} are called on the FX thread. */
    static ExperimentRun start(Job job, DoubleConsumer progress, Consumer<End> ended) {
        ExperimentRun run = new ExperimentRun(job, progress, ended);
        run.thread.start();
        return run;
    }

    void cancel() {
        cancelled.set(true);
    }

    boolean cancelRequested() {
        return cancelled.get();
    }
}
