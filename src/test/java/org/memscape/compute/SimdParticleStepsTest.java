package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.core.Noise;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Sampler;
import org.memscape.core.Schedule;

/**
 * The particles' steps many at a time must give the bits of the one-particle code they stand in
 * for (Sampler.ReverseSde through PointMixtureModel, Noise.gaussians): a replay, a saved scene
 * and the timeline compare runs bit for bit, and a run must not change with the way it is cut.
 */
class SimdParticleStepsTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    @Test
    void boxMullerInLanesGivesTheScalarBits() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 1 << 18;
        double[] u1 = new double[n], u2 = new double[n];
        for (int i = 0; i < n; i++) {
            u1[i] = 1 - (random.nextLong() >>> 11) * 0x1.0p-53;
            u2[i] = (random.nextLong() >>> 11) * 0x1.0p-53;
        }
        // the edges: log 1, the smallest u1, u1 at the √2 split, and every quadrant and octant boundary of u2
        double[] edgesU1 = {1, 0x1.0p-53, 0.5, Math.sqrt(0.5), Math.nextUp(Math.sqrt(0.5)), Math.nextDown(Math.sqrt(0.5)),
            Math.nextDown(1.0), 0.75};
        List<Double> edgesU2 = new ArrayList<>(List.of(0.0, Math.nextDown(1.0)));
        for (int j = 1; j < 8; j++) edgesU2.addAll(List.of(j / 8.0, Math.nextUp(j / 8.0), Math.nextDown(j / 8.0)));
        int at = 0;
        for (double a : edgesU1) {
            for (double b : edgesU2) {
                u1[at] = a;
                u2[at++] = b;
            }
        }
        double[] z0 = new double[n], z1 = new double[n];
        SimdNoise.boxMuller(u1, u2, z0, z1, n);
        double[] expected = new double[2];
        for (int i = 0; i < n; i++) {
            Noise.boxMuller(u1[i], u2[i], expected, 0);
            assertEquals(Double.doubleToRawLongBits(expected[0]), Double.doubleToRawLongBits(z0[i]), "z0 of " + u1[i] + ", " + u2[i]);
            assertEquals(Double.doubleToRawLongBits(expected[1]), Double.doubleToRawLongBits(z1[i]), "z1 of " + u1[i] + ", " + u2[i]);
        }
    }

    @Test
    void drawsInLanesAreTheDrawsOfGaussians() {
        Noise noise = new Noise(-3);
        int count = 4 * SimdMath.LANES;
        double[] u1 = new double[count], u2 = new double[count], z0 = new double[count], z1 = new double[count];
        double[] expected = new double[2];
        for (long step : new long[] {0, 1, 999, 123_456_789_012L}) {
            SimdNoise.uniforms(noise, Noise.STEP_STREAM, 1000, count, step, u1, u2, 0);
            SimdNoise.boxMuller(u1, u2, z0, z1, count);
            for (int i = 0; i < count; i++) {
                noise.gaussians(Noise.STEP_STREAM, 1000 + i, step, expected);
                assertEquals(expected[0], z0[i], 0.0);
                assertEquals(expected[1], z1[i], 0.0);
            }
        }
    }

    private static List<Memory> points(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(new double[] {random.nextDouble(-3, 3), random.nextDouble(-3, 3)}));
        return out;
    }

    /**
     * Every step of whole runs, on memory counts that fill whole vectors and some that do not, on
     * both kinds of noise process, with particles from near the memories to far off (where the
     * two float passes and the double path take over), and a particle count that leaves a short
     * block: the engine's run equals the sampler's one particle at a time, bit for bit.
     */
    @ParameterizedTest(name = "memories={0}")
    @ValueSource(ints = {1, 5, 16, 64, 100})
    void stepsGiveTheBitsOfTheSamplerOneParticleAtATime(int memoryCount) {
        List<Memory> memories = points(memoryCount, memoryCount);
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        NoiseProcess ve = new NoiseProcess.VarianceExploding(0.01, 3);
        int[] paths = new int[3];
        for (NoiseProcess process : List.of(vp, ve)) {
            EnergyModel model = new DiffusionModel(memories, process);
            Sampler.ReverseSde sde = new Sampler.ReverseSde(process, new Sampler.TauGrid(1, 0.001, 40));
            SplittableRandom random = new SplittableRandom(9);
            int count = 37 * SimdMath.LANES + 5;   // two chunks of ParticleRun, each ending in a short block
            double[][] start = new double[count][];
            for (int p = 0; p < count; p++) {
                double reach = p % 7 == 0 ? 40 : p % 3 == 0 ? 8 : 3;
                start[p] = new double[] {random.nextDouble(-reach, reach), random.nextDouble(-reach, reach)};
            }
            ParticleRun run = new ParticleRun(model, sde, 21, start, POOL, true);
            EnergyModel reference = PointMixtureModel.of(model, true);
            assertTrue(reference instanceof PointMixtureModel);
            Noise noise = new Noise(21);
            double[][] states = new double[count][];
            for (int p = 0; p < count; p++) states[p] = start[p].clone();
            for (int k = 0; k < sde.steps(); k++) {
                SimdMath.PointMemories lanes = ((PointMixtureModel) reference).lanesAt(sde.tau(k));
                for (double[] state : states) paths[SimdMath.pathFor(state[0], state[1], lanes)]++;
                for (int p = 0; p < count; p++) sde.advance(reference, states[p], p, k, noise);
                run.advance();
                for (int p = 0; p < count; p++) {
                    double[] actual = run.position(p);
                    assertEquals(states[p][0], actual[0], 0.0, process + " step " + k + " particle " + p);
                    assertEquals(states[p][1], actual[1], 0.0, process + " step " + k + " particle " + p);
                }
            }
        }
        assertTrue(paths[SimdMath.ONE_PASS_PATH] > 0 && paths[SimdMath.TWO_PASS_PATH] > 0 && paths[SimdMath.DOUBLE_PATH] > 0,
                "every path taken: " + java.util.Arrays.toString(paths));
    }
}
