package org.memscape.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.MemorySpec.Point;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.ParticleSpec.Init;

/** Every omitted field gets the default documented on {@link SceneReader}. */
class SceneDefaultsTest {

    private static Scene parse(String modelAndMore) throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [0.5, 0.5]}]" + modelAndMore + "}",
                "defaults.json");
    }

    @Test
    void minimalFile() throws SceneException {
        Scene expected = new Scene("Untitled", "", new Domain(-3, 3, -3, 3), List.of(new Point(0.5, 0.5)),
                new ModelSpec.HopfieldDistance(4),
                new DynamicsSpec(Sampler.GRADIENT_FLOW, 0.05, 200, 0.05, Integrator.EULER, 1, 0.001),
                new ParticleSpec(100, 0, new Init.Uniform()));
        assertEquals(expected, parse(""));
    }

    @Test
    void hopfieldDefaults() throws SceneException {
        assertEquals(new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.LSE, 4, 3),
                parse(", \"model\": {\"type\": \"hopfield\"}").model());
        assertEquals(new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.POWER, 4, 4),
                parse(", \"model\": {\"type\": \"hopfield\", \"memory\": \"power\"}").model());
        assertEquals(new ModelSpec.Hopfield(Features.QUADRATIC, MemoryFunction.RECTIFIED_POWER, 4, 3),
                parse(", \"model\": {\"type\": \"hopfield\", \"memory\": \"rectified-power\"}").model());
        assertEquals(new ModelSpec.HopfieldDistance(4), parse(", \"model\": {\"type\": \"hopfield-distance\"}").model());
    }

    @Test
    void tanhFeaturesDefaultToTheUnitBox() throws SceneException {
        Scene s = parse(", \"model\": {\"type\": \"hopfield\", \"features\": \"tanh\"}");
        assertEquals(new Domain(-1, 1, -1, 1), s.domain());
        assertEquals(Sampler.GRADIENT_FLOW, s.dynamics().sampler());
    }

    @Test
    void diffusionDefaults() throws SceneException {
        Scene vp = parse(", \"model\": {\"type\": \"diffusion-vp\"}");
        assertEquals(new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(0.1, 20)), vp.model());
        assertEquals(Sampler.REVERSE_SDE, vp.dynamics().sampler());
        assertEquals(new ParticleSpec(100, 0, new Init.Prior()), vp.particles());
        assertEquals(new Domain(-3, 3, -3, 3), vp.domain());

        assertEquals(new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(0.1, 20)),
                parse(", \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"linear\"}}").model());
        assertEquals(new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(0.5, 20)),
                parse(", \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"linear\", \"betaMin\": 0.5}}").model());
        assertEquals(new ModelSpec.DiffusionVp(new ScheduleSpec.Cosine()),
                parse(", \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"cosine\"}}").model());
        assertEquals(new ModelSpec.DiffusionVp(new ScheduleSpec.Constant(0.8, 0.01)),
                parse(", \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"constant\"}}").model());

        Scene ve = parse(", \"model\": {\"type\": \"diffusion-ve\"}");
        assertEquals(new ModelSpec.DiffusionVe(0.01, 3), ve.model());
        assertEquals(Sampler.REVERSE_SDE, ve.dynamics().sampler());
        assertEquals(new Init.Prior(), ve.particles().init());
    }

    @Test
    void partialDynamicsAndParticlesKeepTheRestDefault() throws SceneException {
        Scene s = parse(", \"model\": {\"type\": \"diffusion-ve\"}, \"dynamics\": {\"steps\": 2e2, \"integrator\": \"heun\","
                + " \"sampler\": \"probability-flow-ode\"}, \"particles\": {\"seed\": 7}");
        assertEquals(new DynamicsSpec(Sampler.PROBABILITY_FLOW_ODE, 0.05, 200, 0.05, Integrator.HEUN, 1, 0.001),
                s.dynamics());
        assertEquals(new ParticleSpec(100, 7, new Init.Prior()), s.particles());
    }

    @Test
    void explicitPointsCountThemselves() throws SceneException {
        Scene s = parse(", \"particles\": {\"init\": {\"points\": [[0, 0], [1, 1], [2, 2]]}}");
        assertEquals(3, s.particles().count());
        assertEquals(new Init.Points(List.of(new Point(0, 0), new Point(1, 1), new Point(2, 2))), s.particles().init());
    }

    @Test
    void seedsKeepAll64Bits() throws SceneException {
        assertEquals(Long.MAX_VALUE, parse(", \"particles\": {\"seed\": 9223372036854775807}").particles().seed());
        assertEquals(-3, parse(", \"particles\": {\"seed\": -3}").particles().seed());
        assertEquals(1000, parse(", \"particles\": {\"seed\": 1e3}").particles().seed());
    }
}
