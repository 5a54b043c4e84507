package org.memscape.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Frame;
import org.memscape.compute.FrameEngine;
import org.memscape.compute.FrameRequest;
import org.memscape.compute.Grid;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;

/** Paired runs: the scene's own run when the dynamics is the scene's, and an agreement that is a plain count. */
class PairedRunsTest {

    private static final ForkJoinPool POOL = ForkJoinPool.commonPool();

    private static Scene preset(String name) throws Exception {
        return SceneReader.read(Path.of("presets", name + ".json"));
    }

    /** The particles the window's engine shows at step k. */
    private static float[] engineParticles(Scene scene, int step) throws Exception {
        CountDownLatch published = new CountDownLatch(1);
        try (FrameEngine engine = new FrameEngine(2, f -> published.countDown())) {
            engine.submit(new FrameRequest(scene, Double.NaN, new Grid(-3, 3, -3, 3, 8), 0, step, false));
            assertTrue(published.await(120, TimeUnit.SECONDS), "the engine answers");
            Frame frame = engine.takeLatest();
            assertEquals(step, frame.step());
            return Arrays.copyOf(frame.particleXY(), 2 * frame.particleCount());
        }
    }

    @Test
    void aComparedRunUnderTheScenesOwnDynamicsIsTheScenesRunBitForBit() throws Exception {
        // the reverse SDE draws noise at every step: equal only if the seed, the starts and the code are the same
        Scene scene = preset("diffusion-vs-hopfield");
        assertEquals(Sampler.REVERSE_SDE, scene.dynamics().sampler());
        PairedRuns runs = new PairedRuns(scene, List.of(Sampler.PROBABILITY_FLOW_ODE, Sampler.REVERSE_SDE), POOL);
        for (int step : new int[] {37, scene.dynamics().steps()}) {
            runs.seek(step, Cancellation.NEVER);
            assertArrayEquals(engineParticles(scene, step), runs.positions(1), "step " + step);
        }
        // and back again: the timeline replays exactly
        runs.seek(37, Cancellation.NEVER);
        assertArrayEquals(engineParticles(scene, 37), runs.positions(1));
        // the other dynamics is another run from the same starts
        runs.seek(0, Cancellation.NEVER);
        assertArrayEquals(runs.positions(0), runs.positions(1), "the same starts");
        runs.seek(37, Cancellation.NEVER);
        assertTrue(!Arrays.equals(runs.positions(0), runs.positions(1)));
    }

    @Test
    void aTimelessScenesOwnRunToo() throws Exception {
        Scene scene = preset("modern-hopfield-same-memories");
        PairedRuns runs = new PairedRuns(scene, List.of(Sampler.HOPFIELD_UPDATE, scene.dynamics().sampler(), Sampler.LANGEVIN), POOL);
        int which = runs.dynamics().indexOf(scene.dynamics().sampler());
        runs.seek(5, Cancellation.NEVER);
        assertArrayEquals(engineParticles(scene, 5), runs.positions(which));
    }

    /**
     * Two memories at (±1.5, 0) under diffusion: the softmax weight of the one at +1.5 is above ½
     * exactly where x > 0 (the log-ratio of the weights is 2 a·1.5·x / s²), so the share of
     * particles at the same memory under two dynamics is the share whose end x has the same sign
     * under both: counted here straight from the end positions.
     */
    @Test
    void theAgreementOfASymmetricPairIsADirectCountOfSides() throws Exception {
        Scene scene = SceneReader.parse("""
                {"memscape": 1, "domain": [-3, 3, -3, 3],
                 "memories": [{"point": [1.5, 0]}, {"point": [-1.5, 0]}],
                 "model": {"type": "diffusion-vp", "schedule": {"type": "linear", "betaMin": 0.1, "betaMax": 20}},
                 "dynamics": {"sampler": "reverse-sde", "steps": 100},
                 "particles": {"count": 500, "seed": 3, "init": "prior"}}""", "symmetric.json");
        List<Sampler> dynamics = List.of(Sampler.REVERSE_SDE, Sampler.PROBABILITY_FLOW_ODE, Sampler.HOPFIELD_UPDATE);
        PairedRuns runs = new PairedRuns(scene, dynamics, POOL);
        runs.finish(Cancellation.NEVER);
        Agreement table = runs.agreement();
        assertEquals(500, table.particles());
        boolean someDisagree = false;
        for (int a = 0; a < dynamics.size(); a++) {
            for (int b = 0; b < dynamics.size(); b++) {
                int same = 0;
                for (int p = 0; p < 500; p++) {
                    double xa = runs.position(a, p)[0], xb = runs.position(b, p)[0];
                    if (xa != 0 && Math.signum(xa) == Math.signum(xb)) same++;
                }
                assertEquals(same, table.same()[a][b], dynamics.get(a) + " / " + dynamics.get(b));
                assertEquals(same / 500.0, table.share(a, b), 1e-15);
                someDisagree |= same < 500;
            }
        }
        assertTrue(someDisagree, "the noise of the SDE takes some particles across: the test can tell");
        // every end is at a memory, so the diagonal is whole
        for (int a = 0; a < dynamics.size(); a++) assertEquals(1.0, table.retrieved(a));
    }

    @Test
    void dynamicsTheModelCannotTakeOrNamedTwiceAreRefusedWithAReason() throws Exception {
        Scene hopfield = preset("modern-hopfield-same-memories");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PairedRuns(hopfield, List.of(Sampler.GRADIENT_FLOW, Sampler.REVERSE_SDE), POOL));
        assertTrue(e.getMessage().contains("reverse-sde needs a diffusion model"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PairedRuns(hopfield, List.of(Sampler.GRADIENT_FLOW, Sampler.GRADIENT_FLOW), POOL));
        assertTrue(e.getMessage().contains("named twice"), e.getMessage());
        Scene diffusion = preset("diffusion-vs-hopfield");
        assertThrows(IllegalArgumentException.class, () -> new PairedRuns(diffusion, List.of(Sampler.values()), POOL));
        assertEquals(List.of(Sampler.values()), PairedRuns.available(diffusion));
        assertEquals(List.of(Sampler.GRADIENT_FLOW, Sampler.LANGEVIN, Sampler.HOPFIELD_UPDATE), PairedRuns.available(hopfield));
    }

    @Test
    void agreementCountsOnlyParticlesAtOneMemoryTheSame() {
        Agreement t = Agreement.of(List.of(Sampler.GRADIENT_FLOW, Sampler.HOPFIELD_UPDATE),
                List.of(new int[] {0, 1, -1, 2, -1}, new int[] {0, 2, -1, 2, 1}));
        assertEquals(2, t.same()[0][1]);   // particles 0 and 3; two mixtures (−1, −1) are not one memory
        assertEquals(0.4, t.share(0, 1), 1e-15);
        assertEquals(3, t.same()[0][0]);
        assertEquals(4, t.same()[1][1]);
    }
}
