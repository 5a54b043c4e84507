package org.memscape.scene;

import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

import java.util.List;

/** Reads {@code "domain"}: [xmin, xmax, ymin, ymax], the rectangle the canvas shows. */
final class DomainDecoder {

    private static final String SHAPE = "[xmin, xmax, ymin, ymax]";

    private DomainDecoder() {}

    static Domain decode(Node node, ModelSpec model) throws SceneException {
        if (node == null) {
            return SceneDefaults.domain(model);
        }
        List<Node> v = node.array(SHAPE);
        if (v.size() != 4) {
            throw node.fail(v.size() + (v.size() == 1 ? " number" : " numbers"), SHAPE);
        }
        double[] c = new double[4];
        for (int i = 0; i < 4; i++) {
            c[i] = v.get(i).coordinate();
        }
        checkSide(node, "x", c[0], c[1]);
        checkSide(node, "y", c[2], c[3]);
        Domain domain = new Domain(c[0], c[1], c[2], c[3]);
        ModelRules.checkTanhDomain(model, node, domain);
        return domain;
    }

    private static void checkSide(Node node, String axis, double min, double max) throws SceneException {
        String range = axis + "min " + Numbers.show(min) + ", " + axis + "max " + Numbers.show(max);
        if (min >= max) {
            throw node.fail("reversed " + axis + " range (" + range + ")",
                    SHAPE + " with " + axis + "min < " + axis + "max");
        }
        if (max - min < SceneLimits.MIN_DOMAIN_SIDE) {
            throw node.fail(axis + " range too short (" + range + ")",
                    axis + "max - " + axis + "min of at least 1e-6");
        }
    }
}
