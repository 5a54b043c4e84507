package org.memscape.app.learned;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicReference;
import org.memscape.learn.Activation;
import org.memscape.learn.Network;
import org.memscape.learn.SceneTraining;
import org.memscape.learn.TrainedNetwork;
import org.memscape.learn.TrainingSettings;
import org.memscape.scene.Scene;

/**
 * One training of a network on a scene's memories, on a thread of its own (the window stays
 * live): {@link SceneTraining} with the scene's tauMin, every step's loss kept for the chart, the
 * weights handed over every {@value #SNAPSHOT_EVERY} steps so the landscape can follow. The FX
 * thread reads what is new on each pulse; nothing here touches JavaFX. It uses all cores but one:
 * the frame engine keeps the other, so the picture goes on moving while the network learns.
 */
final class TrainingJob {

    /** What the user chose in the Learn tab. */
    record Settings(int steps, int width, long seed) {}

    /** The weights are shown this often while training. */
    static final int SNAPSHOT_EVERY = 200;

    private final Scene scene;
    private final Settings settings;
    private final double[] losses;
    private volatile int stepsDone;
    private volatile boolean cancelled;
    private final AtomicReference<Network> snapshot = new AtomicReference<>();
    private volatile TrainedNetwork result;
    private volatile String failure;
    private volatile boolean finished;
    private final Thread thread;

    TrainingJob(Scene scene, Settings settings, String programVersion) {
        this.scene = scene;
        this.settings = settings;
        this.losses = new double[settings.steps()];
        this.thread = new Thread(() -> run(programVersion), "memscape-training");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
    }

    void start() { thread.start(); }

    /** Stops after the step in progress; the weights so far are the result. */
    void cancel() { cancelled = true; }

    Scene scene() { return scene; }

    Settings settings() { return settings; }

    int stepsDone() { return stepsDone; }

    /** The loss of step k (1-based), for k ≤ {@link #stepsDone}. */
    double loss(int k) { return losses[k - 1]; }

    /** The newest weights not yet taken, or null. */
    Network takeSnapshot() { return snapshot.getAndSet(null); }

    boolean finished() { return finished; }

    boolean cancelled() { return cancelled; }

    /** The network at the end (after a Cancel, as far as it got), or null before the end or after a failure. */
    TrainedNetwork result() { return result; }

    String failure() { return failure; }

    private void run(String programVersion) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        ForkJoinPool pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }, null, false);
        try {
            TrainingSettings training = TrainingSettings.standard(scene.dynamics().tauMin()).withSteps(settings.steps());
            result = SceneTraining.train(scene, settings.width(), Activation.SILU, training, settings.seed(), programVersion, pool,
                    (step, steps, loss) -> {
                        losses[step - 1] = loss;
                        stepsDone = step;   // volatile: publishes the loss written before it
                        return !cancelled;
                    }, SNAPSHOT_EVERY, snapshot::set);
        } catch (RuntimeException | OutOfMemoryError e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        } finally {
            pool.shutdown();
            finished = true;
        }
    }
}
