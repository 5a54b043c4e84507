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
