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
