package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;

/** Reads {@code "dynamics"}: the sampler and its step settings. */
final class DynamicsDecoder {

    private DynamicsDecoder() {}

    static DynamicsSpec decode(Node node, ModelSpec model) throws SceneException {
        if (node == null) {
            return SceneDefaults.dynamics(model);
        }
        Fields f = node.object("a dynamics object such as {\"sampler\": \"gradient-flow\", \"step\": 0.05}");
        Node samplerNode = f.get("sampler");
        Sampler sampler = SceneDefaults.sampler(model);
        if (samplerNode != null) {
            sampler = samplerNode.choice("sampler", Sampler.class);
            ModelRules.checkSampler(model, samplerNode, sampler);
        }
        Node n;
        double step = (n = f.get("step")) == null ? SceneDefaults.STEP
                : n.number(0, false, SceneLimits.MAX_STEP, true, "a step > 0 and at most 10");
        int steps = (n = f.get("steps")) == null ? SceneDefaults.STEPS
                : (int) n.integer(0, SceneLimits.MAX_STEPS, "a whole number of steps from 0 to 1,000,000");
        double temperature = (n = f.get("temperature")) == null ? SceneDefaults.TEMPERATURE
                : n.number(0, true, Double.MAX_VALUE, true, "a temperature ≥ 0");
        Integrator integrator = (n = f.get("integrator")) == null ? SceneDefaults.INTEGRATOR
                : n.choice("integrator", Integrator.class);
        Node tauMaxNode = f.get("tauMax");
        double tauMax = tauMaxNode == null ? SceneDefaults.TAU_MAX
                : tauMaxNode.number(0, false, 1, true, "tauMax in (0, 1] (τ = 1 is pure noise)");
        Node tauMinNode = f.get("tauMin");
        double tauMin = tauMinNode == null ? SceneDefaults.TAU_MIN
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
