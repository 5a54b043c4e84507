package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;

/** Reads {@code "dynamics"}: the sampler and its step settings. */
final class DynamicsDecoder {

    static final double DEFAULT_STEP = 0.05;
    static final int DEFAULT_STEPS = 200;
    static final double DEFAULT_TEMPERATURE = 0.05;
    static final double DEFAULT_TAU_MAX = 1;
    static final double DEFAULT_TAU_MIN = 0.001;

    private DynamicsDecoder() {}

    /** Diffusion models default to generating from noise; the others to rolling downhill. */
    static Sampler defaultSampler(ModelSpec model) {
        return model.isDiffusion() ? Sampler.REVERSE_SDE : Sampler.GRADIENT_FLOW;
    }

    static DynamicsSpec defaults(ModelSpec model) {
        return new DynamicsSpec(defaultSampler(model), DEFAULT_STEP, DEFAULT_STEPS, DEFAULT_TEMPERATURE,
                Integrator.EULER, DEFAULT_TAU_MAX, DEFAULT_TAU_MIN);
    }

    static DynamicsSpec decode(Node node, ModelSpec model) throws SceneException {
        if (node == null) {
            return defaults(model);
        }
        Fields f = node.object("a dynamics object such as {\"sampler\": \"gradient-flow\", \"step\": 0.05}");
        Node samplerNode = f.get("sampler");
        Sampler sampler = defaultSampler(model);
        if (samplerNode != null) {
            sampler = samplerNode.choice("sampler", Sampler.class);
            ModelRules.checkSampler(model, samplerNode, sampler);
        }
        Node n;
        double step = (n = f.get("step")) == null ? DEFAULT_STEP
                : n.number(0, false, SceneLimits.MAX_STEP, true, "a step > 0 and at most 10");
        int steps = (n = f.get("steps")) == null ? DEFAULT_STEPS
                : (int) n.integer(0, SceneLimits.MAX_STEPS, "a whole number of steps from 0 to 1,000,000");
        double temperature = (n = f.get("temperature")) == null ? DEFAULT_TEMPERATURE
                : n.number(0, true, Double.MAX_VALUE, true, "a temperature ≥ 0");
        Integrator integrator = (n = f.get("integrator")) == null ? Integrator.EULER
                : n.choice("integrator", Integrator.class);
        Node tauMaxNode = f.get("tauMax");
        double tauMax = tauMaxNode == null ? DEFAULT_TAU_MAX
                : tauMaxNode.number(0, false, 1, true, "tauMax in (0, 1] (τ = 1 is pure noise)");
        Node tauMinNode = f.get("tauMin");
        double tauMin = tauMinNode == null ? DEFAULT_TAU_MIN
                : tauMinNode.number(0, false, 1, true, "tauMin > 0 (at τ = 0 the score is singular)");
        if (tauMin >= tauMax) {
            Node at = tauMinNode != null ? tauMinNode : tauMaxNode;
            throw at.fail("tauMin " + Numbers.show(tauMin) + " is not below tauMax " + Numbers.show(tauMax),
                    "tauMin < tauMax");
        }
        f.warnUnknown();
        return new DynamicsSpec(sampler, step, steps, temperature, integrator, tauMax, tauMin);
    }
}
