package org.memscape.app.panel;

import org.memscape.scene.ModelSpec;

/** The four kinds of energy model, named as the panel shows them. */
enum ModelType {
    DISTANCE("Modern Hopfield (distance)"),
    DOT("Hopfield (dot product)"),
    VP("Diffusion VP"),
    VE("Diffusion VE");

    private final String label;

    ModelType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean isDiffusion() {
        return this == VP || this == VE;
    }

    static ModelType of(ModelSpec model) {
        if (model instanceof ModelSpec.HopfieldDistance) {
            return DISTANCE;
        } else if (model instanceof ModelSpec.Hopfield) {
            return DOT;
        }
        return model instanceof ModelSpec.DiffusionVp ? VP : VE;
    }

    /** The combo box shows this. */
    @Override
    public String toString() {
        return label;
    }
}
