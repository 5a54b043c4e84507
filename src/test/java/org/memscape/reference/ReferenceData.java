package org.memscape.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/**
 * Reads the reference values that src/test/resources/reference/make_reference.py computes with
 * NumPy and SciPy, and builds the core's models from their D-dimensional descriptions.
 */
final class ReferenceData {

    private ReferenceData() {}

    static JsonNode load(String name) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) throw new IllegalStateException("missing reference file " + name + ": run make_reference.py");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = node.get(i).asDouble();
        return v;
    }

    static List<Memory> memories(JsonNode list) {
        List<Memory> out = new ArrayList<>();
        for (JsonNode m : list) {
            if (m.has("point")) {
                out.add(new Memory.Point(vector(m.get("point"))));
            } else if (m.has("segment")) {
                out.add(new Memory.Segment(vector(m.get("segment").get(0)), vector(m.get("segment").get(1))));
            } else if (m.has("polyline")) {
                List<double[]> vertices = new ArrayList<>();
                for (JsonNode v : m.get("polyline")) vertices.add(vector(v));
                out.add(new Memory.Polyline(vertices));
            } else {
                out.add(new Memory.Circle(vector(m.get("circle").get("center")), m.get("circle").get("radius").asDouble()));
            }
        }
        return out;
    }

    static NoiseProcess process(JsonNode model) {
        if (model.get("type").asText().equals("diffusion-ve")) {
            return new NoiseProcess.VarianceExploding(model.get("sigmaMin").asDouble(), model.get("sigmaMax").asDouble());
        }
        return new NoiseProcess.VariancePreserving(schedule(model.get("schedule")));
    }

    static Schedule schedule(JsonNode s) {
        switch (s.get("type").asText()) {
            case "linear": return new Schedule.Linear(s.get("betaMin").asDouble(), s.get("betaMax").asDouble());
            case "constant": return new Schedule.Constant(s.get("gamma").asDouble(), s.get("theta").asDouble());
            default: return new Schedule.Cosine();
        }
    }

    static EnergyModel model(JsonNode model, List<Memory> memories) {
        switch (model.get("type").asText()) {
            case "hopfield-distance":
                return new DistanceHopfieldModel(memories, model.get("beta").asDouble());
            case "diffusion-vp":
            case "diffusion-ve":
                return new DiffusionModel(memories, process(model));
            default:
                HopfieldModel.Features features = model.path("features").asText("quadratic").equals("tanh")
                        ? HopfieldModel.Features.TANH : HopfieldModel.Features.QUADRATIC;
                return new HopfieldModel(memories, features, memoryFunction(model));
        }
    }

    private static MemoryFunction memoryFunction(JsonNode model) {
        double beta = model.path("beta").asDouble(4);
        double power = model.path("power").asDouble(3);
        switch (model.path("memory").asText("lse")) {
            case "classical": return new MemoryFunction.Classical();
            case "power": return new MemoryFunction.Power(power, false);
            case "rectified-power": return new MemoryFunction.Power(power, true);
            case "exp": return new MemoryFunction.Exp(beta);
            default: return new MemoryFunction.LogSumExp(beta);
        }
    }
}
