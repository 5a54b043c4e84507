package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Adam against optax's formulas computed in float32 with NumPy (make_learn_reference.py). */
class AdamTest {

    @Test
    void stepsAsNumpyComputesThem() {
        JsonNode c = LearnReference.load().get("adam");
        float[] params = LearnReference.floats(c.get("start"));
        Adam adam = new Adam(params.length);
        for (int t = 0; t < c.get("gradients").size(); t++) {
            adam.step(params, LearnReference.floats(c.get("gradients").get(t)), c.get("learningRate").asDouble());
            float[] expected = LearnReference.floats(c.get("after").get(t));
            for (int i = 0; i < params.length; i++) {
                // float32 on both sides; the order of a few roundings may differ
                assertEquals(expected[i], params[i], 2e-6 * Math.max(1, Math.abs(expected[i])), "step " + (t + 1) + ", parameter " + i);
            }
        }
        assertEquals(c.get("gradients").size(), adam.steps());
    }

    @Test
    void theFirstStepMovesEachParameterByTheLearningRate() {
        // m̂ = g and v̂ = g² after one step, so every parameter moves by η·sign(g) (up to ε)
        float[] params = {1f, -2f, 0.5f};
        new Adam(3).step(params, new float[] {0.3f, -40f, 1e-3f}, 0.01);
        assertEquals(0.99f, params[0], 1e-6);
        assertEquals(-1.99f, params[1], 1e-6);
        assertEquals(0.49f, params[2], 1e-5);
    }
}
