package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.GridField;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/**
 * The window's views of a learned score, headless: the error map adds up to the square of
 * {@link ScoreError} on the same grid; the learned energy is the potential of the learned score
 * with the exact energy's p-weighted mean; training hands over snapshots of its weights.
 */
class LearnedLandscapeTest {

    private static final Scene SCENE = read("presets/diffusion-vs-hopfield.json");

    @Test
    void theErrorMapAddsUpToTheScoreError() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            TrainedNetwork t = SceneTraining.train(SCENE, 16, Activation.SILU, TrainingSettings.standard(SCENE.dynamics().tauMin())
                    .withSteps(200), 0, "test", pool, (k, n, loss) -> true);
            DiffusionModel exact = (DiffusionModel) SceneSetup.model(SCENE);
            Domain d = SCENE.domain();
            for (double tau : new double[] {0.2, 0.5}) {
                LearnedLandscape view = LearnedLandscape.compute(t.network(), exact, new Grid(d.xmin(), d.xmax(), d.ymin(), d.ymax(), 64), tau, pool);
                double score = ScoreError.relative(t.network(), exact, d.xmin(), d.xmax(), d.ymin(), d.ymax(), 64, tau, pool);
                double sum = 0;
                for (double e : view.error()) {
                    assertTrue(e >= 0);
                    sum += e;
                }
                assertEquals(score * score, sum, 1e-9 * score * score, "τ = " + tau);
                assertEquals(score, view.relativeError(), 1e-9 * score);
                // the learned energy has the exact energy's mean where the data are
                GridField f = GridField.evaluate(exact, d.xmin(), d.xmax(), d.ymin(), d.ymax(), 64, tau);
                double min = java.util.Arrays.stream(f.energy()).min().orElseThrow();
                double pSum = 0, exactMean = 0, learnedMean = 0;
                for (int k = 0; k < f.energy().length; k++) {
                    double p = Math.exp(min - f.energy()[k]);
                    pSum += p;
                    exactMean += p * f.energy()[k];
                    learnedMean += p * view.energy()[k];
                }
                assertEquals(exactMean / pSum, learnedMean / pSum, 1e-9 * Math.abs(exactMean / pSum) + 1e-9);
                // and its gradient is the least-squares potential's of the learned score
                double[] phi = LeastSquaresPotential.solve(view.scoreX(), view.scoreY(), 64, 64, d.width() / 64, d.height() / 64);
                for (int k = 1; k < phi.length; k++) {
                    assertEquals(phi[k] - phi[0], view.energy()[0] - view.energy()[k], 1e-9 * (1 + Math.abs(phi[k])));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void trainingHandsOverSnapshotsEverySoManySteps() {
        AtomicInteger snapshots = new AtomicInteger();
        TrainedNetwork t = SceneTraining.train(SCENE, 8, Activation.SILU, TrainingSettings.standard(SCENE.dynamics().tauMin())
                .withSteps(100), 0, "test", null, (k, n, loss) -> true, 30, net -> snapshots.incrementAndGet());
        assertEquals(3, snapshots.get());   // at 30, 60, 90; the end is the result itself
        assertEquals(100, t.settings().steps());
    }

    @Test
    void theRecallShareCountsParticlesNearAMemory() {
        List<org.memscape.core.Memory> memories = List.of(new org.memscape.core.Memory.Point(new double[] {0, 0}),
                new org.memscape.core.Memory.Segment(new double[] {2, 0}, new double[] {2, 2}),
                new org.memscape.core.Memory.Circle(new double[] {-3, 0}, 1));
        float[] xy = {0.05f, 0, 1, 1, 2.08f, 1.5f, 2.5f, 3, -3, 0.95f, -3, 0};
        // on: the point's neighbour, beside the segment, on the ring; off: between, past the segment's end, the ring's centre
        assertEquals(3 / 6.0, RecallShare.of(memories, xy, 6, 0.1), 1e-12);
        assertEquals(Math.hypot(0.5, 1), RecallShare.distance(memories, 2.5, 3), 1e-6);
        // within 1: also (1, 1), 1 from the segment, and the ring's centre, 1 from the ring
        assertEquals(5 / 6.0, RecallShare.of(memories, xy, 6, 1.0), 1e-12);
    }

    private static Scene read(String path) {
        try {
            return SceneReader.read(Path.of(path));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
