package org.memscape.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.memscape.compute.Cancellation;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.FieldEvaluator;
import org.memscape.compute.Grid;
import org.memscape.compute.ParticleRun;
import org.memscape.compute.Simd;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.Noise;
import org.memscape.core.NoiseProcess;
import org.memscape.core.ParticleInit;
import org.memscape.core.Sampler;
import org.memscape.core.Schedule;
import org.memscape.scene.Domain;
import org.memscape.structure.Basins;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.CriticalPoints;
import org.memscape.structure.FixedPoints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the engine and prints one line per figure.",
                "Times the engine for 8, 64 and 512 memories: the energy and force over a",
                "grid, and one reverse-SDE step of many particles; the field also against a",
                "plain NumPy version when python3 has numpy. One line per figure, key=value",
                "pairs, the median of the timed runs in milliseconds:",
                "  bench machine cores=… simd=… java=… cpu=\"…\"",
                "  bench field grid=512 memories=64 kind=point ms=… runs=… numpy_ms=… numpy_runs=… ratio=…",
                "  bench field grid=512 memories=64 kind=segment ms=… runs=… (numpy_ms=… with SciPy)",
                "field kinds: point (8, 64, 512 memories; distance Hopfield energy, β = 4); segment,",
                "polyline (16 of 4 pieces), circle (diffusion energy at τ = 0.3, linear VP);",
                "hopfield-lse, hopfield-tanh (dot-product, log-sum-exp memory, β = 4).",
                "particles: steps 30 to 50 of a 1000-step run from τ = 1, after 3 s of warm-up.",
                "  bench particles count=100000 memories=64 sampler=reverse-sde ms=… runs=…",
                "  bench latency memories=64 ms=… full_ms=… answered=… requests=…",
                "  bench fixed-points memories=64 ms=… runs=… minima=… saddles=… maxima=…",
                "  bench basins grid=256 memories=8 ms=… runs=…   (and memories=64)",
                "  bench experiment-kernel patterns=… dim=… fused_us=… ejml_us=… runs=…",
                "  bench experiment-retrieval reps=2000 cells=6 threads=… ms=… runs=1",
                "  bench experiment-capacity model=diffusion dims=5:30 reps=140 threads=… ms=… runs=1",
                "  bench train memories=5 width=128 batch=512 steps=3000 threads=… ms=… runs=1 steps_per_s=…",
                "  bench train-kernel rows=64 in=128 out=128 vector=… own_gflops=… scalar_gflops=… ejml_gflops=… runs=…",
                "train: the default training of a learned score on Fig. 1a's five memories (see train);",
                "train-kernel: its main matrix product on one thread, by its own kernel and by EJML.",
                "latency: a memory dragged for 5 s, a request every 60 Hz pulse (512² heatmap,",
                "arrows, 2000 particles); ms is the median time to a request's first (coarse)",
                "frame, full_ms to its full-resolution one; overtaken requests are dropped.",
                "fixed-points: every critical point of the 64-memory field's landscape (β = 4, [−3, 3]²);",
                "basins: the basin map of the same landscape, critical points included.",
                "ratio = numpy_ms / ms. Progress and notes go to stderr. Other programs running",
                "at the same time show up in the numbers."})
public final class BenchCommand implements Callable<Integer> {

    static final int[] MEMORY_COUNTS = {8, 64, 512};
    static final int[] BASIN_MEMORY_COUNTS = {8, 64};
    static final double BETA = 4.0;
    static final double HALF_WIDTH = 3.0;
    /** The Java and NumPy fields must agree to this, relative (float storage, approximate exp). */
    static final double AGREEMENT = 1e-3;

    @Spec CommandSpec spec;

    @Option(names = "--quick", description = "small sizes and few runs (grid 64, 2000 particles): checks that it works, measures nothing")
    boolean quick;

    @Option(names = "--experiments", description = "only the experiments' figures (the D-dimensional retrieval table and capacity search)")
    boolean experimentsOnly;

    @Option(names = "--train", description = "only the learned score's figures (training steps per second, its matrix kernel)")
    boolean trainOnly;

    /** The sizes and run counts of one bench. */
    record Plan(int grid, int particles, int fieldWarmups, int particleWarmups, int runs,
                int numpyWarmups, int numpyRuns, long numpyTimeoutSeconds, int arrows, int dragParticles, double dragSeconds,
                double warmupSeconds, int basinGrid, int basinWarmups, int basinRuns) {
        // the particle step needs more warm-up than the field: its first ~5 runs are still slow
        static final Plan FULL = new Plan(512, 100_000, 10, 30, 21, 2, 7, 600, 32, 2000, 5, 3, 256, 3, 11);
        static final Plan QUICK = new Plan(64, 2_000, 1, 1, 3, 1, 3, 120, 8, 100, 0.3, 0, 32, 1, 3);
    }

    private PrintWriter out;
    private PrintWriter err;

