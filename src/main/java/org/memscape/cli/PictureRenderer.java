package org.memscape.cli;

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
     * The limits of a GIF, the same for render and the window's export (which names them here, as
     * this package may not name the app).
     */
    /** A GIF has a frame per step (0..steps): past a few thousand it is too large to be of use. */
    int MAX_GIF_FRAMES = 5000;
    /** GIF delays are counted in hundredths of a second, and viewers slow down anything under 2. */
    int MAX_FPS = 50;

    /**
     * What to paint and where. {@code width}×{@code height} is the picture's layout size,
     * {@code scale} how many pixels per layout pixel the file gets; {@code tau} NaN means the
     * particles' own noise level; a GIF has one frame per step 0..steps.
     */
    record Job(Scene scene, double tau, int steps, Path out, boolean gif, int width, int height, int scale,
               boolean colorbar, boolean caption, int framesPerSecond, boolean loop) {}

    /** Writes the file atomically; an IOException means it could not be written (the target is unchanged). */
    void render(Job job) throws IOException;
}
