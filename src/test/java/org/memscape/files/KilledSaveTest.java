package org.memscape.files;

import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneWriter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.ChildJvm;

/**
 * A save interrupted by a kill keeps a whole file: another JVM saves two large scenes in turn,
 * over and over, and is killed at random moments; after each kill the file reads back as one of
 * the two, never as half of one.
 */
class KilledSaveTest {

    private static final int MEMORIES = 20_000;   // about a megabyte of JSON: a save takes a while

    @TempDir Path dir;

    static Scene scene(int shift) {
        List<MemorySpec> memories = new ArrayList<>();
        for (int k = 0; k < MEMORIES; k++) memories.add(new MemorySpec.Point(k * 1e-4 + shift, -k * 1e-4));
        try {
            return SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}]}", "base").withMemories(memories);
        } catch (SceneException e) {
            throw new AssertionError(e);
        }
    }

    /** The other JVM: saves scene 0 and scene 1 in turn until it is killed. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Scene[] scenes = {scene(0), scene(1)};
        SceneWriter.write(scenes[0], file);
        System.out.println("ready");
        System.out.flush();
        for (int k = 1; ; k++) SceneWriter.write(scenes[k % 2], file);
    }

    @Test
    void aKillMidSaveLeavesTheOldOrTheNewFileWhole() throws Exception {
        Path file = dir.resolve("scene.json");
        Scene a = scene(0), b = scene(1);
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            Process saver = ChildJvm.start(KilledSaveTest.class, file.toString());
            ChildJvm.awaitLine(saver, "ready");
            Thread.sleep(20 + random.nextInt(200));
            saver.destroyForcibly();
            assertTrue(saver.waitFor(10, TimeUnit.SECONDS));
            Scene read = SceneReader.read(file);
            assertTrue(read.equals(a) || read.equals(b), "round " + round + ": the file is one of the two scenes");
        }
        try (var left = Files.list(dir)) {
            long temps = left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
            assertTrue(temps <= 20, "at most one temporary file per kill is left: " + temps);
        }
    }
}