    @Override public Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        Plan plan = quick ? Plan.QUICK : Plan.FULL;
        long start = System.nanoTime();
        emit(machine());
        if (!Simd.moduleLoaded()) {
            note("the Vector API module is not loaded, so the engine runs its scalar path"
                    + " (start with java --add-modules jdk.incubator.vector)");
        }
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        Optional<BenchNumpy> numpy = experimentsOnly || trainOnly ? Optional.empty() : BenchNumpy.find(err);
        try {
            if (!experimentsOnly && !trainOnly) {
                for (int n : MEMORY_COUNTS) field(plan, n, pool, numpy.orElse(null));
                for (String kind : BenchScenes.KINDS) field(plan, kind, pool, numpy.orElse(null));
                for (int n : MEMORY_COUNTS) particles(plan, n, pool);
                note("latency memories=64 (a simulated drag at 60 Hz) …");
                emit(BenchLatency.run(64, plan.grid(), plan.arrows(), plan.dragParticles(), plan.dragSeconds()));
                fixedPoints(plan);
                for (int n : BASIN_MEMORY_COUNTS) basins(plan, n);
            }
            if (!trainOnly) BenchExperiments.run(quick ? BenchExperiments.Plan.QUICK : BenchExperiments.Plan.FULL, this::emit, this::note);
            if (!experimentsOnly) BenchTraining.run(quick ? BenchTraining.Plan.QUICK : BenchTraining.Plan.FULL, this::emit, this::note);
        } finally {
            numpy.ifPresent(BenchNumpy::close);
            pool.shutdown();
        }
        note(String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /** {@code bench machine cores=… simd=… java=… cpu="…"}. */
    static BenchHarness.Line machine() {
        BenchHarness.Line line = BenchHarness.line("machine")
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("simd", Simd.enabled())
                .put("java", System.getProperty("java.version"));
        cpuModel().ifPresent(cpu -> line.put("cpu", "\"" + cpu.replace('"', '\'') + "\""));
        return line;
    }

    /** The first "model name" of /proc/cpuinfo, where there is one. */
    static Optional<String> cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(info)) return Optional.empty();
        try (Stream<String> lines = Files.lines(info)) {
            return lines.filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .filter(s -> !s.isEmpty())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** N points uniformly random in [−3, 3]², the same for every run of the bench. */
    static List<Memory> memories(int count) {
        Random random = new Random(1);
        List<Memory> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            double x = -HALF_WIDTH + 2 * HALF_WIDTH * random.nextDouble();
            double y = -HALF_WIDTH + 2 * HALF_WIDTH * random.nextDouble();
            out.add(new Memory.Point(new double[]{x, y}));
        }
        return out;
    }

    /** Energy and force of the distance-similarity Hopfield energy over the grid, and the NumPy peer. */
    private void field(Plan plan, int memoryCount, ForkJoinPool pool, BenchNumpy numpy) {
        List<Memory> memories = memories(memoryCount);
        DistanceHopfieldModel model = new DistanceHopfieldModel(memories, BETA);
        Grid grid = new Grid(-HALF_WIDTH, HALF_WIDTH, -HALF_WIDTH, HALF_WIDTH, plan.grid());
        FieldEvaluator evaluator = new FieldEvaluator(pool);
        FieldBuffer buffer = new FieldBuffer();
        note("field grid=" + plan.grid() + " memories=" + memoryCount + " …");
        BenchHarness.Timing timing = BenchHarness.median(
                () -> evaluator.evaluate(model, Double.NaN, grid, true, buffer, Cancellation.NEVER),
                plan.fieldWarmups(), plan.warmupSeconds(), plan.runs());
        BenchHarness.Line line = BenchHarness.line("field").put("grid", plan.grid()).put("memories", memoryCount)
                .put("kind", "point").put(timing);
        if (numpy != null) {
            note("field grid=" + plan.grid() + " memories=" + memoryCount + " with NumPy …");
            double[][] points = memories.stream().map(m -> ((Memory.Point) m).y()).toArray(double[][]::new);
            numpy.run(grid, BETA, points, plan.numpyWarmups(), plan.numpyRuns(), plan.numpyTimeoutSeconds()).ifPresent(peer -> {
                line.putMs("numpy_ms", peer.medianMs()).put("numpy_runs", peer.runs());
                String differs = BenchNumpy.disagreement(BenchNumpy.FieldSums.of(buffer), peer.sums(), grid, AGREEMENT);
                if (differs == null) {
                    line.putMs("ratio", peer.medianMs() / timing.medianMs());
                } else {
                    note("the NumPy and Java fields differ (" + differs + "), so no ratio for memories=" + memoryCount);
                }
            });
        }
        emit(line);
    }

