package org.memscape.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memscape.scene.MemorySpec.Point;

/** Every preset reads cleanly and can be introduced to an audience; the default scene is there. */
class PresetsTest {

    private static final Path PRESETS = Paths.get("presets");

    static Stream<Path> presets() throws IOException {
        try (Stream<Path> files = Files.list(PRESETS)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(json.isEmpty(), "no presets found in " + PRESETS.toAbsolutePath());
            return json.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void readsWithoutWarningsAndHasTitleAndDescription(Path preset) throws SceneException {
        SceneReader.Result r = SceneReader.readWithWarnings(preset);
        assertEquals(List.of(), r.warnings());
        assertFalse(r.scene().title().isBlank(), "title");
        assertFalse(r.scene().title().equals("Untitled"), "title");
        assertFalse(r.scene().description().isBlank(), "description");
    }

    @ParameterizedTest
    @MethodSource("presets")
    void survivesARoundTrip(Path preset) throws SceneException {
        Scene s = SceneReader.read(preset);
        assertEquals(s, SceneReader.parse(SceneWriter.toJson(s), preset.toString()));
    }

    @Test
    void theDefaultSceneIsSurveyFigureOne() throws SceneException {
        Path file = PRESETS.resolve("survey-figure-1.json");
        assertTrue(Files.isRegularFile(file));
        Scene s = SceneReader.read(file);
        assertEquals(List.of(new Point(1.5, 1.5), new Point(-1.5, -1.5)), s.memories());
        assertEquals(new ModelSpec.HopfieldDistance(2), s.model());
        assertEquals(new Domain(-3, 3, -3, 3), s.domain());
        assertEquals(DynamicsSpec.Sampler.GRADIENT_FLOW, s.dynamics().sampler());
        assertEquals(new ParticleSpec(200, 1, new ParticleSpec.Init.Uniform()), s.particles());
    }

    @Test
    void theListedPresetsExist() {
        for (String name : List.of("survey-figure-1", "ambrogioni-1a-points", "ambrogioni-1b-segment",
                "ambrogioni-1c-ring", "classical-hopfield-fails", "dense-memory-stores-three",
                "diffusion-vs-hopfield", "modern-hopfield-same-memories", "tanh-features")) {
            assertTrue(Files.isRegularFile(PRESETS.resolve(name + ".json")), name);
        }
    }
}
