package org.memscape.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the repetitions of an experiment on a fixed number of threads. Each repetition is handed
 * to the body with the index of the worker that runs it (for its own scratch space) and writes
 * only its own results, so the outcome does not depend on the number of threads or their timing.
 */
public final class Repetitions implements AutoCloseable {

    /** One repetition's work. */
    @FunctionalInterface
    public interface Body {
        void run(int rep, int worker);
    }

    private final int threads;
    private final ExecutorService executor;

    public Repetitions(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        AtomicInteger made = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "memscape-experiment-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() { return threads; }

    /**
     * Runs body for rep = 0 … count − 1 and returns when all are done. {@code done} is told after
     * each chunk how many repetitions have finished. Throws CancellationException when the monitor
     * asks to stop (checked between chunks of repetitions).
     */
    public void run(int count, Body body, Monitor monitor, java.util.function.IntConsumer done) {
        if (count <= 0) return;
        int chunk = Math.max(1, Math.min(64, count / (threads * 16)));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            int worker = w;
            futures.add(executor.submit(() -> {
                while (true) {
                    if (monitor.cancelled()) return;
                    int from = next.getAndAdd(chunk);
                    if (from >= count) return;
                    int to = Math.min(count, from + chunk);
                    for (int rep = from; rep < to; rep++) body.run(rep, worker);
                    done.accept(finished.addAndGet(to - from));
                }
            }));
        }
        try {
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            for (Future<?> f : futures) f.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error er) throw er;
            throw new IllegalStateException(cause);
        }
        if (monitor.cancelled() && finished.get() < count) throw new CancellationException("cancelled");
    }

    @Override public void close() {
        executor.shutdownNow();
    }
}
