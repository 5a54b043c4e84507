package org.memscape.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/**
 * The landscapes of the bench's field figures beyond point memories, each the same for every run
 * of the bench: extended memories under the diffusion energy at the noise of a mid-run frame
 * (τ = 0.3 on the linear VP schedule, s ≈ 0.78), dot-product Hopfield models at β = 4.
 */
final class BenchScenes {

    /** The noise level of the extended memories' figures. */
    static final double TAU = 0.3;
    static final double BETA = 4;
    static final List<String> KINDS = List.of("segment", "polyline", "circle", "hopfield-lse", "hopfield-tanh");
    static final NoiseProcess VP = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));

    private BenchScenes() {}

    /** One figure's model, the τ it is evaluated at (NaN without time), its grid, and its segments for the NumPy peer. */
    record Figure(String kind, EnergyModel model, double tau, Grid grid, double[][] segments) {}

    /** The figure of a kind with {@code count} memories (for polylines, {@code count}/4 polylines of 4 pieces). */
    static Figure of(String kind, int count, int gridSize) {
        Random random = new Random(1);
        Grid whole = new Grid(-3, 3, -3, 3, gridSize);
        return switch (kind) {
            case "segment" -> {
                double[][] segments = new double[count][];
                List<Memory> memories = new ArrayList<>();
                for (int n = 0; n < count; n++) {
                    double x = 4.8 * random.nextDouble() - 2.4, y = 4.8 * random.nextDouble() - 2.4;
                    double angle = Math.PI * random.nextDouble(), half = 0.25 + 0.5 * random.nextDouble();
                    double c = half * Math.cos(angle), s = half * Math.sin(angle);
                    segments[n] = new double[] {x - c, y - s, x + c, y + s};
                    memories.add(new Memory.Segment(new double[] {x - c, y - s}, new double[] {x + c, y + s}));
                }
                yield new Figure(kind, new DiffusionModel(memories, VP), TAU, whole, segments);
            }
            case "polyline" -> {
                List<Memory> memories = new ArrayList<>();
                for (int n = 0; n < count / 4; n++) {
                    List<double[]> corners = new ArrayList<>();
                    double x = 4 * random.nextDouble() - 2, y = 4 * random.nextDouble() - 2;
                    corners.add(new double[] {x, y});
                    for (int k = 0; k < 4; k++) {
                        double angle = 2 * Math.PI * random.nextDouble(), length = 0.3 + 0.5 * random.nextDouble();
                        x += length * Math.cos(angle);
                        y += length * Math.sin(angle);
                        corners.add(new double[] {x, y});
                    }
                    memories.add(new Memory.Polyline(corners));
                }
                yield new Figure(kind, new DiffusionModel(memories, VP), TAU, whole, null);
            }
            case "circle" -> {
                List<Memory> memories = new ArrayList<>();
                for (int n = 0; n < count; n++) {
                    double x = 4.8 * random.nextDouble() - 2.4, y = 4.8 * random.nextDouble() - 2.4;
                    memories.add(new Memory.Circle(new double[] {x, y}, 0.2 + 0.8 * random.nextDouble()));
                }
                yield new Figure(kind, new DiffusionModel(memories, VP), TAU, whole, null);
            }
            case "hopfield-lse" -> new Figure(kind, new HopfieldModel(points(random, count, 1.2), HopfieldModel.Features.QUADRATIC,
                    new MemoryFunction.LogSumExp(BETA)), Double.NaN, new Grid(-1.5, 1.5, -1.5, 1.5, gridSize), null);
            case "hopfield-tanh" -> new Figure(kind, new HopfieldModel(points(random, count, 0.9), HopfieldModel.Features.TANH,
                    new MemoryFunction.LogSumExp(BETA)), Double.NaN, new Grid(-1, 1, -1, 1, gridSize), null);
            default -> throw new IllegalArgumentException("no bench figure for kind " + kind);
        };
    }

    private static List<Memory> points(Random random, int count, double half) {
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            out.add(new Memory.Point(new double[] {half * (2 * random.nextDouble() - 1), half * (2 * random.nextDouble() - 1)}));
        }
        return out;
    }
}
