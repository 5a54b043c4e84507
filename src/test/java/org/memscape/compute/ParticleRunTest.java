package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Sampler;
import org.memscape.core.Schedule;
import org.memscape.core.Simulation;

/** The engine's batched, parallel runs against the core's one-particle-at-a-time reference. */
class ParticleRunTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    private static List<Memory> points(int count) {
        Random random = new Random(count);
        List<Memory> out = new ArrayList<>();
        for (int n = 0; n < count; n++) out.add(new Memory.Point(new double[] {4 * random.nextDouble() - 2, 4 * random.nextDouble() - 2}));
        return out;
    }

    private static double[][] starts(int count) {
        Random random = new Random(7);
        double[][] out = new double[count][];
        for (int p = 0; p < count; p++) out[p] = new double[] {6 * random.nextDouble() - 3, 6 * random.nextDouble() - 3};
        return out;
    }

    /** Same sampler, seed and start: the engine's run stays within float rounding of the core's. */
    @ParameterizedTest(name = "simd={0}")
    @ValueSource(booleans = {true, false})
    void agreesWithTheCore(boolean simd) {
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        DiffusionModel diffusion = new DiffusionModel(points(16), vp);
        EnergyModel hopfield = new DistanceHopfieldModel(points(9), 3);
        Object[][] cases = {
            {hopfield, new Sampler.GradientFlow(0.05, 60, Double.NaN)},
            {hopfield, new Sampler.Langevin(0.05, 60, 0.1, Double.NaN)},
            {diffusion, new Sampler.ReverseSde(vp, new Sampler.TauGrid(1, 0.01, 80))},
            {diffusion, new Sampler.ProbabilityFlow(vp, new Sampler.TauGrid(1, 0.01, 80), true)},
        };
        for (Object[] c : cases) {
            EnergyModel model = (EnergyModel) c[0];
            Sampler sampler = (Sampler) c[1];
            double[][] start = starts(300);
            ParticleRun run = new ParticleRun(model, sampler, 11, start, POOL, simd);
            Simulation reference = new Simulation(model, sampler, 11, start);
            while (!run.finished()) {
                run.advance();
                reference.advance();
            }
            for (int p = 0; p < start.length; p++) {
                double[] expected = reference.canvasPosition(p);
                double[] actual = run.position(p);
                for (int i = 0; i < 2; i++) {
                    assertEquals(expected[i], actual[i], 1e-4 * Math.max(1, Math.abs(expected[i])), sampler + " particle " + p);
                }
            }
        }
    }

    /**
     * The last step of a diffusion run (no noise, no Heun correction, then Tweedie's denoising) is
     * the same in the engine as in the core that `run` uses, ends on the memories, and comes back
     * bit for bit when the timeline replays it from a checkpoint (stepping back, then forward).
     */
    @ParameterizedTest(name = "simd={0}")
    @ValueSource(booleans = {true, false})
    void theLastStepEndsOnTheMemoriesAlikeInTheEngineTheCoreAndAReplay(boolean simd) {
        double[][] ys = {{2, 1.5}, {-2, 1.5}, {0, -2}, {0, 0.3}};
        List<Memory> memories = new ArrayList<>();
        for (double[] y : ys) memories.add(new Memory.Point(y));
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        DiffusionModel model = new DiffusionModel(memories, vp);
        Sampler.TauGrid grid = new Sampler.TauGrid(1, 1e-5, 25);
        for (Sampler sampler : List.of(new Sampler.ReverseSde(vp, grid), new Sampler.ProbabilityFlow(vp, grid, true),
                new Sampler.HopfieldOnDiffusion(vp, 25, 0.05))) {
            double[][] start = starts(600);
            Timeline timeline = new Timeline(new ParticleRun(model, sampler, 5, start, POOL, simd), 1 << 16);
            assertTrue(timeline.interval() > 1, "the replay starts from an earlier checkpoint");
            Simulation reference = new Simulation(model, sampler, 5, start);
            while (timeline.forward()) reference.advance();
            assertTrue(reference.finished());
            ParticleRun run = timeline.run();
            double[][] end = new double[start.length][];
            float[] energies = new float[start.length];
            run.energies(energies);
            for (int p = 0; p < start.length; p++) {
                end[p] = run.position(p);
                double[] expected = reference.canvasPosition(p);
                assertEquals(expected[0], end[p][0], 1e-5, sampler + " particle " + p);
                assertEquals(expected[1], end[p][1], 1e-5, sampler + " particle " + p);
                assertEquals(reference.energy(p), energies[p], 1e-3 * Math.max(1, Math.abs(reference.energy(p))), "energy " + p);
                double nearest = Double.POSITIVE_INFINITY;
                for (double[] y : ys) nearest = Math.min(nearest, Math.hypot(end[p][0] - y[0], end[p][1] - y[1]));
                assertTrue(nearest < 1e-5, sampler + ": particle " + p + " ends " + nearest + " from the nearest memory");
            }
            timeline.back();
            timeline.forward();
            for (int p = 0; p < start.length; p++) assertArrayEquals(end[p], run.position(p), 0.0, "replayed particle " + p);
        }
    }

    @Test
    void theSameBitsWhateverTheThreads() {
        EnergyModel model = new DiffusionModel(points(40), new NoiseProcess.VarianceExploding(0.01, 3));
        Sampler sde = new Sampler.ReverseSde(new NoiseProcess.VarianceExploding(0.01, 3), new Sampler.TauGrid(1, 0.01, 30));
        double[][] start = starts(5000);
        ForkJoinPool single = new ForkJoinPool(1);
        ParticleRun a = new ParticleRun(model, sde, 3, start, POOL, true);
        ParticleRun b = new ParticleRun(model, sde, 3, start, single, true);
        while (!a.finished()) {
            a.advance();
            b.advance();
        }
        single.shutdown();
        for (int p = 0; p < start.length; p++) assertArrayEquals(a.position(p), b.position(p), 0.0);
        float[] energies = new float[start.length];
        a.energies(energies);
        for (float e : energies) assertTrue(Float.isFinite(e));
    }
}
