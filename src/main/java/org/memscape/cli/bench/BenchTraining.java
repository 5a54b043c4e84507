package org.memscape.cli.bench;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;
import org.memscape.learn.Activation;
import org.memscape.learn.Architecture;
import org.memscape.learn.Network;
import org.memscape.learn.Products;
import org.memscape.learn.Trainer;
import org.memscape.learn.TrainingSettings;

/**
 * The learned score's figures of {@code memscape bench}: a whole default training on the five
 * memories of presets/ambrogioni-1a-points.json (3000 Adam steps of 512 samples, 3 × 128 SiLU, on
 * every core), and the product that takes most of a step (64 samples × 128 inputs × 128 outputs,
 * one thread) by the network's own kernel and by EJML, in GFLOP/s.
 */
final class BenchTraining {

    /** Sizes and run counts. */
    record Plan(int steps, int width, double warmupSeconds, int kernelRuns, int kernelCalls) {
        static final Plan FULL = new Plan(TrainingSettings.DEFAULT_STEPS, Architecture.DEFAULT_WIDTH, 3, 11, 500);
        static final Plan QUICK = new Plan(30, 16, 0, 3, 20);
    }

    /** Fig. 1a's memories, as the preset has them. */
    static final List<Memory> MEMORIES = List.of(new Memory.Point(new double[] {-2, 1.5}), new Memory.Point(new double[] {1.8, 2}),
            new Memory.Point(new double[] {0.3, -0.2}), new Memory.Point(new double[] {-1.2, -2}), new Memory.Point(new double[] {2, -1.2}));
    static final NoiseProcess VP = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));

    private BenchTraining() {}

    static void run(Plan plan, Consumer<BenchHarness.Line> emit, Consumer<String> note) {
        int threads = Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            note.accept("train memories=5 width=" + plan.width() + " steps=" + plan.steps() + " …");
            TrainingSettings settings = TrainingSettings.standard(0.001).withSteps(plan.steps());
            // the JIT first, on a training of its own, then the timed one
            Trainer warm = trainer(plan, settings.withSteps(TrainingSettings.MAX_STEPS), pool);
            long until = System.nanoTime() + (long) (plan.warmupSeconds() * 1e9);
            while (System.nanoTime() < until) warm.step();
            BenchHarness.Timing t = BenchHarness.median(() -> {
                Trainer trainer = trainer(plan, settings, pool);
                while (!trainer.finished()) trainer.step();
            }, 0, 1);
            emit.accept(BenchHarness.line("train").put("memories", MEMORIES.size()).put("width", plan.width())
                    .put("batch", settings.batch()).put("steps", plan.steps()).put("threads", threads).put(t)
                    .putMs("steps_per_s", plan.steps() / (t.medianMs() / 1000)));
        } finally {
            pool.shutdown();
        }
        note.accept("train-kernel rows=64 in=128 out=128 …");
        emit.accept(kernel(plan));
    }

    private static Trainer trainer(Plan plan, TrainingSettings settings, ForkJoinPool pool) {
        Network start = Trainer.initialNetwork(MEMORIES, VP, plan.width(), Activation.SILU, 0);
        return new Trainer(MEMORIES, start, settings, 0, pool);
    }

    /** C = A·B for A 64×128, B 128×128 in float: the network's kernel, its scalar twin and EJML's CommonOps_FDRM.mult. */
    static BenchHarness.Line kernel(Plan plan) {
        int m = 64, p = 128, n = 128;
        FMatrixRMaj a = new FMatrixRMaj(m, p), b = new FMatrixRMaj(p, n), c = new FMatrixRMaj(m, n);
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < a.data.length; i++) a.data[i] = (float) random.nextGaussian();
        for (int i = 0; i < b.data.length; i++) b.data[i] = (float) random.nextGaussian();
        float[] own = new float[m * n];
        int calls = plan.kernelCalls();
        BenchHarness.Timing o = BenchHarness.median(() -> {
            for (int k = 0; k < calls; k++) Products.multiply(m, n, p, a.data, b.data, own, false);
        }, 3, plan.kernelRuns());
        BenchHarness.Timing s = BenchHarness.median(() -> {
            for (int k = 0; k < Math.max(1, calls / 20); k++) Products.multiply(m, n, p, a.data, b.data, own, true);
        }, 1, plan.kernelRuns());
        BenchHarness.Timing e = BenchHarness.median(() -> {
            for (int k = 0; k < calls; k++) CommonOps_FDRM.mult(a, b, c);
        }, 3, plan.kernelRuns());
        Products.multiply(m, n, p, a.data, b.data, own, false);
        for (int i = 0; i < own.length; i++) {
            if (Math.abs(own[i] - c.data[i]) > 1e-4f * (1 + Math.abs(c.data[i]))) {
                throw new IllegalStateException("the network's kernel and EJML differ at " + i + ": " + own[i] + " vs " + c.data[i]);
            }
        }
        double flop = 2.0 * m * n * p;
        return BenchHarness.line("train-kernel").put("rows", m).put("in", p).put("out", n).put("vector", Products.vector())
                .putMs("own_gflops", flop * calls / (o.medianMs() * 1e6))
                .putMs("scalar_gflops", flop * Math.max(1, calls / 20) / (s.medianMs() * 1e6))
                .putMs("ejml_gflops", flop * calls / (e.medianMs() * 1e6)).put("runs", o.runs());
    }
}