    /** Energy and force of one of {@link BenchScenes#KINDS} at 64 memories, and for segments the NumPy peer. */
    private void field(Plan plan, String kind, ForkJoinPool pool, BenchNumpy numpy) {
        int memoryCount = 64;
        BenchScenes.Figure figure = BenchScenes.of(kind, memoryCount, plan.grid());
        FieldEvaluator evaluator = new FieldEvaluator(pool);
        FieldBuffer buffer = new FieldBuffer();
        note("field grid=" + plan.grid() + " memories=" + memoryCount + " kind=" + kind + " …");
        BenchHarness.Timing timing = BenchHarness.median(
                () -> evaluator.evaluate(figure.model(), figure.tau(), figure.grid(), true, buffer, Cancellation.NEVER),
                plan.fieldWarmups(), plan.warmupSeconds(), plan.runs());
        BenchHarness.Line line = BenchHarness.line("field").put("grid", plan.grid()).put("memories", memoryCount)
                .put("kind", kind).put(timing);
        if (numpy != null && figure.segments() != null) {
            note("field grid=" + plan.grid() + " memories=" + memoryCount + " kind=" + kind + " with NumPy …");
            NoiseProcess vp = BenchScenes.VP;
            numpy.runSegments(figure.grid(), vp.signal(figure.tau()), vp.variance(figure.tau()), figure.segments(),
                    plan.numpyWarmups(), plan.numpyRuns(), plan.numpyTimeoutSeconds()).ifPresent(peer -> {
                line.putMs("numpy_ms", peer.medianMs()).put("numpy_runs", peer.runs());
                String differs = BenchNumpy.disagreement(BenchNumpy.FieldSums.of(buffer), peer.sums(), figure.grid(), AGREEMENT);
                if (differs == null) {
                    line.putMs("ratio", peer.medianMs() / timing.medianMs());
                } else {
                    note("the NumPy and Java fields differ (" + differs + "), so no ratio for kind=" + kind);
                }
            });
        }
        emit(line);
    }

    /** One reverse-SDE step of the particles on the diffusion model of the same memories. */
    private void particles(Plan plan, int memoryCount, ForkJoinPool pool) {
        List<Memory> memories = memories(memoryCount);
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));
        DiffusionModel model = new DiffusionModel(memories, vp);
        Sampler sde = new Sampler.ReverseSde(vp, new Sampler.TauGrid(1, 0.001, 1000));
        double[][] start = ParticleInit.diffusionMarginal(plan.particles(), memories, vp, 1.0, new Noise(1));
        note("particles count=" + plan.particles() + " memories=" + memoryCount + " …");
        ParticleRun[] run = {null};
        Runnable restartWhenDone = () -> {
            // a run that has walked its whole τ grid starts over, untimed
            if (run[0] == null || run[0].finished()) run[0] = new ParticleRun(model, sde, 1, start, pool, Simd.enabled());
        };
        // the JIT first (whole runs if need be), then a fresh run timed on the same steps every time: the
        // first few are still slow, and the cost of a step depends on τ
        BenchHarness.median(restartWhenDone, () -> run[0].advance(), 0, plan.warmupSeconds(), 1);
        run[0] = null;
        BenchHarness.Timing timing = BenchHarness.median(restartWhenDone, () -> run[0].advance(), plan.particleWarmups(), plan.runs());
        emit(BenchHarness.line("particles").put("count", plan.particles()).put("memories", memoryCount)
                .put("sampler", "reverse-sde").put(timing));
    }

    /** Every critical point of the 64-memory landscape of the field figure. */
    private void fixedPoints(Plan plan) {
        DistanceHopfieldModel model = new DistanceHopfieldModel(memories(64), BETA);
        Domain view = new Domain(-HALF_WIDTH, HALF_WIDTH, -HALF_WIDTH, HALF_WIDTH);
        note("fixed-points memories=64 …");
        FixedPoints[] found = {null};
        BenchHarness.Timing timing = BenchHarness.median(() -> found[0] = CriticalPoints.find(model, Double.NaN, view),
                plan.fieldWarmups(), plan.runs());
        emit(BenchHarness.line("fixed-points").put("memories", 64).put(timing)
                .put("minima", found[0].count(CriticalPoint.Kind.MINIMUM)).put("saddles", found[0].count(CriticalPoint.Kind.SADDLE))
                .put("maxima", found[0].count(CriticalPoint.Kind.MAXIMUM)));
    }

    /** The basin map of the same landscape with N memories, its critical points included. */
    private void basins(Plan plan, int memoryCount) {
        DistanceHopfieldModel model = new DistanceHopfieldModel(memories(memoryCount), BETA);
        Grid grid = new Grid(-HALF_WIDTH, HALF_WIDTH, -HALF_WIDTH, HALF_WIDTH, plan.basinGrid());
        note("basins grid=" + plan.basinGrid() + " memories=" + memoryCount + " …");
        BenchHarness.Timing timing = BenchHarness.median(() -> Basins.compute(model, Double.NaN, grid, Cancellation.NEVER),
                plan.basinWarmups(), plan.basinRuns());
        emit(BenchHarness.line("basins").put("grid", plan.basinGrid()).put("memories", memoryCount).put(timing));
    }

    private void emit(BenchHarness.Line line) {
        out.println(line);
        out.flush();
    }

    private void note(String text) {
        err.println("memscape bench: " + text);
        err.flush();
    }
}
