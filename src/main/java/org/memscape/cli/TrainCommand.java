package org.memscape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.memscape.core.EnergyModel;
import org.memscape.output.Version;
import org.memscape.learn.Activation;
import org.memscape.learn.Architecture;
import org.memscape.learn.NetworkFile;
import org.memscape.learn.SceneTraining;
import org.memscape.learn.TrainedNetwork;
import org.memscape.learn.TrainingSettings;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a network on a diffusion scene's memories by denoising score matching and writes it as JSON.",
                "The network (3 hidden layers of W, SiLU or ReLU, an embedding of the noise level) predicts the noise ε",
                "of x = a(τ)y + s(τ)ε; its score is −ε̂/s(τ). Adam, mini-batches of 512, τ uniform in [tauMin, 1].",
                "The same scene, options and seed give the same file, bit for bit. Use it with field --network and run --network."})
final class TrainCommand implements Callable<Integer> {

    static final int MAX_STEPS = 1_000_000;
    static final int MAX_WIDTH = 1024;

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file (a diffusion model)")
    Path scene;

    @Option(names = "--steps", paramLabel = "K", description = "Adam steps, 1 to " + MAX_STEPS + " (default: " + TrainingSettings.DEFAULT_STEPS + ")")
    int steps = TrainingSettings.DEFAULT_STEPS;

    @Option(names = "--width", paramLabel = "W", description = "units in each hidden layer, 1 to " + MAX_WIDTH + " (default: " + Architecture.DEFAULT_WIDTH + ")")
    int width = Architecture.DEFAULT_WIDTH;

    @Option(names = "--seed", paramLabel = "S", description = "seed of the initial weights and the training draws (default: 0)")
    long seed;

    @Option(names = "--activation", paramLabel = "A", description = "silu or relu (default: silu)")
    String activation = "silu";

    @Option(names = "--out", required = true, paramLabel = "NET.json", description = "the network file to write (- for stdout)")
    Path out;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (steps < 1 || steps > MAX_STEPS) throw new UserError("--steps " + steps + ": expected a whole number from 1 to " + MAX_STEPS);
        if (width < 1 || width > MAX_WIDTH) throw new UserError("--width " + width + ": expected a whole number from 1 to " + MAX_WIDTH);
        Activation act = Activation.of(activation);
        if (act == null) throw new UserError("--activation " + activation + ": expected silu or relu");
        Notes notes = new Notes();
        Scene s = SceneInput.read(scene, notes);
        CsvOutput.refuseSceneAsOutput(out, scene, "--out");
        EnergyModel model = SceneSetup.model(s);
        if (!s.model().isDiffusion()) {
            throw SceneInput.sceneError(scene, "model: a network learns the score of a diffusion model; expected diffusion-vp or diffusion-ve");
        }
        double tauMin = s.dynamics().tauMin();
        SceneInput.checkNoiseFloor(model, tauMin, "dynamics.tauMin", scene);
        if (!(tauMin < 1)) throw SceneInput.sceneError(scene, "dynamics.tauMin " + tauMin + ": training draws τ from [tauMin, 1]; expected tauMin below 1");
        TrainingSettings settings = TrainingSettings.standard(tauMin).withSteps(steps);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        TrainedNetwork trained;
        try {
            trained = SceneTraining.train(s, width, act, settings, seed, Version.current(), pool, (k, n, loss) -> true);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String json = NetworkFile.toJson(trained);
        CsvOutput.write(out, parent.stdout(), w -> w.write(json));
        notes.add(String.format(Locale.ROOT, "trained %d steps in %.1f s (%.0f steps a second); final loss %.4g (mean of the last %d steps)",
                steps, seconds, steps / seconds, trained.finalLoss(), Math.min(steps, 100)));
        notes.printTo(err);
        return 0;
    }
}
