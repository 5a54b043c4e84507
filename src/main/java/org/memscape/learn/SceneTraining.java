package org.memscape.learn;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/** Trains a network on a scene's memories under its diffusion model, reporting each step. */
public final class SceneTraining {

    /** Told after every step; returns false to stop early (a Cancel). */
    public interface Progress { boolean stepped(int step, int steps, double loss); }

    /** The final loss is the mean of the last this many steps' losses. */
    static final int LOSS_WINDOW = 100;

    private SceneTraining() {}

    /**
     * @throws IllegalArgumentException if the scene's model is not a diffusion model
     * @return the network after every step, or after the step at which {@code progress} said stop
     */
    public static TrainedNetwork train(Scene scene, int width, Activation activation, TrainingSettings settings, long seed,
                                       String programVersion, ForkJoinPool pool, Progress progress) {
        EnergyModel model = SceneSetup.model(scene);
        if (!(model instanceof DiffusionModel diffusion)) throw new IllegalArgumentException("a network learns the score of a diffusion model");
        List<Memory> memories = diffusion.memories();
        Network start = Trainer.initialNetwork(memories, diffusion.process(), width, activation, seed);
        Trainer trainer = new Trainer(memories, start, settings, seed, pool);
        double[] recent = new double[LOSS_WINDOW];
        while (!trainer.finished()) {
            double loss = trainer.step();
            recent[(trainer.stepsTaken() - 1) % LOSS_WINDOW] = loss;
            if (!progress.stepped(trainer.stepsTaken(), settings.steps(), loss)) break;
        }
        int kept = Math.min(LOSS_WINDOW, trainer.stepsTaken());
        double sum = 0;
        for (int i = 0; i < kept; i++) sum += recent[i];
        double finalLoss = kept == 0 ? Double.NaN : sum / kept;
        return new TrainedNetwork(trainer.network(), scene, settings.withSteps(trainer.stepsTaken()), seed, finalLoss, programVersion);
    }
}
