package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/** An animation written frame by frame: a GIF or an MP4. */
public interface AnimationFile extends Closeable {

    /** Adds the next frame (all frames have the animation's size). */
    void add(BufferedImage frame) throws IOException;

    /** What the frames so far cost in bytes: an animation's size is known, or estimated, from it. */
    long bytes() throws IOException;

    /** Ends the animation; the file is complete only after this. */
    void finish() throws IOException;
}
