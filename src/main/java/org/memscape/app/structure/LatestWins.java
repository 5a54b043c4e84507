package org.memscape.app.structure;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.memscape.compute.Cancellation;

/**
 * One background thread that answers the newest request only, as the frame engine does: a
 * request submitted while another is computed cancels it (the computation stops at its next
 * check), and one not yet started is replaced. What a computation hands to {@code publish}
 * waits in {@link #take} for the FX thread's next pulse; a newer answer replaces an older one.
 *
 * @param <Q> the request
 * @param <R> an answer (a computation may hand over several, coarse then finer)
 */
final class LatestWins<Q, R> implements AutoCloseable {

    /** A computation: hands its answers to {@code publish}; throws or returns when {@code cancel} says so. */
    interface Job<Q, R> {
        void run(Q request, java.util.function.Consumer<R> publish, Cancellation cancel) throws Exception;
    }

    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicReference<R> answer = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Job<Q, R> job;
    private final Thread worker;
    private volatile boolean closed;
    private volatile boolean working;

    LatestWins(String name, Job<Q, R> job) {
        this.job = job;
        this.worker = new Thread(this::work, "memscape-" + name);
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);   // the frames of the landscape come first
        worker.start();
    }

    void submit(Q request) {
        pending.set(request);
        LockSupport.unpark(worker);
    }

    /** The newest answer not yet taken, or null. */
    R take() {
        return answer.getAndSet(null);
    }

    /** The last failure's message, once, or null. */
    String takeFailure() {
        return failure.getAndSet(null);
    }

    /** True while a request waits, is computed, or its answer waits to be taken. */
    boolean busy() {
        return working || pending.get() != null || answer.get() != null;
    }

    private void work() {
        while (!closed) {
            working = true;
            Q request = pending.getAndSet(null);
            if (request == null) {
                working = false;
                if (pending.get() == null && !closed) LockSupport.park(this);
                continue;
            }
            Cancellation cancel = () -> closed || pending.get() != null;
            try {
                job.run(request, a -> {
                    if (!cancel.cancelled()) answer.set(a);
                }, cancel);
            } catch (java.util.concurrent.CancellationException e) {
                // superseded: the newer request is next
            } catch (Exception | StackOverflowError e) {
                if (!cancel.cancelled()) failure.set(e.getMessage() == null ? e.toString() : e.getMessage());
            }
            working = false;
        }
    }

    @Override public void close() {
        closed = true;
        LockSupport.unpark(worker);
    }
}
