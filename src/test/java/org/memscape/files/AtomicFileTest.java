package org.memscape.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing never destroys what is not a regular file: a FIFO's reader gets the bytes, a device
 * stays a device, a symbolic link stays a link and its target gets the new contents. A failed
 * write names the target's folder, never the temporary file.
 */
class AtomicFileTest {

    @TempDir Path dir;

    private static void write(Path target, String text) throws IOException {
        AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The file type as {@code stat} says it (Unix mode bits), not following links. */
    private static int type(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    private static final int FIFO = 0010000, CHARACTER_DEVICE = 0020000;

    private static void make(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot run " + String.join(" ", command) + ": " + said);
    }

    @Test
    void aFifosReaderGetsTheBytesAndTheFifoStays() throws Exception {
        Path fifo = dir.resolve("pipe");
        make("mkfifo", fifo.toString());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        write(fifo, "x,y\n1,2\n");
        assertEquals("x,y\n1,2\n", reader.get(30, TimeUnit.SECONDS));
        assertEquals(FIFO, type(fifo), "still a FIFO");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aDeviceIsWrittenToAndStaysADevice() throws Exception {
        Path device = dir.resolve("null");
        make("mknod", device.toString(), "c", "1", "3");   // the same device as /dev/null
        write(device, "discarded");
        assertEquals(CHARACTER_DEVICE, type(device), "still a character device, not replaced by a regular file");
    }

    @Test
    void aFullDeviceIsAnErrorAndStaysADevice() throws Exception {
        Path full = dir.resolve("full");
        make("mknod", full.toString(), "c", "1", "7");   // /dev/full: every write fails with ENOSPC
        IOException e = assertThrows(IOException.class, () -> write(full, "x".repeat(100_000)));
        assertTrue(e.getMessage().contains("no space left"), e.getMessage());
        assertEquals(CHARACTER_DEVICE, type(full));
    }

    @Test
    void aSymlinkStaysALinkAndItsTargetIsReplaced() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, real.getFileName());   // relative, as ln -s makes them
        write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aLinkToAFileNotYetThereCreatesThatFile() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, sub.resolve("made.csv"));
        write(link, "a");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("a", Files.readString(sub.resolve("made.csv")));
    }

    @Test
    void aMissingFolderIsNamedNotTheTemporaryFile() {
        Path target = dir.resolve("gone/x.json");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> write(target, "x"));
        assertEquals("the folder " + dir.resolve("gone") + " does not exist", e.getMessage());
    }

    @Test
    void aReadOnlyFolderIsNamedNotTheTemporaryFile() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "root may write anywhere");
            AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> write(ro.resolve("x.json"), "x"));
            assertEquals("no permission to write in the folder " + ro, e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aRefusalAboutTheTemporaryFileIsSaidAboutTheFolder() {
        Path folder = dir.resolve("ro");
        IOException said = AtomicFile.plain(new AccessDeniedException(folder.resolve(".x.json123.tmp").toString()), folder);
        assertTrue(said instanceof AccessDeniedException);
        assertEquals("no permission to write in the folder " + folder, said.getMessage());
        IOException full = AtomicFile.plain(new java.nio.file.FileSystemException(folder.resolve(".x.json1.tmp").toString(), null,
                "No space left on device"), folder);
        assertEquals("no space left on device", full.getMessage());
    }
}
