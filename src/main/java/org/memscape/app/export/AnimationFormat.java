package org.memscape.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/** The kinds of animation file: GIF (plays anywhere, loops) and MP4 (H.264, what slide programs embed). */
public enum AnimationFormat {
    GIF("gif", "GIF animations", 0),
    MP4("mp4", "MP4 videos (H.264)", Mp4File.KEY_INTERVAL);

    private final String extension;
    private final String description;
    private final int keyInterval;

    AnimationFormat(String extension, String description, int keyInterval) {
        this.extension = extension;
        this.description = description;
        this.keyInterval = keyInterval;
    }

    public String extension() { return extension; }

    public String description() { return description; }

    /** Frames from one whole frame to the next; 0 when only the first is whole (a GIF). */
    public int keyInterval() { return keyInterval; }

    /** The format a file name asks for ("run.MP4" → MP4), or null. */
    public static AnimationFormat forName(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        for (AnimationFormat f : values()) if (name.endsWith("." + f.extension)) return f;
        return null;
    }

    /**
     * A file of this format that only counts what its frames cost ({@link AnimationFile#bytes()}),
     * for an estimate; a GIF needs its palette.
     */
    public AnimationFile measuring(int width, int height, GifPalette palette, int framesPerSecond) throws IOException {
        return switch (this) {
            case GIF -> new GifFile(OutputStream.nullOutputStream(), width, height, palette, framesPerSecond, false, null);
            case MP4 -> new Mp4File(null, width, height, framesPerSecond, null);
        };
    }

    /**
     * A file of this format writing to {@code channel} (an MP4 goes back to patch its sizes); a
     * GIF needs its palette, and only a GIF loops (a video's player decides).
     */
    public AnimationFile open(FileChannel channel, int width, int height, GifPalette palette,
                              int framesPerSecond, boolean loop, String comment) throws IOException {
        return switch (this) {
            // ImageIO's stream buffers what it writes: no buffer needed on the channel
            case GIF -> new GifFile(Channels.newOutputStream(channel), width, height, palette, framesPerSecond, loop, comment);
            case MP4 -> new Mp4File(channel, width, height, framesPerSecond, comment);
        };
    }
}
