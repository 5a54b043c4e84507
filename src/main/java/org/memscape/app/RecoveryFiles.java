package org.memscape.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Recovery copies of unsaved scenes. Each running window writes its own copy, named by its
 * process id, so two windows never overwrite each other's; a copy whose process is gone was left
 * by a program that was killed or crashed, and is offered at the next start. A clean exit removes
 * its own copy. Beside each scene a one-line file names the scene file it came from, if any.
 * File work only: no JavaFX here, so it is tested without a window.
 */
final class RecoveryFiles {

    private static final Pattern NAME = Pattern.compile("recovery-(\\d+)\\.json");

    /** A copy left by a process that is no longer running. */
    record Orphan(Path scene, Path source, FileTime saved) {}

    private final Path dir;
    private final long pid;

    RecoveryFiles(Path dir, long pid) {
        this.dir = dir;
        this.pid = pid;
    }

    /** The user's recovery folder (~/.memscape/recovery, or -Dmemscape.recovery.dir) for this process. */
    static RecoveryFiles forThisProcess() {
        String configured = System.getProperty("memscape.recovery.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".memscape", "recovery");
        return new RecoveryFiles(dir, ProcessHandle.current().pid());
    }

    Path ownScene() { return dir.resolve("recovery-" + pid + ".json"); }

    private static Path sourceOf(Path scene) {
        return scene.resolveSibling(scene.getFileName().toString().replace(".json", ".source"));
    }

    /** Writes this process's copy (atomically, the source line first). */
    void write(Scene scene, Path source) throws IOException {
        Files.createDirectories(dir);
        Path sourceLine = sourceOf(ownScene());
        if (source == null) {
            Files.deleteIfExists(sourceLine);
        } else {
            Files.writeString(sourceLine, source.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        }
        SceneWriter.write(scene, ownScene());
    }

    /** Removes this process's copy: after a clean exit, or once nothing is unsaved. */
    void removeOwn() throws IOException {
        remove(ownScene());
    }

    boolean hasOwn() { return Files.exists(ownScene()); }

    /** Copies whose process has ended, newest first. */
    List<Orphan> orphans() throws IOException {
        List<Orphan> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "recovery-*.json")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches()) continue;
                long owner = Long.parseLong(m.group(1));
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) continue;
                Path sourceLine = sourceOf(file);
                Path source = Files.exists(sourceLine) ? Path.of(Files.readString(sourceLine, StandardCharsets.UTF_8).strip()) : null;
                found.add(new Orphan(file, source, Files.getLastModifiedTime(file)));
            }
        }
        found.sort(Comparator.comparing(Orphan::saved).reversed());
        return found;
    }

    Scene read(Orphan orphan) throws SceneException {
        return SceneReader.read(orphan.scene());
    }

    /** Forgets a copy the user recovered or chose to discard. */
    void remove(Orphan orphan) throws IOException {
        remove(orphan.scene());
    }

    /**
     * Keeps a copy that cannot be read under another name (so no later start offers it again,
     * and nothing the user might still rescue by hand is deleted); returns the new name.
     */
    Path setAside(Orphan orphan) throws IOException {
        Path kept = orphan.scene().resolveSibling("unreadable-" + orphan.scene().getFileName());
        Files.move(orphan.scene(), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(sourceOf(orphan.scene()));
        return kept;
    }

    private static void remove(Path scene) throws IOException {
        Files.deleteIfExists(scene);
        Files.deleteIfExists(sourceOf(scene));
    }
}
