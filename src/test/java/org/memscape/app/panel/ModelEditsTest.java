package org.memscape.app.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memscape.app.panel.ModelEdits.InitKind;
import org.memscape.scene.Domain;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneWriter;

/** The panel's edits, without a window: each result must be a scene the reader accepts. */
class ModelEditsTest {

    static final String TWO_POINTS = """
            {"memscape": 1, "domain": [-3, 3, -3, 3],
             "memories": [{"point": [1.5, 1.5]}, {"point": [-1.5, -1.5]}],
             "model": {"type": "hopfield-distance", "beta": 2},
             "dynamics": {"sampler": "gradient-flow", "step": 0.05, "steps": 200},
             "particles": {"count": 200, "seed": 1, "init": "uniform"}}
            """;

    static final String WITH_SEGMENT = """
            {"memscape": 1,
             "memories": [{"point": [2, -1.5]}, {"segment": [[-2, -1.5], [1, 2]]}],
             "model": {"type": "hopfield-distance", "beta": 4}}
            """;

    static Scene parse(String json) throws SceneException {
        return SceneReader.parse(json, "test");
    }

    /** The scene survives writing and reading back unchanged: the reader accepts it. */
    static void assertValid(Scene s) {
        try {
            assertEquals(s, SceneReader.parse(SceneWriter.toJson(s), "edited"));
        } catch (SceneException e) {
            throw new AssertionError("the edit made a scene the reader refuses: " + e.getMessage(), e);
        }
    }

