package org.memscape.app.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memscape.app.classroom.Lessons;
import org.memscape.core.DiffusionModel;
import org.memscape.learn.Activation;
import org.memscape.learn.Architecture;
import org.memscape.learn.SceneTraining;
import org.memscape.learn.ScoreError;
import org.memscape.learn.TrainedNetwork;
import org.memscape.learn.TrainingSettings;
import org.memscape.scene.Domain;
import org.memscape.scene.Lesson;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/**
 * The claims of the learning story (issue 16, Must 7), sentence by sentence: the two presets'
 * descriptions and the captions of the lesson "A network learns the score", checked headless with
 * the window's own training (the Learn tab's defaults, seed 0) and its paired runs.
 */
class LearnedStoryTest {

    private static ForkJoinPool pool;

    @BeforeAll
    static void pool() { pool = new ForkJoinPool(2); }

    @AfterAll
    static void close() { pool.shutdown(); }

    private static Scene preset(String name) throws Exception {
        return SceneReader.read(Path.of("presets", name + ".json"));
    }

    private static TrainedNetwork train(Scene scene, int width, int steps) {
        return SceneTraining.train(scene, width, Activation.SILU, TrainingSettings.standard(scene.dynamics().tauMin()).withSteps(steps),
                0, "test", pool, (k, n, loss) -> true);
    }

    /** "Learn trains a network (3 hidden layers of 128 units) … Every 200 steps the landscape is redrawn … the default 3000 steps." */
    @Test
    void theLearnTabsDefaultsAreTheOnesTheTextsName() {
        assertEquals(128, Architecture.DEFAULT_WIDTH);
        assertEquals(3000, TrainingSettings.DEFAULT_STEPS);
        assertEquals(200, TrainingJob.SNAPSHOT_EVERY);
    }

    /**
     * "Every particle of the reverse-time SDE ends on a memory." "After the default 3000 steps its score
     * is within 5% of the exact one at τ = 0.5 (weighted by where the data are), and more than 95% of
     * the particles it moves end within 0.2 of a memory, as every exact one does."
     */
    @Test
    void theDefaultNetworkLearnsTheFourMemories() throws Exception {
        Scene scene = preset("a-network-learns-four-memories");
        assertEquals(4, scene.memories().size());
        TrainedNetwork t = train(scene, Architecture.DEFAULT_WIDTH, TrainingSettings.DEFAULT_STEPS);
        Domain d = scene.domain();
        double error = ScoreError.relative(t.network(), (DiffusionModel) SceneSetup.model(scene), d.xmin(), d.xmax(), d.ymin(), d.ymax(),
                128, 0.5, pool);
        assertTrue(error <= 0.05, "error " + error);
        LearnedParticles.Runs runs = LearnedParticles.run(t.network(), scene, pool, () -> false);
        assertEquals(1.0, runs.exactShare(0.05), "every exact particle on a memory");
        assertTrue(runs.learnedShare(0.2) > 0.95, "learned on a memory: " + runs.learnedShare(0.2));
    }

    /**
     * "Every particle of the exact reverse-time SDE ends on one of them. Train a small network instead
     * (width 16, 500 steps in the Learn tab) and turn on its particles: fewer than 10% of them end within
     * 0.2 of a memory."
     */
    @Test
    void aSmallNetworkOnNineMemoriesGeneratesBetweenThem() throws Exception {
        Scene scene = preset("many-memories-small-network");
        assertEquals(9, scene.memories().size());
        TrainedNetwork t = train(scene, 16, 500);
        LearnedParticles.Runs runs = LearnedParticles.run(t.network(), scene, pool, () -> false);
        assertEquals(1.0, runs.exactShare(0.05), "every exact particle on a memory");
        assertTrue(runs.learnedShare(0.2) < 0.10, "learned on a memory: " + runs.learnedShare(0.2));
    }

    /** The lesson tells the story in this order, with captions short enough to read aloud. */
    @Test
    void theLessonGoesFromTheExactLandscapeToTheNetworkThatBlurs() throws Exception {
        Lesson lesson = Lessons.load("a-network-learns-the-score.json");
        List<String> titles = lesson.slides().stream().map(s -> s.scene().title()).toList();
        assertEquals(List.of("A network learns four memories", "A network learns four memories", "Many memories, a small network"), titles);
        for (Lesson.Slide slide : lesson.slides()) {
            assertTrue(slide.caption().length() <= 220, slide.from() + ": " + slide.caption().length() + " characters");
        }
        assertTrue(lesson.slides().get(1).caption().contains("within 5% of the exact one at \u03c4 = 0.5"));
        assertTrue(lesson.slides().get(2).caption().contains("width 16, 500 steps"));
        assertTrue(lesson.slides().get(2).caption().contains("Fewer than 10% of its particles end within 0.2 of a memory"));
    }
}
