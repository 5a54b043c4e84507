package org.memscape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/** Reads the scene a command names; its warnings go to stderr, its errors become a {@link UserError}. */
final class SceneInput {

    private SceneInput() {}

    static Scene read(Path file, PrintWriter err) {
        try {
            SceneReader.Result result = SceneReader.readWithWarnings(file);
            for (String warning : result.warnings()) err.println("memscape: note: " + warning);
            return result.scene();
        } catch (SceneException e) {
            throw new UserError(e.getMessage());
        }
    }
}
