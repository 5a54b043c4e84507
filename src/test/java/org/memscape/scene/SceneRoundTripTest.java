package org.memscape.scene;

import org.memscape.scene.json.Numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.MemorySpec.Point;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.ParticleSpec.Init;

/** parse(toJson(s)) equals s for every model, sampler, integrator, init and memory kind. */
class SceneRoundTripTest {

    private static final Domain WIDE = new Domain(-3, 3, -3, 3);
    private static final Domain BOX = new Domain(-1, 1, -1, 1);
    private static final List<MemorySpec> POINTS = List.of(new Point(1.5, 1.5), new Point(-1.5, -1.5));

    static Stream<Scene> scenes() {
        List<Point> ring = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ring.add(new Point(Math.cos(i * 0.5), Math.sin(i * 0.5)));
        }
        List<MemorySpec> allKinds = List.of(
                new Point(0.1 + 0.2, -0.0),
                new MemorySpec.Segment(new Point(-2, -1), new Point(1, 2)),
                new MemorySpec.Polyline(List.of(new Point(0, 0), new Point(1, 1), new Point(2, 0))),
                new MemorySpec.Polyline(ring),
                new MemorySpec.Circle(new Point(0, 0), Math.PI));
        return Stream.of(
                scene(WIDE, POINTS, new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.CLASSICAL, 4, 3),
                        dyn(Sampler.GRADIENT_FLOW, Integrator.EULER), new ParticleSpec(200, 1, new Init.Uniform())),
                scene(BOX, List.of(new Point(0.5, 0.25), new Point(-0.75, 0.999)),
                        new ModelSpec.Hopfield(Features.TANH, MemoryFunction.POWER, 2.5, 6),
                        dyn(Sampler.LANGEVIN, Integrator.HEUN),
                        new ParticleSpec(2, -7, new Init.Points(List.of(new Point(0, 0), new Point(-0.5, 0.9))))),
                scene(WIDE, POINTS, new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.RECTIFIED_POWER, 1e6, 2.5),
                        dyn(Sampler.HOPFIELD_UPDATE, Integrator.EULER), new ParticleSpec(0, Long.MAX_VALUE, new Init.Prior())),
                scene(WIDE, POINTS, new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.EXP, Math.nextUp(SceneLimits.MIN_BETA), 40),
                        dyn(Sampler.GRADIENT_FLOW, Integrator.EULER), new ParticleSpec(1_000_000, Long.MIN_VALUE, new Init.Gaussian())),
                scene(WIDE, POINTS, new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.LSE, 12345.6789123, 3),
                        dyn(Sampler.LANGEVIN, Integrator.EULER), new ParticleSpec(100, 0, new Init.Uniform())),
                scene(new Domain(-1e6, 1e6, 0.1, 0.1 + 1e-6), allKinds, new ModelSpec.HopfieldDistance(2),
                        dyn(Sampler.GRADIENT_FLOW, Integrator.HEUN),
                        new ParticleSpec(12, 5, new Init.Points(ring))),
                scene(WIDE, allKinds, new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(0.1, 20)),
                        dyn(Sampler.REVERSE_SDE, Integrator.EULER), new ParticleSpec(300, 3, new Init.Prior())),
                scene(WIDE, allKinds, new ModelSpec.DiffusionVp(new ScheduleSpec.Cosine()),
                        dyn(Sampler.PROBABILITY_FLOW_ODE, Integrator.HEUN), new ParticleSpec(50, 4, new Init.Gaussian())),
                scene(WIDE, POINTS, new ModelSpec.DiffusionVp(new ScheduleSpec.Constant(0.8, 0.01)),
                        dyn(Sampler.LANGEVIN, Integrator.EULER), new ParticleSpec(10, 9, new Init.Uniform())),
                scene(WIDE, allKinds, new ModelSpec.DiffusionVe(0.01, 3),
                        dyn(Sampler.PROBABILITY_FLOW_ODE, Integrator.EULER), new ParticleSpec(10, 9, new Init.Prior())),
                scene(new Domain(-123456.789123, 1e6, -2.5e-7, 0.001), POINTS, new ModelSpec.HopfieldDistance(999999.99999),
                        dyn(Sampler.GRADIENT_FLOW, Integrator.EULER), new ParticleSpec(1, 1, new Init.Uniform())),
                new Scene("Quotes \" and \\ and\nnew lines, ünïcødé ∇ τ, emoji 🙂", "", WIDE, POINTS,
                        new ModelSpec.HopfieldDistance(SceneLimits.MIN_BETA),
                        new DynamicsSpec(Sampler.GRADIENT_FLOW, 1e-9, 0, 0, Integrator.EULER, 1, 1e-12),
                        new ParticleSpec(1, 42, new Init.Points(List.of()))));
    }

    private static Scene scene(Domain d, List<MemorySpec> m, ModelSpec model, DynamicsSpec dyn, ParticleSpec p) {
        return new Scene("A title", "Two sentences. Read aloud.", d, m, model, dyn, p);
    }

    private static DynamicsSpec dyn(Sampler s, Integrator i) {
        return new DynamicsSpec(s, 0.05, 200, 0.05, i, 1, 0.001);
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void parseOfToJsonIsTheSameScene(Scene s) throws SceneException {
        String json = SceneWriter.toJson(s);
        SceneReader.Result r = SceneReader.parseWithWarnings(json, "round-trip.json");
        assertEquals(s, r.scene(), json);
        assertEquals(List.of(), r.warnings());
        assertEquals(json, SceneWriter.toJson(r.scene()));
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void writeThenReadIsTheSameScene(Scene s, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("scene.json");
        Files.writeString(file, "an older, different file");
        SceneWriter.write(s, file);
        assertEquals(s, SceneReader.read(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary files left behind");
        }
    }

    @Test
    void layoutIsPrettyWithVersionFirst() {
        Scene s = scenes().findFirst().orElseThrow();
        String json = SceneWriter.toJson(s);
        assertTrue(json.startsWith("{\n  \"memscape\": 1,\n  \"title\": \"A title\",\n"), json);
        assertTrue(json.contains("\n  \"domain\": [-3, 3, -3, 3],\n"), json);
        assertTrue(json.contains("\n    {\"point\": [1.5, 1.5]},\n"), json);
        assertTrue(json.contains("\n  \"model\": {\n    \"type\": \"hopfield\",\n    \"features\": \"quadratic\",\n"), json);
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void awkwardNumbersSurvive() {
        for (double d : new double[] {0.1 + 0.2, -0.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 1e15, 1e16,
                123456789.123, -2.5e-7, 1 / 3.0}) {
            String text = Numbers.json(d);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
        }
        assertEquals("2", Numbers.json(2.0));
        assertEquals("-0.0", Numbers.json(-0.0));
        assertEquals("1e-7", Numbers.json(1e-7));
        assertEquals("123456789.123", Numbers.json(123456789.123));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        Scene bad = scenes().findFirst().orElseThrow().withModel(new ModelSpec.HopfieldDistance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SceneWriter.toJson(bad));
    }

    @Test
    void writeReplacesAnExistingFile(@TempDir Path dir) throws IOException, SceneException {
        Path file = dir.resolve("fig.json");
        List<Scene> all = scenes().toList();
        SceneWriter.write(all.get(0), file);
        SceneWriter.write(all.get(1), file);
        assertEquals(all.get(1), SceneReader.read(file));
    }
}
