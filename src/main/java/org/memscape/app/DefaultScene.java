package org.memscape.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/** The scene the window opens with, shipped inside the jar under /presets/. */
final class DefaultScene {

    static final String NAME = "survey-figure-1.json";
    static final String RESOURCE = "/presets/" + NAME;

    private DefaultScene() {}

    static Scene load() throws SceneException {
        return parseResource(RESOURCE, NAME);
    }

    /** Reads a scene from the class path; a missing or unreadable resource is a SceneException too. */
    static Scene parseResource(String resource, String name) throws SceneException {
        try (InputStream in = DefaultScene.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SceneException(name, "the scene is missing from this build of Memscape");
            }
            return SceneReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new SceneException(name, "could not be read (" + e.getMessage() + ")");
        }
    }
}
