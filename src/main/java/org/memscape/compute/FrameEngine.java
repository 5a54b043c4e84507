package org.memscape.compute;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The frame pipeline of one view. {@link #submit} replaces any request not yet started and
 * cancels the one in flight (its kernels stop between rows), so the newest request always wins
 * and frames never queue; one worker thread computes, with the field kernels split over a pool
 * of all cores. Finished frames are published for {@link #takeLatest}; three reusable frames
 * circulate (one shown, one published, one being computed), so a steady state allocates no
 * field arrays. {@link #close} stops every thread the engine started.
 */
public final class FrameEngine implements AutoCloseable {

    private static final int FRAMES = 3;
    /** Streamlines follow the force sampled on this grid over the view (bilinear in between). */
    static final int STREAMLINE_GRID = 64;

    private final ForkJoinPool pool;
    private final FieldEvaluator heatmapKernel;
    private final FieldEvaluator arrowKernel;
    private final FieldEvaluator streamlineKernel;
    private final FieldBuffer streamlineForce = new FieldBuffer();   // worker thread only
    private final StreamlineTracer tracer = new StreamlineTracer();
    private final ContourLevels levels = new ContourLevels();
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final ArrayBlockingQueue<Frame> free = new ArrayBlockingQueue<>(FRAMES);
    private final Consumer<Frame> onPublished;
    private final Thread worker;
    private volatile boolean closed;

    // Owned by the worker thread alone.
    private Scene particleScene;
    private long runId;
    /**
     * The run as the user saw it: a timeline from the start, then one more from each step where
     * an edit of the landscape let the particles go on; each begins where the one before was.
     */
    private final java.util.List<Timeline> segments = new java.util.ArrayList<>();
    private int current;

    private record Pending(FrameRequest request, long submittedNanos) {}

    /** @param onPublished told (on the worker thread) each time a frame is published; may be a no-op */
    public FrameEngine(int threads, Consumer<Frame> onPublished) {
        this.pool = new ForkJoinPool(threads);
        this.heatmapKernel = new FieldEvaluator(pool);
        this.arrowKernel = new FieldEvaluator(pool);
        this.streamlineKernel = new FieldEvaluator(pool);
        this.onPublished = Objects.requireNonNull(onPublished);
        for (int i = 0; i < FRAMES; i++) free.add(new Frame());
        this.worker = new Thread(this::work, "memscape-engine");
        worker.setDaemon(true);
        worker.start();
    }

    public FrameEngine(Consumer<Frame> onPublished) {
        this(Runtime.getRuntime().availableProcessors(), onPublished);
    }

    /** Asks for a frame; a request not yet started, or in flight, is dropped in its favour. */
    public void submit(FrameRequest request) {
        if (closed) throw new IllegalStateException("the engine is closed");
        pending.set(new Pending(request, System.nanoTime()));
        LockSupport.unpark(worker);
    }

    /** The newest published frame not yet taken, or null. The caller owns it until {@link #release}. */
    public Frame takeLatest() {
        return latest.getAndSet(null);
    }

    /** Hands a frame back for reuse. */
    public void release(Frame frame) {
        if (frame != null) free.offer(frame);
    }

    /** True while a request waits or is being computed. */
    public boolean busy() {
        return pending.get() != null || working;
    }

    private volatile boolean working;
    private volatile Failure failed;
    /** The frame being filled, handed back if its computation fails. Worker thread only. */
    private Frame inHand;

    /** A request the engine could not answer, and why. */
    public record Failure(FrameRequest request, String reason) {}

    /** The last request that failed, or null: a view stops waiting for it. */
    public Failure lastFailure() {
        return failed;
    }

    @Override public void close() {
        closed = true;
        LockSupport.unpark(worker);
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    private void work() {
        while (!closed) {
            working = true;   // before taking the request, so that busy() never reads false in between
            Pending next = pending.getAndSet(null);
            if (next == null) {
                working = false;
                if (pending.get() == null) LockSupport.park(this);
                continue;
            }
            try {
                compute(next);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                // A scene the core refuses (a bug: scenes are validated) or one too large: keep the last
                // good frame, say which request failed, and stay alive for the next one.
                failed = new Failure(next.request(), String.valueOf(e.getMessage() == null ? e : e.getMessage()));
                System.err.println("memscape: engine: " + e);
            } finally {
                if (inHand != null) free.offer(inHand);
                inHand = null;
                working = false;
            }
        }
    }

    private boolean superseded() {
        return closed || pending.get() != null;
    }

    private void compute(Pending p) {
        FrameRequest request = p.request();
        EnergyModel model = SceneSetup.model(request.scene());
        Frame frame = freeFrame();
        inHand = frame;
        long t0 = System.nanoTime();
        stepParticles(request, model, frame);
        long t1 = System.nanoTime();
        double tau = !model.timeDependent() ? Double.NaN
                : Double.isNaN(request.tau()) ? frame.tau : request.tau();
        frame.tau = tau;
        Cancellation cancel = this::superseded;
        if (request.interactive() && request.heatmap().size() >= 4 * FrameRequest.COARSE_FACTOR) {
            Grid coarse = request.heatmap().withSize(request.heatmap().size() / FrameRequest.COARSE_FACTOR);
            if (!fillField(frame, model, tau, request, coarse, cancel)) return;   // inHand goes back
            frame.coarse = true;
            inHand = null;
            publish(frame, p, t1 - t0, System.nanoTime() - t1);
            if (superseded()) return;
            Frame full = freeFrame();
            inHand = full;
            copyParticles(frame, full);
            frame = full;
            t1 = System.nanoTime();
        }
        if (!fillField(frame, model, tau, request, request.heatmap(), cancel)) return;
        frame.coarse = false;
        inHand = null;
        publish(frame, p, t1 - t0, System.nanoTime() - t1);
    }

    /** Fills the heatmap, arrows, streamlines, range and levels; false if superseded on the way. */
    private boolean fillField(Frame frame, EnergyModel model, double tau, FrameRequest request, Grid grid, Cancellation cancel) {
        heatmapKernel.evaluate(model, tau, grid, false, frame.heatmap, cancel);
        if (cancel.cancelled()) return false;
        if (request.arrows() > 0) {
            arrowKernel.evaluate(model, tau, grid.withSize(request.arrows()), true, frame.arrows, cancel);
        }
        if (cancel.cancelled()) return false;
        frame.streamlines.clear();
        if (request.streamlines()) {
            streamlineKernel.evaluate(model, tau, grid.withSize(STREAMLINE_GRID), true, streamlineForce, cancel);
            if (cancel.cancelled()) return false;
            tracer.trace(streamlineForce, frame.streamlines);
        }
        levels.compute(frame.heatmap.energy(), grid.size(), frame);
        return true;
    }

    private void stepParticles(FrameRequest request, EnergyModel model, Frame frame) {
        Scene scene = request.scene();
        if (segments.isEmpty() || request.run() != runId || !sameStart(scene, particleScene)) {
            // A new run: the scene's particles from their start.
            segments.clear();
            segments.add(new Timeline(ParticleRun.of(scene, pool)));
            current = 0;
        } else if (!sameParticles(scene, particleScene)) {
            // Memories or model edited mid-run: the particles go on from where they are, in the new
            // landscape. The run so far stays as it was, so stepping back shows what the user saw;
            // an edit in the past drops the later continuations.
            Timeline at = segments.get(current);
            segments.subList(current + 1, segments.size()).clear();
            if (at.step() == 0) {
                segments.clear();   // nothing has happened yet: the edited scene's own run
                segments.add(new Timeline(ParticleRun.of(scene, pool)));
            } else {
                segments.add(new Timeline(at.run().continueIn(scene, model)));
            }
        }
        particleScene = scene;
        runId = request.run();
        current = 0;
        for (int k = 1; k < segments.size(); k++) if (segments.get(k).first() <= request.step()) current = k;
        Timeline timeline = segments.get(current);
        timeline.seek(request.step(), this::superseded);
        ParticleRun run = timeline.run();
        int n = run.count();
        if (frame.particleXY.length < 2 * n) frame.particleXY = new float[2 * n];
        if (frame.particleEnergy.length < n) frame.particleEnergy = new float[n];
        run.positions(frame.particleXY);
        run.energies(frame.particleEnergy);
        frame.particleCount = n;
        frame.step = run.step();
        frame.tau = run.tau();
    }

    /** Same dynamics and same starting particles: an edit of memories or model may continue the run. */
    private static boolean sameStart(Scene a, Scene b) {
        boolean domainMatters = !(a.particles().init() instanceof org.memscape.scene.ParticleSpec.Init.Points);
        return a.dynamics().equals(b.dynamics()) && a.particles().equals(b.particles())
                && (!domainMatters || a.domain().equals(b.domain()));
    }

    /** The particles' run depends on everything but the title and description. */
    private static boolean sameParticles(Scene a, Scene b) {
        return sameStart(a, b) && a.memories().equals(b.memories()) && a.model().equals(b.model());
    }

    private static void copyParticles(Frame from, Frame to) {
        int n = from.particleCount;
        if (to.particleXY.length < 2 * n) to.particleXY = new float[2 * n];
        if (to.particleEnergy.length < n) to.particleEnergy = new float[n];
        System.arraycopy(from.particleXY, 0, to.particleXY, 0, 2 * n);
        System.arraycopy(from.particleEnergy, 0, to.particleEnergy, 0, n);
        to.particleCount = n;
        to.step = from.step;
        to.tau = from.tau;
    }

    /** A frame to fill: a released one, or else the published one nobody took. */
    private Frame freeFrame() {
        Frame f = free.poll();
        if (f == null) f = latest.getAndSet(null);
        while (f == null) {
            // Every frame is out (a view holding two): wait for one to come back.
            if (closed) throw new IllegalStateException("the engine is closed");
            try {
                f = free.poll(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (f == null) f = latest.getAndSet(null);
        }
        return f;
    }

    private void publish(Frame frame, Pending p, long particleNanos, long fieldNanos) {
        frame.request = p.request();
        frame.submittedNanos = p.submittedNanos();
        frame.particleNanos = particleNanos;
        frame.fieldNanos = fieldNanos;
        frame.readyNanos = System.nanoTime();
        Frame stale = latest.getAndSet(frame);
        if (stale != null) free.offer(stale);
        onPublished.accept(frame);
    }
}
