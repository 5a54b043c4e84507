package org.memscape.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file atomically: into a temporary file beside the target, then one move. A body that
 * fails, is cancelled or is interrupted leaves the target as it was and no temporary file behind.
 * Every export goes through here (CSV, PNG, GIF, SVG), so none can leave half a file.
 */
public final class AtomicFile {

    /** Writes the file's bytes; may throw anything, which aborts the write. */
    public interface Body { void write(OutputStream out) throws IOException; }

    private AtomicFile() {}

    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) throw new IOException(target + " is a directory");
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            shareable(temp, absolute);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.write(out);
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
     * A temporary file is private to its owner (rw-------); an export is for sharing. The file gets
     * the permissions of the one it replaces, or else rw-r--r--.
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
