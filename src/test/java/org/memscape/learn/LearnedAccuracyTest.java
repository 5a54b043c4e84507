package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/**
 * The README's accuracy claim on the shipped preset with the most point memories (five): after
 * the default training the learned score is within 8% of the exact one at τ = 0.3, 0.5 and 0.8, in
 * the p-weighted relative L2 error of {@link ScoreError} on a 128² grid over the scene's domain.
 * (The other point-memory presets, fewer memories, do better; the README lists their figures.)
 */
class LearnedAccuracyTest {

    static final double TARGET = 0.08;

    @Test
    void defaultTrainingLearnsTheFivePointsPreset() throws Exception {
        Scene scene = SceneReader.read(Path.of("presets/ambrogioni-1a-points.json"));
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            TrainedNetwork t = SceneTraining.train(scene, Architecture.DEFAULT_WIDTH, Activation.SILU,
                    TrainingSettings.standard(scene.dynamics().tauMin()), 0, "test", pool, (k, n, loss) -> true);
            DiffusionModel exact = (DiffusionModel) SceneSetup.model(scene);
            Domain d = scene.domain();
            for (double tau : new double[] {0.3, 0.5, 0.8}) {
                double error = ScoreError.relative(t.network(), exact, d.xmin(), d.xmax(), d.ymin(), d.ymax(), 128, tau, pool);
                assertTrue(error <= TARGET, "τ = " + tau + ": relative error " + error);
            }
        } finally {
            pool.shutdown();
        }
    }
}
