package org.memscape.scene;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file atomically: into a temporary file beside the target, forced to the disk, then one
 * move. A body that fails, is cancelled or is interrupted, or a crash or power cut, leaves the
 * target as it was (or whole and new) and no temporary file behind. Every file the program writes
 * goes through here (scenes, recovery copies, CSV, PNG, GIF, SVG), so none can be left half written.
 */
public final class AtomicFile {

    /** Writes the file's bytes; may throw anything, which aborts the write. */
    public interface Body { void write(OutputStream out) throws IOException; }

    /** Writes the file through its channel, for writers that go back to patch what they wrote (an MP4's sizes). */
    public interface ChannelBody { void write(FileChannel channel) throws IOException; }

    private AtomicFile() {}

    public static void write(Path target, Body body) throws IOException {
        writeChannel(target, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            body.write(out);
            out.flush();
        });
    }

    public static void writeChannel(Path target, ChannelBody body) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) throw new IOException(target + " is a directory");
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            shareable(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                body.write(channel);
                channel.force(true);   // the bytes are on the disk before the name points at them
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);   // still there only if something failed before the move
        }
    }

    /**
     * A temporary file is private to its owner (rw-------); a saved scene or an export is for
     * sharing. The file gets the permissions of the one it replaces, or else rw-r--r--.
     */
    private static void shareable(Path temp, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the temporary file has the directory's usual permissions already
        }
    }
}
