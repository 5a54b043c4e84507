package org.memscape.app.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.app.panel.ModelEdits.InitKind;
import org.memscape.app.panel.ModelEdits.ScheduleKind;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/** What the model panel shows for a scene, and what a change makes of it, without a window. */
class PanelContentTest {

    private static Scene parse(String rest) throws SceneException {
        return SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [0.5, 0.5]}, {\"point\": [-0.5, 0.2]}]"
                + rest + "}", "test");
    }

    @Test
    void theDistanceModelShowsBetaOnly() throws SceneException {
        PanelContent c = PanelContent.of(parse(", \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2}"));
        assertEquals(ModelType.DISTANCE, c.model().type());
        assertNull(c.model().hopfield());
        assertNull(c.model().power());
        assertNull(c.model().sigma());
        assertTrue(c.model().showBeta());
        assertEquals(2.0, c.model().beta());
        assertEquals("Inverse temperature \u03b2", c.model().betaTitle());
        assertNull(c.schedule(), "no schedule section");
        assertNull(c.model().warning());
    }

    @Test
    void powerMemoriesShowTheirPowerAndNotBeta() throws SceneException {
        PanelContent even = PanelContent.of(parse(", \"model\": {\"type\": \"hopfield\", \"memory\": \"power\", \"power\": 6}"));
        assertFalse(even.model().showBeta());
        assertEquals(4.0, even.model().beta(), "β is still the model's, for the hidden slider");
        assertEquals(new PanelContent.PowerRow(true, 6), even.model().power());
        assertEquals("Power p (even)", even.model().power().title());
        assertEquals(0, even.model().power().minorTicks());
        assertNotNull(even.model().warning(), "a power above 2 has no floor");
        assertEquals(new PanelContent.HopfieldRows(Features.QUADRATIC, MemoryFunction.POWER), even.model().hopfield());

        PanelContent rectified = PanelContent.of(parse(", \"model\": {\"type\": \"hopfield\", \"memory\": \"rectified-power\"}"));
        assertEquals("Power p", rectified.model().power().title());
        assertEquals(1, rectified.model().power().minorTicks());

        PanelContent exp = PanelContent.of(parse(", \"model\": {\"type\": \"hopfield\", \"memory\": \"exp\"}"));
        assertTrue(exp.model().showBeta());
        assertEquals("Gain \u03b2 of the exponential", exp.model().betaTitle());
        assertNull(exp.model().power());
    }

    @Test
    void theVpScheduleShowsTheSettingsOfItsKind() throws SceneException {
        PanelContent linear = PanelContent.of(parse(", \"model\": {\"type\": \"diffusion-vp\"}"));
        assertEquals(new PanelContent.ScheduleRows(ScheduleKind.LINEAR, false, new ScheduleSpec.Linear(0.1, 20), null),
                linear.schedule());
        PanelContent cosine = PanelContent.of(parse(", \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"cosine\"}}"));
        assertEquals(new PanelContent.ScheduleRows(ScheduleKind.COSINE, true, null, null), cosine.schedule());
        PanelContent constant = PanelContent.of(parse(
                ", \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"constant\", \"gamma\": 2}}"));
        assertEquals(new PanelContent.ScheduleRows(ScheduleKind.CONSTANT, false, null, new ScheduleSpec.Constant(2, 0.01)),
                constant.schedule());
        assertNull(linear.model().sigma());
        assertFalse(linear.model().showBeta());
    }

    @Test
    void theDynamicsRowsFollowTheSampler() throws SceneException {
        PanelContent.DynamicsRows ode = PanelContent.of(parse(", \"model\": {\"type\": \"diffusion-ve\"},"
                + " \"dynamics\": {\"sampler\": \"probability-flow-ode\", \"integrator\": \"heun\", \"tauMin\": 0.01}"))
                .dynamics();
        assertEquals(Sampler.REVERSE_SDE, ode.samplers().get(0), "the usual sampler first");
        assertFalse(ode.showStep());
        assertFalse(ode.showTemperature());
        assertTrue(ode.showIntegrator());
        assertEquals(Integrator.HEUN, ode.integrator());
        assertTrue(ode.showTau());
        assertEquals(0.01, ode.tauMin());
        assertTrue(ode.tauHint().startsWith("From start to end"));
        assertEquals("Step size (\u00d7 noise variance at \u03c4 end)", ode.stepTitle());

        PanelContent.DynamicsRows langevin = PanelContent.of(parse(", \"dynamics\": {\"sampler\": \"langevin\"}")).dynamics();
        assertEquals(List.of(Sampler.GRADIENT_FLOW, Sampler.LANGEVIN, Sampler.HOPFIELD_UPDATE), langevin.samplers());
        assertTrue(langevin.showStep());
        assertTrue(langevin.showTemperature());
        assertFalse(langevin.showIntegrator());
        assertFalse(langevin.showTau());
        assertEquals("Step size", langevin.stepTitle());
        assertEquals("Downhill with random kicks; the temperature sets how strong they are.", langevin.samplerHint());
    }

    @Test
    void handPlacedPointsFixTheCountAndChooseNoOption() throws SceneException {
        PanelContent.ParticleRows points = PanelContent.of(parse(
                ", \"particles\": {\"seed\": 5, \"init\": {\"points\": [[0, 0], [1, 1], [2, 2]]}}")).particles();
        assertEquals(new PanelContent.ParticleRows(3, PanelContent.MAX_COUNT, true, null,
                "Placed by hand in the scene file (3). Choose an option above to replace them.", 5), points);

        PanelContent.ParticleRows many = PanelContent.of(parse(", \"particles\": {\"count\": 20000}")).particles();
        assertEquals(20000, many.countMax(), "a file's larger count shows as it is");
        assertEquals(InitKind.UNIFORM, many.init());
        assertFalse(many.countFixed());
    }

    @Test
    void anEditThatChangesNothingOrFailsIsNotSent() throws SceneException {
        Scene s = parse("");
        assertInstanceOf(EditOutcome.Unchanged.class, EditOutcome.of(s, x -> ModelEdits.withBeta(x, 4)));
        EditOutcome changed = EditOutcome.of(s, x -> ModelEdits.withBeta(x, 2));
        assertEquals(ModelEdits.withBeta(s, 2), ((EditOutcome.Changed) changed).after());
        EditOutcome refused = EditOutcome.of(s, x -> {
            throw new IllegalArgumentException("no such thing");
        });
        assertEquals(new EditOutcome.Refused("That change could not be made (no such thing)."), refused);
    }
}
