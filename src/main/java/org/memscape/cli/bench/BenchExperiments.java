package org.memscape.cli.bench;

import java.util.List;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.memscape.experiment.CapacityExperiment;
import org.memscape.experiment.Draws;
import org.memscape.experiment.Method;
import org.memscape.experiment.Monitor;
import org.memscape.experiment.Protocol;
import org.memscape.experiment.Repetitions;
import org.memscape.experiment.RetrievalExperiment;
import org.memscape.experiment.SoftmaxRecall;
import org.memscape.experiment.Task;

/**
 * The experiments' figures of {@code memscape bench}: the softmax-recall kernel as the fused loop
 * and as two EJML matrix-vector products, the paper's retrieval table (2000 repetitions × 6 cells)
 * and the capacity search for d = 5…30 (140 repetitions), on every core.
 */
final class BenchExperiments {

    /** Sizes and run counts. */
    record Plan(int kernelWarmups, int kernelRuns, long kernelWork, int tableReps, int[] dims, int capacityReps, int runs) {
        static final Plan FULL = new Plan(3, 7, 6_000_000, 2000, range(5, 30), 140, 1);
        static final Plan QUICK = new Plan(1, 3, 60_000, 50, new int[] {5, 6}, 20, 1);

        /** Calls per timed run: about {@code kernelWork} pattern entries, whatever the size. */
        int kernelCalls(int n, int d) {
            return (int) Math.max(1, kernelWork / ((long) n * d));
        }
    }

    private BenchExperiments() {}

    static int[] range(int from, int to) {
        int[] out = new int[to - from + 1];
        for (int i = 0; i < out.length; i++) out[i] = from + i;
        return out;
    }

    static void run(Plan plan, Consumer<BenchHarness.Line> emit, Consumer<String> note) {
        for (int[] size : new int[][] {{30, 10}, {1024, 30}}) {
            note.accept("experiment-kernel patterns=" + size[0] + " dim=" + size[1] + " …");
            emit.accept(kernel(plan, size[0], size[1]));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        try (Repetitions runner = new Repetitions(threads)) {
            note.accept("experiment-retrieval reps=" + plan.tableReps() + " cells=6 …");
            RetrievalExperiment.Settings table = RetrievalExperiment.Settings.paper(plan.tableReps());
            BenchHarness.Timing t = BenchHarness.median(() -> RetrievalExperiment.run(table, runner, Monitor.NONE, r -> {}),
                    0, plan.runs());
            emit.accept(BenchHarness.line("experiment-retrieval").put("reps", plan.tableReps()).put("cells", 6)
                    .put("threads", threads).put(t));
            String dims = plan.dims()[0] + ":" + plan.dims()[plan.dims().length - 1];
            note.accept("experiment-capacity model=diffusion dims=" + dims + " reps=" + plan.capacityReps() + " …");
            CapacityExperiment.Settings capacity = new CapacityExperiment.Settings(List.of(Method.DIFFUSION), Task.DENOISING,
                    plan.dims(), plan.capacityReps(), 0.03, Protocol.PAPER, 1, new int[] {4, 16, 64, 256}, 16384, 1000);
            BenchHarness.Timing c = BenchHarness.median(() -> CapacityExperiment.run(capacity, runner, Monitor.NONE, d -> {}),
                    0, plan.runs());
            emit.accept(BenchHarness.line("experiment-capacity").put("model", "diffusion").put("dims", dims)
                    .put("reps", plan.capacityReps()).put("threads", threads).put(c));
        }
    }

    /**
     * One call out = Yᵀ softmax(β Y x), in microseconds: the fused loop the experiments use, and the
     * same with EJML's matrix-vector products (and a plain loop for the softmax); both must agree.
     */
    static BenchHarness.Line kernel(Plan plan, int n, int d) {
        double[] y = new double[n * d];
        new Draws(1).patterns(d, 0, n, y);
        double[] x = new double[d];
        new Draws(2).corrupt(java.util.Arrays.copyOf(y, d), 0.68, d, 0, x);
        SoftmaxRecall fused = new SoftmaxRecall(n, d);
        fused.load(y, n);
        double[] out = new double[d];
        double[] sink = new double[1];
        int calls = plan.kernelCalls(n, d);
        BenchHarness.Timing f = BenchHarness.median(() -> {
            for (int c = 0; c < calls; c++) {
                fused.recall(x, 5, out);
                sink[0] += out[0];
            }
        }, plan.kernelWarmups(), plan.kernelRuns());

        DMatrixRMaj patterns = DMatrixRMaj.wrap(n, d, y);
        DMatrixRMaj state = DMatrixRMaj.wrap(d, 1, x);
        DMatrixRMaj logits = new DMatrixRMaj(n, 1);
        DMatrixRMaj result = new DMatrixRMaj(d, 1);
        BenchHarness.Timing e = BenchHarness.median(() -> {
            for (int c = 0; c < calls; c++) {
                ejmlRecall(patterns, state, 5, logits, result);
                sink[0] += result.data[0];
            }
        }, plan.kernelWarmups(), plan.kernelRuns());
        fused.recall(x, 5, out);
        ejmlRecall(patterns, state, 5, logits, result);
        for (int i = 0; i < d; i++) {
            if (Math.abs(out[i] - result.data[i]) > 1e-12 * Math.max(1, Math.abs(out[i]))) {
                throw new IllegalStateException("the fused and EJML kernels differ at " + i + ": " + out[i] + " vs " + result.data[i]);
            }
        }
        double perCall = 1000.0 / calls;
        return BenchHarness.line("experiment-kernel").put("patterns", n).put("dim", d)
                .putMs("fused_us", f.medianMs() * perCall).putMs("ejml_us", e.medianMs() * perCall).put("runs", f.runs());
    }

    static void ejmlRecall(DMatrixRMaj patterns, DMatrixRMaj x, double beta, DMatrixRMaj logits, DMatrixRMaj out) {
        CommonOps_DDRM.mult(patterns, x, logits);
        double[] l = logits.data;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < l.length; k++) {
            l[k] *= beta;
            max = Math.max(max, l[k]);
        }
        double sum = 0;
        for (int k = 0; k < l.length; k++) {
            l[k] = Math.exp(l[k] - max);
            sum += l[k];
        }
        CommonOps_DDRM.multTransA(patterns, logits, out);
        CommonOps_DDRM.scale(1 / sum, out);
    }
}
