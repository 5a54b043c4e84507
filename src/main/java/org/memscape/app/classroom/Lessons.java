package org.memscape.app.classroom;

import org.memscape.app.document.Presets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.memscape.scene.Lesson;
import org.memscape.scene.LessonReader;
import org.memscape.scene.SceneException;

/**
 * The lessons that ship in the jar under /presets/lessons/ (listed, as a jar's folder cannot be;
 * a test keeps the list equal to the folder), and the user's own lesson files.
 */
public final class Lessons {

    public static final List<String> NAMES = List.of("from-hopfield-to-diffusion.json");

    private Lessons() {}

    public static Lesson load(String name) throws SceneException {
        try (InputStream in = Lessons.class.getResourceAsStream("/presets/lessons/" + name)) {
            if (in == null) throw new SceneException(name, "the lesson is missing from this build of Memscape");
            // A shipped lesson names presets only: it has no folder of its own to find scene files in.
            return LessonReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, null, Presets.LIBRARY).lesson();
        } catch (IOException e) {
            throw new SceneException(name, "could not be read (" + e.getMessage() + ")");
        }
    }

    /** A user's lesson file; its scene files are found relative to it. */
    static Lesson read(Path file) throws SceneException {
        return LessonReader.read(file, Presets.LIBRARY).lesson();
    }
}
