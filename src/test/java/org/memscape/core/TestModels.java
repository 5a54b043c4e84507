package org.memscape.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Every kind of model, built on random memories in D dimensions, for the invariant tests. */
final class TestModels {

    private TestModels() {}

    static List<Memory> randomPoints(int count, int dim, double scale, long seed) {
        Random random = new Random(seed);
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(randomVector(random, dim, scale)));
        return out;
    }

    static double[] randomVector(Random random, int dim, double scale) {
        double[] v = new double[dim];
        for (int i = 0; i < dim; i++) v[i] = scale * (2 * random.nextDouble() - 1);
        return v;
    }

    /** Points, a segment, a polyline and (in D ≥ 2) a circle. */
    static List<Memory> mixedMemories(int dim, long seed) {
        Random random = new Random(seed);
        List<Memory> out = new ArrayList<>(randomPoints(2, dim, 1.5, seed));
        out.add(new Memory.Segment(randomVector(random, dim, 1.5), randomVector(random, dim, 1.5)));
        out.add(new Memory.Polyline(List.of(randomVector(random, dim, 1.5), randomVector(random, dim, 1.5),
                randomVector(random, dim, 1.5))));
        out.add(new Memory.Circle(randomVector(random, dim, 1.0), 0.7));
        return out;
    }

    /** Time-independent models on scaled-down memories (tanh needs them inside the unit box). */
    static Map<String, EnergyModel> hopfieldModels(int dim) {
        List<Memory> points = randomPoints(4, dim, 0.8, 11);
        Map<String, EnergyModel> models = new LinkedHashMap<>();
        for (HopfieldModel.Features features : HopfieldModel.Features.values()) {
            String f = features.name().toLowerCase();
            models.put(f + "-classical", new HopfieldModel(points, features, new MemoryFunction.Classical()));
            models.put(f + "-power4", new HopfieldModel(points, features, new MemoryFunction.Power(4, false)));
            models.put(f + "-rectified3", new HopfieldModel(points, features, new MemoryFunction.Power(3, true)));
            models.put(f + "-exp", new HopfieldModel(points, features, new MemoryFunction.Exp(2)));
            models.put(f + "-lse", new HopfieldModel(points, features, new MemoryFunction.LogSumExp(4)));
        }
        models.put("distance-points", new DistanceHopfieldModel(points, 3));
        models.put("distance-mixed", new DistanceHopfieldModel(mixedMemories(dim, 5), 3));
        return models;
    }

    static Map<String, DiffusionModel> diffusionModels(int dim) {
        List<Memory> memories = mixedMemories(dim, 7);
        Map<String, DiffusionModel> models = new LinkedHashMap<>();
        models.put("vp-linear", new DiffusionModel(memories, new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20))));
        models.put("vp-cosine", new DiffusionModel(memories, new NoiseProcess.VariancePreserving(new Schedule.Cosine())));
        models.put("vp-constant", new DiffusionModel(memories, new NoiseProcess.VariancePreserving(new Schedule.Constant(0.8, 0.01))));
        models.put("ve", new DiffusionModel(memories, new NoiseProcess.VarianceExploding(0.01, 3)));
        return models;
    }
}
