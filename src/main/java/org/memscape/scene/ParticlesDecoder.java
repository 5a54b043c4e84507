package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Json;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

import java.util.ArrayList;
import java.util.List;
import org.memscape.scene.ParticleSpec.Init;

/** Reads {@code "particles"}: how many, the random seed, and where they start. */
final class ParticlesDecoder {

    static final List<String> INITS = List.of("uniform", "gaussian", "prior");
    private static final String INIT_EXPECTED = "one of uniform, gaussian, prior, or {\"points\": [[x, y], …]}";

    private ParticlesDecoder() {}

    static ParticleSpec decode(Node node, ModelSpec model) throws SceneException {
        if (node == null) {
            return SceneDefaults.particles(model);
        }
        Fields f = node.object("a particles object such as {\"count\": 100, \"seed\": 0, \"init\": \"uniform\"}");
        Node countNode = f.get("count");
        Integer count = countNode == null ? null : (int) countNode.integer(0, SceneLimits.MAX_PARTICLES,
                "a whole number from 0 to 1,000,000 (at most 1,000,000 particles)");
        Node seedNode = f.get("seed");
        long seed = seedNode == null ? SceneDefaults.SEED
                : seedNode.integer(Long.MIN_VALUE, Long.MAX_VALUE, "the seed to be an integer that fits in 64 bits");
        Node initNode = f.get("init");
        Init init = initNode == null ? SceneDefaults.init(model) : init(initNode, model);
        f.warnUnknown();
        if (init instanceof Init.Points p && count != null && count != p.points().size()) {
            // Explicit points say how many particles there are: a count that says otherwise is a mistake somewhere.
            throw countNode.fail(count + " disagrees with the " + Numbers.count(p.points().size()) + " points of particles.init",
                    p.points().size() + ", or no count (explicit points give the number of particles)");
        }
        if (count == null) {
            count = init instanceof Init.Points p ? p.points().size() : SceneDefaults.COUNT;
        }
        return new ParticleSpec(count, seed, init);
    }

    private static Init init(Node node, ModelSpec model) throws SceneException {
        if (node.json instanceof Json.Str) {
            return switch (node.choice("init", INITS)) {
                case "uniform" -> new Init.Uniform();
                case "gaussian" -> new Init.Gaussian();
                default -> new Init.Prior();
            };
        }
        if (!(node.json instanceof Json.Obj)) {
            throw node.wrongType(INIT_EXPECTED);
        }
        Fields f = node.object(INIT_EXPECTED);
        Node pointsNode = f.require("points", "{\"points\": [[x, y], …]}");
        List<Node> items = pointsNode.array("an array of points [[x, y], …]");
        if (items.size() > SceneLimits.MAX_PARTICLES) {
            throw pointsNode.fail(Numbers.count(items.size()) + " points",
                    "at most " + Numbers.count(SceneLimits.MAX_PARTICLES) + " particles");
        }
        List<MemorySpec.Point> points = new ArrayList<>(items.size());
        for (Node item : items) {
            MemorySpec.Point p = item.point();
            ModelRules.checkInsideTanhBox(model, item, p);
            points.add(p);
        }
        f.warnUnknown();
        return new Init.Points(points);
    }
}
