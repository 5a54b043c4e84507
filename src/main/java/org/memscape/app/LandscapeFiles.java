package org.memscape.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.memscape.app.export.GifFile;
import org.memscape.app.export.PngFile;
import org.memscape.cli.AtomicFile;
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

    /** A GIF of steps 0..lastStep; an interrupt stops it and leaves no file. */
    static void gif(PictureMaker maker, int lastStep, int framesPerSecond, boolean loop, Provenance about, Path target,
                    PictureMaker.Progress progress) throws IOException, InterruptedException {
        try {
            AtomicFile.write(target, out -> {
                try (GifFile gif = new GifFile(out, framesPerSecond, loop, String.join("; ", about.lines()))) {
                    maker.animation(lastStep, gif::add, progress);
                    gif.finish();
                } catch (InterruptedException e) {
                    throw new Interrupted(e);
                }
            });
        } catch (Interrupted e) {
            throw (InterruptedException) e.getCause();
        }
    }

    /** Carries an interrupt through {@link AtomicFile.Body}, which may throw only IOException. */
    private static final class Interrupted extends IOException {
        Interrupted(InterruptedException cause) { super("cancelled", cause); }
    }
}
