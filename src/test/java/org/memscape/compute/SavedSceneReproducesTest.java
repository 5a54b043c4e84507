package org.memscape.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneWriter;

/** A saved scene with its seed runs bit for bit as it did before it was saved, on any pool size. */
class SavedSceneReproducesTest {

    private static final int STEPS = 40;

    @TempDir Path dir;

    private static float[] run(Scene scene, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            ParticleRun run = ParticleRun.of(scene, pool);
            for (int k = 0; k < STEPS; k++) run.advance();
            float[] xy = new float[2 * run.count()];
            run.positions(xy);
            return xy;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void savingAndOpeningKeepsTheRunBitForBit() throws Exception {
        // reverse diffusion draws fresh noise every step: the seed decides everything
        Scene original = SceneReader.read(Path.of("presets/diffusion-vs-hopfield.json"));
        Path file = dir.resolve("saved.json");
        SceneWriter.write(original, file);
        Scene reopened = SceneReader.read(file);

        float[] before = run(original, 2);
        assertArrayEquals(before, run(reopened, 2));
        assertArrayEquals(before, run(reopened, 1), "the pool size changes nothing");

        ParticleSpec p = original.particles();
        Scene otherSeed = original.withParticles(new ParticleSpec(p.count(), p.seed() + 1, p.init()));
        assertFalse(Arrays.equals(before, run(otherSeed, 2)), "another seed, another run");
    }
}
