package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    @TempDir Path dir;

    @Start
    void start(Stage stage) { }

    private static Scene scene() throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"title\": \"Two\", \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}]}", "t");
    }

    /** The id of a process that has ended: what a killed Memscape leaves behind. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        p.onExit().get(10, TimeUnit.SECONDS);
        return p.pid();
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theCopyOfAKilledProcessIsOfferedAndOpensAsUnsavedWork() throws Exception {
        Scene edited = scene().withMemories(List.of(new MemorySpec.Point(0.5, -0.25)));
        Path source = dir.resolve("lecture.json");
        new RecoveryFiles(dir, deadPid()).write(edited, source);   // then the process was killed

        RecoveryFiles nextStart = new RecoveryFiles(dir, ProcessHandle.current().pid() + 1_000_000_000L);
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
    }

    @Test
    void declinedCopiesAreDeletedAndTheSceneStays() throws Exception {
        new RecoveryFiles(dir, deadPid()).write(scene().withMemories(List.of(new MemorySpec.Point(2, 2))), null);
        RecoveryFiles nextStart = new RecoveryFiles(dir, 1);
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
    void aRunningProcesssCopyIsNotOffered() throws Exception {
        new RecoveryFiles(dir, ProcessHandle.current().pid()).write(scene(), null);
        assertTrue(new RecoveryFiles(dir, deadPid()).orphans().isEmpty());
    }

    @Test
    void anUnreadableCopyIsSetAsideNotDeleted() throws Exception {
        long dead = deadPid();
        Files.writeString(dir.resolve("recovery-" + dead + ".json"), "{\"memscape\": 1, \"memories\": [");
        Document document = new Document(scene());
        List<String> said = new ArrayList<>();
        FileActions files = new FileActions(null, document, new SceneFile(document), said::add, () -> { });
        onFx(() -> {
            RecoveryOffer.offer(new RecoveryFiles(dir, 1), (orphan, s) -> true, files, said::add);
            return null;
        });
        assertEquals(scene(), document.scene());
        assertTrue(Files.exists(dir.resolve("unreadable-recovery-" + dead + ".json")));
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("could not be read"), said.get(0));
        assertTrue(new RecoveryFiles(dir, 1).orphans().isEmpty());
    }

    @Test
    void autosaveCopiesUnsavedChangesAndACleanExitRemovesTheCopy() throws Exception {
        RecoveryFiles copies = new RecoveryFiles(dir, ProcessHandle.current().pid());
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
        onFx(autosave::tick).get(10, TimeUnit.SECONDS);
        assertFalse(copies.hasOwn(), "saved: the copy is gone");

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
