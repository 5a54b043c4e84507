package org.memscape.scene;

import org.memscape.scene.json.Names;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

/** Checks that tie other parts of the scene to the chosen model. */
final class ModelRules {

    private static final String TANH_WHY = "tanh features show activations in (-1, 1)";

    private ModelRules() {}

    static boolean hasTanhFeatures(ModelSpec model) {
        return model instanceof ModelSpec.Hopfield h && h.features() == ModelSpec.Features.TANH;
    }

    /** The dot-product similarity y·x is defined for a point y only; sets need a distance. */
    static void checkMemoryKind(ModelSpec model, Node memory, MemorySpec m) throws SceneException {
        if (model instanceof ModelSpec.Hopfield && !(m instanceof MemorySpec.Point)) {
            throw memory.fail("the dot-product hopfield model takes point memories only; " + memory.path() + " is a "
                    + m.kind() + ": use hopfield-distance or a diffusion model", null);
        }
    }

    /** A memory or particle must be a possible activation: strictly inside the open box. */
    static void checkInsideTanhBox(ModelSpec model, Node at, MemorySpec.Point p) throws SceneException {
        if (hasTanhFeatures(model) && !(Math.abs(p.x()) < 1 && Math.abs(p.y()) < 1)) {
            throw at.fail(Numbers.point(p) + " is not strictly inside (-1, 1)²",
                    "-1 < x < 1 and -1 < y < 1 (" + TANH_WHY + ")");
        }
    }

    /** Outside [-1, 1]² the tanh energy is undefined, so the canvas may not show it. */
    static void checkTanhDomain(ModelSpec model, Node at, Domain d) throws SceneException {
        if (hasTanhFeatures(model) && (d.xmin() < -1 || d.xmax() > 1 || d.ymin() < -1 || d.ymax() > 1)) {
            throw at.fail("[" + Numbers.show(d.xmin()) + ", " + Numbers.show(d.xmax()) + ", "
                    + Numbers.show(d.ymin()) + ", " + Numbers.show(d.ymax()) + "] reaches outside [-1, 1]²",
                    "a domain inside [-1, 1, -1, 1] (" + TANH_WHY + ")");
        }
    }

    static void checkSampler(ModelSpec model, Node at, DynamicsSpec.Sampler sampler) throws SceneException {
        if (sampler.needsDiffusion() && !model.isDiffusion()) {
            throw at.fail(Names.of(sampler) + " needs a diffusion model (diffusion-vp or diffusion-ve), but the model is "
                    + ModelDecoder.typeName(model), "gradient-flow, langevin or hopfield-update for this model");
        }
    }
}
