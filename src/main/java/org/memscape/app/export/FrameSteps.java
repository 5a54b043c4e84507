package org.memscape.app.export;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.memscape.compute.Frame;
import org.memscape.compute.FrameEngine;
import org.memscape.compute.FrameRequest;

/**
 * The window's frame engine used one request at a time, for exports: {@link #compute} asks for a
 * frame and waits for it (on a background thread, never the FX thread). Its own engine, so an
 * export neither waits for nor disturbs the window's.
 */
final class FrameSteps implements AutoCloseable {

    private final Semaphore published = new Semaphore(0);
    private final FrameEngine engine = new FrameEngine(f -> published.release());

    /** The frame answering {@code request}; hand it back with {@link #release}. */
    Frame compute(FrameRequest request) throws InterruptedException {
        published.drainPermits();
        engine.submit(request);
        while (true) {
            if (published.tryAcquire(20, TimeUnit.MILLISECONDS)) {
                Frame frame = engine.takeLatest();
                if (frame != null && frame.request() == request) return frame;
                engine.release(frame);
            } else {
                FrameEngine.Failure failure = engine.lastFailure();
                if (failure != null && failure.request() == request) throw new IllegalStateException("could not compute the scene: " + failure.reason());
            }
        }
    }

    void release(Frame frame) {
        engine.release(frame);
    }

    @Override public void close() {
        engine.close();
    }
}
