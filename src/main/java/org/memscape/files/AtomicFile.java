package org.memscape.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file atomically: into a temporary file beside the target, forced to the disk, then one
 * move. A body that fails, is cancelled or is interrupted, or a crash or power cut, leaves the
 * target as it was (or whole and new) and no temporary file behind. Every file the program writes
 * goes through here (scenes, recovery copies, CSV, PNG, GIF, SVG), so none can be left half written.
 *
 * <p>Only a regular file is replaced. A symbolic link is followed and the file it points to is
 * replaced (the link stays a link); an existing device or FIFO ({@code /dev/null}, a named pipe)
 * is written directly, streaming, as a shell's {@code >} would: moving a file over it would
 * destroy it, and its reader would get nothing. Failures are said in the user's terms (the
 * target or its folder, the system's reason), never naming the temporary file.
 */
public final class AtomicFile {

    /** Writes the file's bytes; may throw anything, which aborts the write. */
    public interface Body { void write(OutputStream out) throws IOException; }

    /** Writes the file through its channel, for writers that go back to patch what they wrote (an MP4's sizes). */
    public interface ChannelBody { void write(FileChannel channel) throws IOException; }

    /** As many links in a row as Linux follows before it gives up (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {}

    public static void write(Path target, Body body) throws IOException {
        writeChannel(target, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            body.write(out);
            out.flush();
        });
    }

    public static void writeChannel(Path target, ChannelBody body) throws IOException {
        Path absolute = resolveLinks(target.toAbsolutePath());
        BasicFileAttributes existing = attributes(absolute);
        if (existing != null && existing.isDirectory()) throw new FileSystemException(null, null, target + " is a folder");
        if (existing != null && existing.isOther()) {
            writeInPlace(absolute, body);
            return;
        }
        Path folder = absolute.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        } catch (IOException e) {
            throw plain(e, folder);
        }
        try {
            shareable(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                body.write(channel);
                channel.force(true);   // the bytes are on the disk before the name points at them
            } catch (FileSystemException e) {
                throw plain(e, folder);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileSystemException e) {
                throw plain(e, folder);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);   // still there only if something failed before the move
            } catch (IOException gone) {
                // the folder itself went away meanwhile: nothing is left to clean
            }
        }
    }

    /**
     * The path with symbolic links at its end followed, also to a file that does not exist yet
     * (a link made before its target): the file to replace is the one the link names.
     */
    static Path resolveLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) throw new FileSystemException(null, null, path + ": too many levels of symbolic links");
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        return p;
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * A device or a FIFO: written as it is, never created, truncated, moved over or deleted (a
     * writer that seeks back, as MP4's does, fails there with the system's reason).
     */
    private static void writeInPlace(Path target, ChannelBody body) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            body.write(channel);
        } catch (IOException e) {
            throw plain(e, target.getParent());
        }
    }

    /**
     * The same kind of failure (callers tell a missing folder from a refused one by the type),
     * with a message in the user's terms: the folder or the file, and the system's reason.
     */
    static IOException plain(IOException e, Path folder) {
        if (e.getClass() == IOException.class && e.getMessage() != null && !e.getMessage().isBlank()) {
            return withCause(new IOException(lowerFirst(e.getMessage().strip())), e);   // the system's reason, e.g. from a device
        }
        if (!(e instanceof FileSystemException fse)) return e;   // the body's own failure (a cancel): as it is
        if (e instanceof NoSuchFileException) {
            return withCause(new NoSuchFileException(null, null, "the folder " + folder + " does not exist"), e);
        }
        if (e instanceof AccessDeniedException) {
            return withCause(new AccessDeniedException(null, null, "no permission to write in the folder " + folder), e);
        }
        String reason = fse.getReason() == null || fse.getReason().isBlank() ? "the system refused it" : fse.getReason().strip();
        return withCause(new FileSystemException(null, null, lowerFirst(reason)), e);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static IOException withCause(IOException plain, IOException cause) {
        plain.initCause(cause);
        return plain;
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
