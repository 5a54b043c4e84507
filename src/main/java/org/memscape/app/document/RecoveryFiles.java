package org.memscape.app.document;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneWriter;

/**
 * Recovery copies of unsaved scenes. Each running window writes its own copy, named for this
 * launch, so two windows never overwrite each other's, and holds a lock on a file beside it for
 * as long as it runs: the operating system drops the lock when the process dies, however it
 * dies, so a copy whose lock is free was left by a program that was killed or crashed and is
 * offered at the next start (process ids are no guide: a container gives every start the same
 * one). A clean exit removes its own copy. Beside each scene a one-line file names the scene
 * file it came from, if any. File work only: no JavaFX here, so it is tested without a window.
 */
public final class RecoveryFiles implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("recovery-([0-9a-z-]+)\\.json");

    /** A copy left by a process that is no longer running. */
    public record Orphan(Path scene, Path source, FileTime saved) {}

    private final Path dir;
    private final String id;
    private FileChannel lockChannel;
    private FileLock lock;

    RecoveryFiles(Path dir, String id) {
        this.dir = dir;
        this.id = id;
    }

    /** The user's recovery folder (~/.memscape/recovery, or -Dmemscape.recovery.dir), for this launch. */
    public static RecoveryFiles forThisLaunch() {
        String configured = System.getProperty("memscape.recovery.dir");
        return in(configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".memscape", "recovery"));
    }

    /** This launch's copies in {@code dir} (a test's folder). */
    public static RecoveryFiles in(Path dir) {
        return new RecoveryFiles(dir, ProcessHandle.current().pid() + "-" + Long.toString(System.currentTimeMillis(), 36));
    }

    Path ownScene() { return dir.resolve("recovery-" + id + ".json"); }

    private static Path sibling(Path scene, String extension) {
        return scene.resolveSibling(scene.getFileName().toString().replaceFirst("\\.json$", extension));
    }

    /** Takes this launch's lock: from now until {@link #close}, or the process's end, no start offers our copy. */
    void claim() throws IOException {
        if (lock != null) return;
        Files.createDirectories(dir);
        lockChannel = FileChannel.open(sibling(ownScene(), ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
    }

    /** Writes this launch's copy (the source line first, then the scene, each atomically). */
    void write(Scene scene, Path source) throws IOException {
        claim();
        Path sourceLine = sibling(ownScene(), ".source");
        if (source == null) {
            Files.deleteIfExists(sourceLine);
        } else {
            byte[] line = source.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
            org.memscape.files.AtomicFile.write(sourceLine, out -> out.write(line));
        }
        SceneWriter.write(scene, ownScene());
    }

    /** Removes this launch's copy: once nothing is unsaved. */
    void removeOwn() throws IOException {
        remove(ownScene());
    }

    boolean hasOwn() { return Files.exists(ownScene()); }

    /** A clean exit: the copy, the lock and its file go. */
    @Override public void close() throws IOException {
        removeOwn();
        if (lockChannel != null) {
            lockChannel.close();   // releases the lock
            Files.deleteIfExists(sibling(ownScene(), ".lock"));
            lockChannel = null;
            lock = null;
        }
    }

    /** Copies whose process has ended, newest first. */
    List<Orphan> orphans() throws IOException {
        List<Orphan> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "recovery-*.json")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches() || m.group(1).equals(id) || running(sibling(file, ".lock"))) continue;
                Path sourceLine = sibling(file, ".source");
                Path source = Files.exists(sourceLine) ? Path.of(Files.readString(sourceLine, StandardCharsets.UTF_8).strip()) : null;
                found.add(new Orphan(file, source, Files.getLastModifiedTime(file)));
            }
        }
        found.sort(Comparator.comparing(Orphan::saved).reversed());
        sweepLocks();
        return found;
    }

    /** A killed launch that had nothing unsaved leaves only its lock file: those go. */
    private void sweepLocks() throws IOException {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(dir, "recovery-*.lock")) {
            for (Path lockFile : locks) {
                Path scene = lockFile.resolveSibling(lockFile.getFileName().toString().replaceFirst("\\.lock$", ".json"));
                if (!scene.equals(ownScene()) && !Files.exists(scene) && !running(lockFile)) Files.deleteIfExists(lockFile);
            }
        }
    }

    /** True while the process that wrote the copy holds its lock. */
    private static boolean running(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) return true;
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;   // held by this very JVM (another window of it)
        }
    }

    Scene read(Orphan orphan) throws SceneException {
        return SceneReader.read(orphan.scene());
    }

    /**
     * Makes a recovered copy this launch's own, by moving it: until the recovered work is saved,
     * a second crash leaves it to be offered again.
     */
    void adopt(Orphan orphan) throws IOException {
        claim();
        Path sourceLine = sibling(orphan.scene(), ".source");
        if (Files.exists(sourceLine)) {
            Files.move(sourceLine, sibling(ownScene(), ".source"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(orphan.scene(), ownScene(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(sibling(orphan.scene(), ".lock"));
    }

    /** Forgets a copy the user chose to discard. */
    void remove(Orphan orphan) throws IOException {
        remove(orphan.scene());
        Files.deleteIfExists(sibling(orphan.scene(), ".lock"));
    }

    /**
     * Keeps a copy that cannot be read under another name (so no later start offers it again,
     * and nothing the user might still rescue by hand is deleted); returns the new name.
     */
    Path setAside(Orphan orphan) throws IOException {
        Path kept = orphan.scene().resolveSibling("unreadable-" + orphan.scene().getFileName());
        Files.move(orphan.scene(), kept, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(sibling(orphan.scene(), ".source"));
        Files.deleteIfExists(sibling(orphan.scene(), ".lock"));
        return kept;
    }

    private static void remove(Path scene) throws IOException {
        Files.deleteIfExists(scene);
        Files.deleteIfExists(sibling(scene, ".source"));
    }
}
