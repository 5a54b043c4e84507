package org.memscape.app.document;

import org.memscape.app.document.Document;
import org.memscape.app.document.SceneFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/** Saving and opening the document: round trips, the unsaved-changes mark, and a failed save. */
class SceneFileTest {

    @TempDir Path dir;

    private static Scene scene() throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"title\": \"Two\", \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}]}", "t");
    }

    @Test
    void saveThenOpenGivesTheSameScene() throws Exception {
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        document.edit(s -> s.withMemories(List.of(new MemorySpec.Point(0.25, -0.5))));
        assertTrue(file.unsaved());
        assertTrue(file.windowTitleProperty().get().endsWith("\u2022"), file.windowTitleProperty().get());
        Path saved = dir.resolve("mine.json");
        file.saveTo(saved);
        assertFalse(file.unsaved());
        assertEquals("Memscape \u2013 mine.json", file.windowTitleProperty().get());
        assertEquals(document.scene(), new SceneFile(new Document(scene())).read(saved));
    }

    @Test
    void aFailedSaveLeavesThePreviousFileAndTheMark() throws Exception {
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        Path saved = dir.resolve("kept.json");
        file.saveTo(saved);
        String before = Files.readString(saved);
        document.edit(s -> s.withMemories(List.of(new MemorySpec.Point(2, 2))));
        assertThrows(IOException.class, () -> file.saveTo(dir.resolve("no/such/dir/x.json")));
        assertEquals(before, Files.readString(saved));
        assertTrue(file.unsaved());
    }

    @Test
    void aBadFileChangesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"memscape\": 2, \"memories\": [{\"point\": [1, 1]}]}");
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        SceneException e = assertThrows(SceneException.class, () -> file.read(bad));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        assertEquals(null, file.path());
    }

    @Test
    void aSavedSceneKeepsTheFilesPermissionsOrIsReadableByOthers() throws Exception {
        Document document = new Document(scene());
        SceneFile file = new SceneFile(document);
        Path fresh = dir.resolve("fresh.json");
        file.saveTo(fresh);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "{}");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        file.saveTo(shared);
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)),
                "saving over a shared scene does not make it private");
    }
}
