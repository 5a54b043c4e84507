package org.memscape.app.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.memscape.scene.PresetLibrary;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/**
 * The scenes that ship in the jar under /presets/, in the order of a lecture: from the survey's
 * first figure, through the classical network's failure, to diffusion and the equivalence.
 * (A jar's folder cannot be listed portably, hence the list; a test keeps it equal to presets/.)
 */
public final class Presets {

    public static final String DEFAULT = "survey-figure-1.json";

    public static final List<String> NAMES = List.of(
            "survey-figure-1.json",
            "classical-hopfield-fails.json",
            "dense-memory-stores-three.json",
            "tanh-features.json",
            "modern-hopfield-same-memories.json",
            "diffusion-vs-hopfield.json",
            "valleys-split-as-noise-falls.json",
            "one-valley-splits-in-two.json",
            "ambrogioni-1a-points.json",
            "ambrogioni-1b-segment.json",
            "ambrogioni-1c-ring.json");

    /** The presets as lessons name them, without ".json". */
    public static final PresetLibrary LIBRARY = new PresetLibrary() {
        @Override public List<String> names() {
            return NAMES.stream().map(n -> n.substring(0, n.length() - ".json".length())).toList();
        }

        @Override public Scene load(String name) throws SceneException {
            return Presets.load(name + ".json");
        }
    };

    private Presets() {}

    public static Scene load(String name) throws SceneException {
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name)) {
            if (in == null) throw new SceneException(name, "the scene is missing from this build of Memscape");
            return SceneReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new SceneException(name, "could not be read (" + e.getMessage() + ")");
        }
    }
}
