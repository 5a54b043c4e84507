package org.memscape.app.landscape.paint;

import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;

/** Whether a scene's model can take segments and circles (the dot-product model cannot). */
public final class ExtendedMemories {

    public static final String REFUSAL = "The dot-product Hopfield model takes point memories only: choose the modern Hopfield "
            + "(distance) or a diffusion model in the Model tab to draw segments and circles.";

    private ExtendedMemories() {}

    public static boolean allowed(Scene scene) {
        return !(scene.model() instanceof ModelSpec.Hopfield);
    }
}
