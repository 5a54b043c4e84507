package org.memscape.app.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.memscape.app.panel.ModelEdits.ScheduleKind;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/**
 * A model, schedule or feature set chosen in the window gets exactly what a scene file that
 * names only that choice gets from the reader: the two read their defaults from one place.
 */
class WindowDefaultsTest {

    /** A scene file with one memory and a model given only by its type (and more model fields). */
    private static Scene file(String modelFields) throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [0.5, 0.5]}], \"model\": {"
                + modelFields + "}}", "defaults.json");
    }

    private static String typeName(ModelType type) {
        return switch (type) {
            case DISTANCE -> "hopfield-distance";
            case DOT -> "hopfield";
            case VP -> "diffusion-vp";
            case VE -> "diffusion-ve";
        };
    }

    /**
     * From a file with defaults everywhere, switching the model type gives the whole scene a file of
     * the new type gives: its model's parameters, and across Hopfield and diffusion the sampler and
     * the starting positions too.
     */
    @Test
    void aNewModelTypeIsTheFileDefault() throws SceneException {
        for (ModelType from : ModelType.values()) {
            for (ModelType to : ModelType.values()) {
                Scene start = file("\"type\": \"" + typeName(from) + "\"");
                Scene expected = file("\"type\": \"" + typeName(to) + "\"");
                assertEquals(expected, ModelEdits.switchType(start, to), from + " to " + to);
            }
        }
    }

    @Test
    void aNewScheduleIsTheFileDefault() throws SceneException {
        Scene cosine = file("\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"cosine\"}");
        assertEquals(file("\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"linear\"}"),
                ModelEdits.withSchedule(cosine, ScheduleKind.LINEAR));
        assertEquals(file("\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"constant\"}"),
                ModelEdits.withSchedule(cosine, ScheduleKind.CONSTANT));
    }

    /** Tanh features on a canvas with no usable part inside (-1, 1)² show the box a tanh file without a domain gets. */
    @Test
    void tanhFeaturesFallBackToTheFileDefaultDomain() throws SceneException {
        Scene far = SceneReader.parse("{\"memscape\": 1, \"domain\": [1.5, 3, -3, 3], \"memories\": [{\"point\": [2, 0]}],"
                + " \"model\": {\"type\": \"hopfield\"}}", "far.json");
        assertEquals(file("\"type\": \"hopfield\", \"features\": \"tanh\"").domain(),
                ModelEdits.withFeatures(far, Features.TANH).domain());
    }
}
