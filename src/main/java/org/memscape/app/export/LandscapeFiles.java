package org.memscape.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.memscape.app.export.AnimationFile;
import org.memscape.app.export.AnimationFormat;
import org.memscape.app.export.AnimationPlan;
import org.memscape.app.export.GifPalette;
import org.memscape.app.export.PngFile;
import org.memscape.files.AtomicFile;
import org.memscape.output.PictureRenderer;
import org.memscape.output.Provenance;

/**
 * The landscape written to files, the same way for the window's exports and for {@code render}:
 * a PNG of one step, or an animation (GIF or MP4) of the steps its plan chose. Both written atomically; background thread.
 */
public final class LandscapeFiles {

    private LandscapeFiles() {}

    static void png(PictureMaker maker, int step, Provenance about, Path target) throws IOException, InterruptedException {
        PngFile.write(maker.still(step), PngFile.text(about, Map.of("Step", Integer.toString(step))), target);
    }

    /**
     * An animation of the plan's steps (a GIF with {@code palette}, or an MP4); an interrupt stops
     * it and leaves no file. Each frame is encoded on a second thread while the next one is
     * painted, one frame at most waiting.
     */
    static void animation(PictureMaker maker, AnimationFormat format, AnimationPlan plan, GifPalette palette, int width, int height,
                          int framesPerSecond, boolean loop, Provenance about, Path target, PictureMaker.Progress progress)
            throws IOException, InterruptedException {
        ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "memscape-animation-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicFile.writeChannel(target, channel -> {
                try (AnimationFile file = format.open(channel, width, height, palette, framesPerSecond, loop, String.join("; ", about.lines()))) {
                    encode(sink -> maker.animation(plan.steps(), sink, progress), file::add, encoder);
                    file.finish();
                } catch (InterruptedException e) {
                    throw new Interrupted(e);
                }
            });
        } catch (Interrupted e) {
            throw (InterruptedException) e.getCause();
        } finally {
            encoder.shutdownNow();   // AtomicFile may fail before the body (which stops it) runs
        }
    }

    /**
     * Measures the run's frames ({@link AnimationProbe}), plans the animation (the steps that fit
     * the budget, or every step) and returns both, before anything is written.
     */
    static Planned plan(PictureMaker maker, AnimationFormat format, int lastStep, int width, int height, int framesPerSecond,
                        boolean everyStep) throws IOException, InterruptedException {
        AnimationProbe.Result measured = AnimationProbe.measure(maker, format, lastStep, width, height, framesPerSecond);
        return new Planned(AnimationPlan.of(lastStep, measured.sizes(), AnimationPlan.BUDGET, everyStep, PictureRenderer.MAX_FRAMES),
                measured.palette(), measured.sizes());
    }

    /** An animation's plan, the GIF's palette (null for an MP4) and the sizes the plan came from (to plan again). */
    record Planned(AnimationPlan plan, GifPalette palette, AnimationPlan.Sizes sizes) {}

    /** Plays an animation into a sink (the picture maker's frames). */
    interface Animation { void play(PictureMaker.FrameSink sink) throws IOException, InterruptedException; }

    /**
     * Hands each frame of {@code animation} to {@code encode} on {@code encoder}'s thread, the next
     * frame painted meanwhile, and shuts {@code encoder} down. Returns (or throws) only once that
     * thread has let go of the sink: the caller then closes the animation's writer (not thread-safe) and
     * AtomicFile deletes the file under it. An encoding failure is the export's failure; one met
     * while the export already fails (a Cancel) is kept with it, suppressed.
     */
    static void encode(Animation animation, PictureMaker.FrameSink encode, ExecutorService encoder)
            throws IOException, InterruptedException {
        List<Future<?>> encoding = new ArrayList<>(1);
        // the failure of a frame whose future was cancelled, which the future itself forgets
        AtomicReference<Throwable> encoderFailure = new AtomicReference<>();
        Throwable failure = null;
        try {
            animation.play(frame -> {
                awaitAll(encoding);
                encoding.add(encoder.submit(() -> {
                    try {
                        encode.accept(frame);
                    } catch (IOException | RuntimeException | Error e) {
                        encoderFailure.compareAndSet(null, e);
                        throw e;
                    }
                    return null;
                }));
            });
            awaitAll(encoding);
        } catch (Interrupted e) {
            failure = e.getCause();
            throw (InterruptedException) e.getCause();
        } catch (Throwable e) {
            failure = e;
            throw e;
        } finally {
            for (Future<?> f : encoding) f.cancel(true);   // a frame not started is dropped
            stop(encoder);
            Throwable lost = encoderFailure.get();
            if (failure != null && lost != null && lost != failure) failure.addSuppressed(lost);
        }
    }

    /**
     * Interrupts the encoder and waits until its thread is out of the writer: ImageIO ignores the
     * interrupt and finishes its frame, which takes as long as encoding one. A Cancel pressed
     * meanwhile cannot shorten that wait (the file would be deleted under the writer); it is kept
     * for the caller.
     */
    private static void stop(ExecutorService encoder) {
        encoder.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (encoder.awaitTermination(1, TimeUnit.HOURS)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Waits for the frames being encoded; an encoding failure is this thread's failure. */
    private static void awaitAll(List<Future<?>> encoding) throws IOException {
        try {
            for (Future<?> f : encoding) f.get();
        } catch (InterruptedException e) {
            throw new Interrupted(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        } finally {
            encoding.clear();
        }
    }

    /** Carries an interrupt through {@link AtomicFile.Body}, which may throw only IOException. */
    private static final class Interrupted extends IOException {
        Interrupted(InterruptedException cause) { super("cancelled", cause); }
    }
}
