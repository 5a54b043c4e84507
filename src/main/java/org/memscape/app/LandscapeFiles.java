package org.memscape.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.memscape.app.export.GifFile;
import org.memscape.app.export.PngFile;
import org.memscape.scene.AtomicFile;
import org.memscape.cli.Provenance;

/**
 * The landscape written to files, the same way for the window's exports and for {@code render}:
 * a PNG of one step, or a GIF with a frame per step. Both written atomically; background thread.
 */
final class LandscapeFiles {

    private LandscapeFiles() {}

    static void png(PictureMaker maker, int step, Provenance about, Path target) throws IOException, InterruptedException {
        PngFile.write(maker.still(step), PngFile.text(about, Map.of("Step", Integer.toString(step))), target);
    }

    /**
     * A GIF of steps 0..lastStep; an interrupt stops it and leaves no file. Each frame is encoded
     * on a second thread while the next one is painted (the encoding, a palette per frame, takes
     * as long as the painting), one frame at most waiting.
     */
    static void gif(PictureMaker maker, int lastStep, int framesPerSecond, boolean loop, Provenance about, Path target,
                    PictureMaker.Progress progress) throws IOException, InterruptedException {
        ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "memscape-gif-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicFile.write(target, out -> {
                try (GifFile gif = new GifFile(out, framesPerSecond, loop, String.join("; ", about.lines()))) {
                    List<Future<?>> encoding = new ArrayList<>(1);
                    maker.animation(lastStep, frame -> {
                        awaitAll(encoding);
                        encoding.add(encoder.submit(() -> {
                            gif.add(frame);
                            return null;
                        }));
                    }, progress);
                    awaitAll(encoding);
                    gif.finish();
                } catch (InterruptedException e) {
                    throw new Interrupted(e);
                }
            });
        } catch (Interrupted e) {
            throw (InterruptedException) e.getCause();
        } finally {
            encoder.shutdownNow();
        }
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
