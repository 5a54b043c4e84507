package org.memscape.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.ChildJvm;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Autosave and recovery: a copy left by a killed process is offered at the next start and opens
 * as unsaved work; a running process's copy is not; a clean exit or a save leaves none.
 * The killed process is real: another JVM writes its copy and is killed.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    @TempDir Path dir;

    @Start
    void start(Stage stage) { }

    private static Scene scene() throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"title\": \"Two\", \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}]}", "t");
    }

    /** The other JVM: writes its recovery copy of {@code args[2]}'s scene, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        Scene scene = scene().withMemories(List.of(new MemorySpec.Point(Double.parseDouble(args[2]), -0.25)));
        new RecoveryFiles(Path.of(args[0]), "killed").write(scene, Path.of(args[1]));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }

    /** Runs a Memscape-like process that autosaves a scene (a point at x) and kills it: what a crash leaves behind. */
    private void killedProcessLeavesCopy(double x, Path source) throws Exception {
        Process p = ChildJvm.start(RecoveryTest.class, dir.toString(), source.toString(), Double.toString(x));
        ChildJvm.awaitLine(p, "ready");
        p.destroyForcibly();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
    }

    /** A copy whose lock file is gone (as after a crash on a file system that kept no lock). */
    private void leftBehind(String id, Scene scene) throws Exception {
        org.memscape.scene.SceneWriter.write(scene, dir.resolve("recovery-" + id + ".json"));
    }


    @Test
    void theCopyOfAKilledProcessIsOfferedAndOpensAsUnsavedWork() throws Exception {
        Scene edited = scene().withMemories(List.of(new MemorySpec.Point(0.5, -0.25)));
        Path source = dir.resolve("lecture.json");
        killedProcessLeavesCopy(0.5, source);

        RecoveryFiles nextStart = new RecoveryFiles(dir, "next");
        assertEquals(1, nextStart.orphans().size());
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        List<String> said = new ArrayList<>();
        FileActions files = new FileActions(null, document, file, said::add, () -> { });
        List<Scene> offered = new ArrayList<>();
        onFx(() -> {
            RecoveryOffer.offer(nextStart, (orphan, s) -> offered.add(s), files, said::add);
            return null;
        });
        assertEquals(List.of(edited), offered);
        assertEquals(edited, document.scene());
        assertTrue(file.unsaved(), "recovered work counts as unsaved");
        assertEquals(source.toAbsolutePath(), file.path());
        assertTrue(said.get(said.size() - 1).startsWith("Recovered"), said.toString());
        assertTrue(nextStart.orphans().isEmpty(), "an offered copy is not offered twice");
        assertEquals(edited, SceneReader.read(nextStart.ownScene()), "the copy is kept, as ours, until the work is saved");
        nextStart.close();
    }

    @Test
    void aKilledLaunchWithNothingUnsavedLeavesNoFileForLong() throws Exception {
        Files.createFile(dir.resolve("recovery-gone.lock"));   // its process held it, then was killed
        RecoveryFiles running = new RecoveryFiles(dir, "running");
        running.claim();
        assertTrue(new RecoveryFiles(dir, "next").orphans().isEmpty());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("recovery-running.lock")), left.toList(), "the dead launch's lock file is swept, a live one stays");
        }
        running.close();
    }

    @Test
    void declinedCopiesAreDeletedAndTheSceneStays() throws Exception {
        leftBehind("old", scene().withMemories(List.of(new MemorySpec.Point(2, 2))));
        RecoveryFiles nextStart = new RecoveryFiles(dir, "next");
        Document document = new Document(scene());
        FileActions files = new FileActions(null, document, new SceneFile(document), s -> { }, () -> { });
        onFx(() -> {
            RecoveryOffer.offer(nextStart, (orphan, s) -> false, files, s -> { });
            return null;
        });
        assertEquals(scene(), document.scene());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aRunningWindowsCopyIsNotOfferedAndItsCleanExitRemovesIt() throws Exception {
        RecoveryFiles running = new RecoveryFiles(dir, "running");
        running.write(scene(), null);
        assertTrue(new RecoveryFiles(dir, "other").orphans().isEmpty());
        running.close();
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "copy, source line and lock are gone");
        }
    }

    @Test
    void anUnreadableCopyIsSetAsideNotDeleted() throws Exception {
        String dead = "crashed";
        Files.writeString(dir.resolve("recovery-" + dead + ".json"), "{\"memscape\": 1, \"memories\": [");
        Document document = new Document(scene());
        List<String> said = new ArrayList<>();
        FileActions files = new FileActions(null, document, new SceneFile(document), said::add, () -> { });
        onFx(() -> {
            RecoveryOffer.offer(new RecoveryFiles(dir, "next"), (orphan, s) -> true, files, said::add);
            return null;
        });
        assertEquals(scene(), document.scene());
        assertTrue(Files.exists(dir.resolve("unreadable-recovery-" + dead + ".json")));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("could not be read"), said.get(0));
        assertTrue(new RecoveryFiles(dir, "next").orphans().isEmpty());
    }

    @Test
    void autosaveCopiesUnsavedChangesAndACleanExitRemovesTheCopy() throws Exception {
        RecoveryFiles copies = new RecoveryFiles(dir, "this");
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        Autosave autosave = onFx(() -> new Autosave(copies, document, file, s -> { }));

        onFx(autosave::tick).get(10, TimeUnit.SECONDS);
        assertFalse(copies.hasOwn(), "nothing unsaved, no copy");

        Scene edited = scene().withMemories(List.of(new MemorySpec.Point(0.75, 0.75)));
        onFx(() -> {
            document.edit(s -> edited);
            return null;
        });
        onFx(autosave::tick).get(10, TimeUnit.SECONDS);
        assertEquals(edited, SceneReader.read(copies.ownScene()));

        onFx(() -> {
            file.saveTo(dir.resolve("saved.json"));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !copies.hasOwn());   // at once, not at the next tick

        Scene again = scene();
        onFx(() -> {
            document.edit(s -> again);
            return null;
        });
        onFx(autosave::tick).get(10, TimeUnit.SECONDS);
        assertTrue(copies.hasOwn());
        onFx(() -> {
            autosave.stop();
            return null;
        });
        assertFalse(copies.hasOwn(), "a clean exit removes the copy");
    }
}
