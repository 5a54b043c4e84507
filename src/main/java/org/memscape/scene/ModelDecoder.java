package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

import java.util.List;
import org.memscape.scene.ModelSpec.ScheduleSpec;

/** Reads {@code "model"}: the energy model and its parameters, with defaults and ranges. */
final class ModelDecoder {

    static final List<String> TYPES = List.of("hopfield", "hopfield-distance", "diffusion-vp", "diffusion-ve");
    static final List<String> SCHEDULES = List.of("linear", "cosine", "constant");

    private static final String BETA_RANGE = "a number from 1e-6 to 1e6";

    private ModelDecoder() {}

    static ModelSpec decode(Node node) throws SceneException {
        if (node == null) {
            return SceneDefaults.MODEL;
        }
        Fields f = node.object("a model object such as {\"type\": \"hopfield-distance\", \"beta\": 4}");
        String type = f.require("type", "one of " + String.join(", ", TYPES)).choice("model type", TYPES);
        ModelSpec model = switch (type) {
            case "hopfield" -> hopfield(f);
            case "hopfield-distance" -> new ModelSpec.HopfieldDistance(beta(f));
            case "diffusion-vp" -> new ModelSpec.DiffusionVp(schedule(f.get("schedule")));
            default -> diffusionVe(f);
        };
        f.warnUnknown();
        return model;
    }

    static String typeName(ModelSpec model) {
        if (model instanceof ModelSpec.Hopfield) {
            return "hopfield";
        } else if (model instanceof ModelSpec.HopfieldDistance) {
            return "hopfield-distance";
        }
        return model instanceof ModelSpec.DiffusionVp ? "diffusion-vp" : "diffusion-ve";
    }

    private static ModelSpec.Hopfield hopfield(Fields f) throws SceneException {
        Node featuresNode = f.get("features");
        ModelSpec.Features features = featuresNode == null ? SceneDefaults.FEATURES
                : featuresNode.choice("features", ModelSpec.Features.class);
        Node memoryNode = f.get("memory");
        ModelSpec.MemoryFunction memory = memoryNode == null ? SceneDefaults.MEMORY
                : memoryNode.choice("memory function", ModelSpec.MemoryFunction.class);
        double beta = beta(f);
        Node powerNode = f.get("power");
        boolean even = memory == ModelSpec.MemoryFunction.POWER;
        double power = powerNode == null ? SceneDefaults.power(memory) : power(powerNode, even);
        return new ModelSpec.Hopfield(features, memory, beta, power);
    }

    private static double power(Node node, boolean even) throws SceneException {
        if (even) {
            long p = node.integer(2, 40, "an even integer from 2 to 40 for the power memory");
            if (p % 2 != 0) {
                throw node.fail(p + " is odd", "an even integer from 2 to 40 for the power memory"
                        + " (rectified-power takes any power from 2 to 40)");
            }
            return p;
        }
        return node.number(SceneLimits.MIN_POWER, true, SceneLimits.MAX_POWER, true, "a number from 2 to 40");
    }

    private static double beta(Fields f) throws SceneException {
        Node n = f.get("beta");
        return n == null ? SceneDefaults.BETA : n.number(SceneLimits.MIN_BETA, true, SceneLimits.MAX_BETA, true, BETA_RANGE);
    }

    private static ScheduleSpec schedule(Node node) throws SceneException {
        if (node == null) {
            return SceneDefaults.SCHEDULE;
        }
        Fields f = node.object("a schedule object such as {\"type\": \"linear\", \"betaMin\": 0.1, \"betaMax\": 20}");
        String type = f.require("type", "one of " + String.join(", ", SCHEDULES)).choice("schedule type", SCHEDULES);
        ScheduleSpec schedule = switch (type) {
            case "linear" -> linear(f);
            case "cosine" -> new ScheduleSpec.Cosine();
            default -> constant(f);
        };
        f.warnUnknown();
        return schedule;
    }

    private static ScheduleSpec.Linear linear(Fields f) throws SceneException {
        ScheduleSpec.Linear d = SceneDefaults.LINEAR_SCHEDULE;
        Node minNode = f.get("betaMin");
        double min = minNode == null ? d.betaMin()
                : minNode.number(0, true, SceneLimits.MAX_BETA, true, "betaMin ≥ 0 and at most 1e6");
        Node maxNode = f.get("betaMax");
        double max = maxNode == null ? d.betaMax()
                : maxNode.number(0, false, SceneLimits.MAX_BETA, true, "betaMax > 0 and at most 1e6");
        if (min > max) {
            Node at = minNode != null ? minNode : maxNode;
            throw at.fail("betaMin " + Numbers.show(min) + " is above betaMax " + Numbers.show(max),
                    "betaMin ≤ betaMax");
        }
        return new ScheduleSpec.Linear(min, max);
    }

    private static ScheduleSpec.Constant constant(Fields f) throws SceneException {
        Node gammaNode = f.get("gamma");
        double gamma = gammaNode == null ? SceneDefaults.CONSTANT_SCHEDULE.gamma()
                : gammaNode.number(0, false, SceneLimits.MAX_BETA, true, "gamma > 0 and at most 1e6");
        Node thetaNode = f.get("theta");
        double theta = thetaNode == null ? SceneDefaults.CONSTANT_SCHEDULE.theta()
                : thetaNode.number(0, false, 1, false, "theta strictly between 0 and 1 (the signal left at the start)");
        return new ScheduleSpec.Constant(gamma, theta);
    }

    private static ModelSpec.DiffusionVe diffusionVe(Fields f) throws SceneException {
        Node minNode = f.get("sigmaMin");
        double min = minNode == null ? SceneDefaults.SIGMA_MIN
                : minNode.number(0, false, SceneLimits.MAX_BETA, true, "sigmaMin > 0 and at most 1e6");
        Node maxNode = f.get("sigmaMax");
        double max = maxNode == null ? SceneDefaults.SIGMA_MAX
                : maxNode.number(0, false, SceneLimits.MAX_BETA, true, "sigmaMax > sigmaMin and at most 1e6");
        if (max <= min) {
            Node at = maxNode != null ? maxNode : minNode;
            throw at.fail("sigmaMax " + Numbers.show(max) + " is not above sigmaMin " + Numbers.show(min),
                    "sigmaMax > sigmaMin");
        }
        return new ModelSpec.DiffusionVe(min, max);
    }
}
