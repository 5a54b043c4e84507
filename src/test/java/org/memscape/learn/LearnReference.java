package org.memscape.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The values src/test/resources/reference/make_learn_reference.py computes with NumPy. */
final class LearnReference {

    private LearnReference() {}

    static JsonNode load() {
        try (InputStream in = LearnReference.class.getResourceAsStream("/reference/learn_cases.json")) {
            if (in == null) throw new IllegalStateException("missing learn_cases.json: run make_learn_reference.py");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] floats(JsonNode node) {
        float[] v = new float[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = (float) node.get(i).asDouble();
        return v;
    }
}
