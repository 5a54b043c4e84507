package org.memscape.output;

import java.io.IOException;
import java.nio.file.Path;
import org.memscape.scene.Scene;

/**
 * Paints the landscape as the window does, with no display: the {@code render} command's link to
 * the window's painting code. The launcher hands the implementation in (the headless commands
 * may not touch JavaFX, see ArchitectureTest), so this package never names the app.
 */
public interface PictureRenderer {

    /*
     * The limits of an animation, the same for render and the window's export (which names them
     * here, as this package may not name the app).
     */
    /** An animation has at most this many frames: past a few thousand it is too large to be of use. */
    int MAX_FRAMES = 5000;
    /** An animation's budget in bytes unless every step is asked for: what a slide deck or a course page takes without trouble. */
    long ANIMATION_BUDGET = 10_000_000;
    /** {@link #ANIMATION_BUDGET} as the help text says it. */
    String BUDGET_TEXT = ANIMATION_BUDGET / 1_000_000 + " MB";
    /** GIF delays are counted in hundredths of a second, and viewers slow down anything under 2. */
    int MAX_FPS = 50;

    /** What the file is: a picture, or an animation (GIF or MP4). */
    enum Kind { PNG, GIF, MP4 }

    /**
     * What to paint and where. {@code width}×{@code height} is the picture's layout size,
     * {@code scale} how many pixels per layout pixel the file gets; {@code tau} NaN means the
     * particles' own noise level; an animation shows steps 0..steps, evenly sampled to stay under
     * its budget unless {@code everyStep}.
     */
    record Job(Scene scene, double tau, int steps, Path out, Kind kind, int width, int height, int scale,
               boolean colorbar, boolean caption, int framesPerSecond, boolean loop, boolean everyStep) {}

    /**
     * Writes the file atomically; an IOException means it could not be written (the target is
     * unchanged). {@code notes} hears, before an animation is written, which steps it shows and
     * its expected size, and after, its size.
     */
    void render(Job job, java.io.PrintWriter notes) throws IOException;
}
