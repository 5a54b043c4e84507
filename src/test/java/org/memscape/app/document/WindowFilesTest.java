package org.memscape.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
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
 * The window's files at the edges: opening what is not a scene file (a device, a FIFO) or a read
 * that does not end never freezes the window and can be cancelled; a failed save says what went
 * wrong in the user's terms; an edit is copied for recovery soon after it settles, not only
 * every 30 s.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFilesTest {

    @TempDir Path dir;

    @Start
    void start(Stage stage) { }

    private static Scene scene() throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"title\": \"Two\", \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}]}", "t");
    }

    private final List<String> said = new CopyOnWriteArrayList<>();

    private FileActions files(Document document) {
        return new FileActions(null, document, new SceneFile(document), said::add, () -> { });
    }

    /** Opens on the FX thread (which must come back at once) and waits for the read to end. */
    private static void open(FileActions files, Path path) throws Exception {
        Task<Scene> task = onFx(() -> files.openFile(path));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingADeviceOrAFifoSaysWhatItIsAndChangesNothing() throws Exception {
        Document document = new Document(scene());
        FileActions files = files(document);
        Scene before = document.scene();
        Path fifo = dir.resolve("pipe.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        open(files, fifo);
        assertEquals(fifo + ": is not a regular file (a named pipe); expected a scene file (JSON text)", said.get(said.size() - 1));
        open(files, Path.of("/dev/zero"));
        assertEquals("/dev/zero: is not a regular file (a device); expected a scene file (JSON text)", said.get(said.size() - 1));
        assertSame(before, document.scene());
        assertEquals(null, files.file().path());
    }

    @Test
    void aReadThatDoesNotEndLeavesTheWindowLiveAndCancelLeavesEverythingAsItWas(org.testfx.api.FxRobot robot) throws Exception {
        Document document = new Document(scene());
        FileActions files = files(document);
        Scene before = document.scene();
        CountDownLatch never = new CountDownLatch(1);
        files.reader = path -> {
            never.await();   // a read stuck in the file system
            return scene();
        };
        Task<Scene> task = onFx(() -> files.openFile(dir.resolve("slow.json")));
        assertEquals("alive", onFx(() -> "alive"), "the FX thread is not blocked by the read");
        // after a moment a small window says what is being opened and offers Cancel
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage st && "Open".equals(st.getTitle()) && st.isShowing()));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(task.isCancelled());
        assertEquals("Opening slow.json was cancelled. Nothing changed.", said.get(said.size() - 1));
        assertSame(before, document.scene());
        assertEquals(null, files.file().path());
        never.countDown();
    }

    @Test
    void openingAGoodFileStillOpensIt() throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"memscape\": 1, \"title\": \"Good\", \"memories\": [{\"point\": [0, 1]}]}");
        Document document = new Document(scene());
        FileActions files = files(document);
        open(files, good);
        assertEquals("Good", document.scene().title());
        assertEquals(good, files.file().path());
        assertFalse(files.file().unsaved());
    }

    @Test
    void savingIntoAFolderDeletedMeanwhileSaysSoWithoutATemporaryFile() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.delete(sub);
        Document document = new Document(scene());
        FileActions files = files(document);
        onFx(() -> {
            files.saveTo(sub.resolve("x.json"));
            return null;
        });
        assertEquals("Could not save x.json: the folder " + sub + " does not exist. Nothing was written.", said.get(said.size() - 1));
    }

    @Test
    void aFailedSaveOverAnExistingFileSaysTheFileIsUnchanged() throws Exception {
        Path taken = Files.createDirectory(dir.resolve("taken.json"));   // a folder where the file should go
        Files.writeString(taken.resolve("inside"), "x");
        Document document = new Document(scene());
        FileActions files = files(document);
        onFx(() -> {
            files.saveTo(taken);
            return null;
        });
        String message = said.get(said.size() - 1);
        assertTrue(message.startsWith("Could not save taken.json: ") && message.endsWith(". The file on disk is unchanged."), message);
        assertFalse(message.contains(".tmp"), message);
    }

    @Test
    void anEditIsCopiedForRecoverySoonAfterItSettles() throws Exception {
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        RecoveryFiles copies = new RecoveryFiles(dir, "settle");
        Autosave autosave = new Autosave(copies, document, file, said::add);
        onFx(() -> {
            autosave.start();
            for (int k = 1; k <= 5; k++) {   // a gesture: several edits in a row
                double x = 0.1 * k;
                document.edit(s -> s.withMemories(List.of(new MemorySpec.Point(x, 0))));
            }
            return null;
        });
        Scene edited = onFx(document::scene);
        // the 30 s timer has not come round: only the wait after the last edit can have written the copy
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(copies.ownScene()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edited.equals(SceneReader.read(copies.ownScene())));
        onFx(() -> {
            autosave.stop();
            return null;
        });
        assertFalse(Files.exists(copies.ownScene()), "a clean stop removes the copy");
    }
}