    static List<Scene> presets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                try {
                    return SceneReader.read(p);
                } catch (SceneException e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }
    }

    @Test
    void switchType_fromEveryPresetToEveryType_givesAValidSceneOrARefusal() throws IOException {
        List<Scene> presets = presets();
        assertFalse(presets.isEmpty());
        for (Scene s : presets) {
            for (ModelType t : ModelType.values()) {
                Optional<String> refusal = ModelEdits.refuseType(s, t);
                if (refusal.isPresent()) {
                    assertEquals(ModelType.DOT, t);
                    continue;
                }
                Scene out = ModelEdits.switchType(s, t);
                assertEquals(t, ModelType.of(out.model()), s.title());
                assertTrue(ModelEdits.samplersFor(out.model()).contains(out.dynamics().sampler()), s.title() + " → " + t);
                assertValid(out);
            }
        }
    }

    @Test
    void switchType_hopfieldToDiffusion_setsReverseSdeAndThePrior() throws SceneException {
        Scene out = ModelEdits.switchType(parse(TWO_POINTS), ModelType.VP);
        assertEquals(new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(0.1, 20)), out.model());
        assertEquals(Sampler.REVERSE_SDE, out.dynamics().sampler());
        assertInstanceOf(ParticleSpec.Init.Prior.class, out.particles().init());
        assertEquals(200, out.particles().count());
        assertEquals(1, out.particles().seed());
    }

    @Test
    void switchType_diffusionToHopfield_setsGradientFlowAndUniform() throws SceneException {
        Scene vp = ModelEdits.withSampler(ModelEdits.switchType(parse(TWO_POINTS), ModelType.VP), Sampler.PROBABILITY_FLOW_ODE);
        Scene out = ModelEdits.switchType(vp, ModelType.DISTANCE);
        assertEquals(new ModelSpec.HopfieldDistance(4), out.model());
        assertEquals(Sampler.GRADIENT_FLOW, out.dynamics().sampler());
        assertInstanceOf(ParticleSpec.Init.Uniform.class, out.particles().init());
    }

    @Test
    void switchType_withinDiffusion_keepsTheSampler() throws SceneException {
        Scene vp = ModelEdits.withSampler(ModelEdits.switchType(parse(TWO_POINTS), ModelType.VP), Sampler.PROBABILITY_FLOW_ODE);
        Scene ve = ModelEdits.switchType(vp, ModelType.VE);
        assertEquals(new ModelSpec.DiffusionVe(0.01, 3), ve.model());
        assertEquals(Sampler.PROBABILITY_FLOW_ODE, ve.dynamics().sampler());
    }

    @Test
    void switchType_betweenHopfieldModels_carriesBeta() throws SceneException {
        Scene dot = ModelEdits.switchType(parse(TWO_POINTS), ModelType.DOT);
        assertEquals(new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.LSE, 2, 3), dot.model());
        assertEquals(Sampler.GRADIENT_FLOW, dot.dynamics().sampler());
    }

    @Test
    void refuseType_dotProductWithASegment_saysWhyInPlainWords() throws SceneException {
        Scene s = parse(WITH_SEGMENT);
        assertEquals(Optional.of("The dot-product Hopfield model takes point memories only: this scene has a segment."
                + " Choose the modern Hopfield or a diffusion model."), ModelEdits.refuseType(s, ModelType.DOT));
        assertTrue(ModelEdits.refuseType(s, ModelType.VP).isEmpty());
        assertTrue(ModelEdits.refuseType(parse(TWO_POINTS), ModelType.DOT).isEmpty());
    }

    @Test
    void withFeatures_tanh_refusedForMemoriesOutsideTheSquare() throws SceneException {
        Scene dot = ModelEdits.switchType(parse(TWO_POINTS), ModelType.DOT);
        assertTrue(ModelEdits.refuseTanh(dot).orElseThrow().contains("(1.5, 1.5)"));
    }

    @Test
    void withFeatures_tanh_shrinksTheCanvasToTheSquare() throws SceneException {
        Scene dot = ModelEdits.switchType(parse("""
                {"memscape": 1, "memories": [{"point": [0.5, 0.5]}, {"point": [-0.5, 0.2]}]}
                """), ModelType.DOT);
        assertTrue(ModelEdits.refuseTanh(dot).isEmpty());
        Scene tanh = ModelEdits.withFeatures(dot, Features.TANH);
        assertEquals(new Domain(-1, 1, -1, 1), tanh.domain());
        assertValid(tanh);
        Scene back = ModelEdits.withFeatures(tanh, Features.QUADRATIC);
        assertEquals(Features.QUADRATIC, ((ModelSpec.Hopfield) back.model()).features());
        assertValid(back);
    }

    @Test
    void withMemoryFunction_power_makesThePowerEven() throws SceneException {
        Scene dot = ModelEdits.switchType(parse(TWO_POINTS), ModelType.DOT);
        Scene power = ModelEdits.withMemoryFunction(dot, MemoryFunction.POWER);
        assertEquals(4, ((ModelSpec.Hopfield) power.model()).power());
        assertValid(power);
        assertEquals(6, ((ModelSpec.Hopfield) ModelEdits.withPower(power, 5.2).model()).power());
        Scene rectified = ModelEdits.withMemoryFunction(power, MemoryFunction.RECTIFIED_POWER);
        assertEquals(3, ((ModelSpec.Hopfield) ModelEdits.withPower(rectified, 3).model()).power());
    }

    @Test
    void withBeta_onEitherHopfieldModel_andNotOnDiffusion() throws SceneException {
        Scene s = parse(TWO_POINTS);
        assertEquals(new ModelSpec.HopfieldDistance(25), ModelEdits.withBeta(s, 25).model());
        Scene vp = ModelEdits.switchType(s, ModelType.VP);
        assertSame(vp, ModelEdits.withBeta(vp, 25));
    }

    @Test
    void withBetaMinAndMax_keepMinAtMostMax() throws SceneException {
        Scene vp = ModelEdits.switchType(parse(TWO_POINTS), ModelType.VP);
        Scene low = ModelEdits.withBetaMax(vp, 1);
        assertEquals(new ScheduleSpec.Linear(0.1, 1), ((ModelSpec.DiffusionVp) low.model()).schedule());
        Scene pushed = ModelEdits.withBetaMin(low, 4);
        assertEquals(new ScheduleSpec.Linear(4, 4), ((ModelSpec.DiffusionVp) pushed.model()).schedule());
        assertValid(pushed);
        Scene pulled = ModelEdits.withBetaMax(pushed, 2);
        assertEquals(new ScheduleSpec.Linear(2, 2), ((ModelSpec.DiffusionVp) pulled.model()).schedule());
        assertValid(pulled);
    }

    @Test
    void withSigmaMinAndMax_keepMinBelowMax() throws SceneException {
        Scene ve = ModelEdits.switchType(parse(TWO_POINTS), ModelType.VE);
        Scene up = ModelEdits.withSigmaMin(ve, 5);
        assertEquals(new ModelSpec.DiffusionVe(5, 10), up.model());
        assertValid(up);
        Scene down = ModelEdits.withSigmaMax(up, 0.2);
        assertEquals(new ModelSpec.DiffusionVe(0.1, 0.2), down.model());
        assertValid(down);
    }

    @Test
    void withSchedule_constantAndCosine_useTheDefaults() throws SceneException {
        Scene vp = ModelEdits.switchType(parse(TWO_POINTS), ModelType.VP);
        Scene constant = ModelEdits.withSchedule(vp, ModelEdits.ScheduleKind.CONSTANT);
        assertEquals(new ScheduleSpec.Constant(0.8, 0.01), ((ModelSpec.DiffusionVp) constant.model()).schedule());
        assertValid(ModelEdits.withTheta(ModelEdits.withGamma(constant, 2), 0.05));
        assertValid(ModelEdits.withSchedule(constant, ModelEdits.ScheduleKind.COSINE));
    }

    @Test
    void withTauRange_keepsTauMinBelowTauMax() throws SceneException {
        Scene s = ModelEdits.withTauRange(parse(TWO_POINTS), 0.5, 0.5);
        assertEquals(0.5, s.dynamics().tauMax());
        assertEquals(0.25, s.dynamics().tauMin());
        assertValid(s);
    }

    @Test
    void withSampler_refusesDiffusionSamplersOnHopfield() throws SceneException {
        Scene s = parse(TWO_POINTS);
        assertSame(s, ModelEdits.withSampler(s, Sampler.REVERSE_SDE));
        Scene langevin = ModelEdits.withTemperature(ModelEdits.withSampler(s, Sampler.LANGEVIN), 0.3);
        assertEquals(Sampler.LANGEVIN, langevin.dynamics().sampler());
        assertEquals(0.3, langevin.dynamics().temperature());
        assertValid(ModelEdits.withIntegrator(ModelEdits.withStep(ModelEdits.withSteps(langevin, 50), 0.2), Integrator.HEUN));
    }

    @Test
    void withInit_leavingHandPlacedPoints_keepsTheirNumber() throws SceneException {
        Scene s = parse("""
                {"memscape": 1, "memories": [{"point": [1, 1]}],
                 "particles": {"init": {"points": [[0, 0], [1, 0], [0, 1]]}}}
                """);
        assertEquals(InitKind.POINTS, ModelEdits.initKind(s.particles().init()));
        Scene out = ModelEdits.withInit(s, InitKind.GAUSSIAN);
        assertEquals(3, out.particles().count());
        assertValid(ModelEdits.withSeed(ModelEdits.withCount(out, 750), -12));
    }

    @Test
    void withoutParticles_dropsHandPlacedOnesAndKeepsTheSeed() throws SceneException {
        Scene s = parse("""
                {"memscape": 1, "memories": [{"point": [1, 1]}],
                 "particles": {"seed": 9, "init": {"points": [[0, 0], [1, 0], [0, 1]]}}}
                """);
        Scene out = ModelEdits.withoutParticles(s);
        assertEquals(0, out.particles().count());
        assertEquals(InitKind.UNIFORM, ModelEdits.initKind(out.particles().init()));
        assertEquals(9, out.particles().seed());
        assertValid(out);
        assertEquals(0, ModelEdits.withoutParticles(parse(TWO_POINTS)).particles().count());
    }

    @Test
    void floorWarning_classicalMemoriesFarOut_haveNoFloor() throws SceneException {
        Scene dot = ModelEdits.switchType(parse(TWO_POINTS), ModelType.DOT);
        assertTrue(FloorWarning.of(dot).isEmpty(), "log-sum-exp has a floor");
        Scene classical = ModelEdits.withMemoryFunction(dot, MemoryFunction.CLASSICAL);
        String w = FloorWarning.of(classical).orElseThrow();
        assertTrue(w.startsWith("This energy has no floor: particles will run off to infinity ("), w);
        assertTrue(w.contains("eigenvalue of 9"), w);
        assertTrue(FloorWarning.of(ModelEdits.withMemoryFunction(dot, MemoryFunction.EXP)).isPresent());
        assertTrue(FloorWarning.of(parse(TWO_POINTS)).isEmpty(), "the distance model always has a floor");
    }

    @Test
    void shown_sig_writesThreeSignificantDigitsWithoutTrailingZeros() {
        assertEquals("2", Shown.sig(2, 3));
        assertEquals("2.37", Shown.sig(2.3712, 3));
        assertEquals("0.05", Shown.sig(0.05, 3));
        assertEquals("1000", Shown.sig(1000, 3));
        assertEquals("0.001", Shown.sig(0.001, 3));
        assertEquals(2.52, Shown.round(2.5179, 3));
        assertEquals("10,000", Shown.count(10_000));
    }
}
