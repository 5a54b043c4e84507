package org.memscape.app;

import org.memscape.app.MainWindow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.memscape.scene.Domain;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/**
 * {@code --bench-ui}: a scripted drag of one memory for 10 s in the real window (512² heatmap,
 * arrows, 2000 particles playing with trails, 64 memories), then one line on stdout,
 * {@code bench-ui frames=… median_ms=… p99_ms=…}, the times between new frames on screen.
 * {@code --bench-ui FILE} does the same with a scene file's own landscape and particles, its
 * first memory moved around a small circle (whatever its kind).
 */
public final class UiBench {

    public static final String FLAG = "--bench-ui";
    private static final long DURATION_NANOS = 10_000_000_000L;
    private static final long WARMUP_NANOS = 2_000_000_000L;

    private UiBench() {}

    /** The scene named after the flag, or the built-in one when none is. */
    public static Scene scene(List<String> args) throws SceneException {
        int at = args.indexOf(FLAG);
        if (at >= 0 && at + 1 < args.size() && !args.get(at + 1).startsWith("--")) return SceneReader.read(Path.of(args.get(at + 1)));
        return scene();
    }

    public static Scene scene() {
        Random random = new Random(1);
        List<MemorySpec> memories = new ArrayList<>();
        for (int n = 0; n < 64; n++) memories.add(new MemorySpec.Point(6 * random.nextDouble() - 3, 6 * random.nextDouble() - 3));
        return new Scene("Benchmark: dragging a memory", "64 memories, 2000 particles, a 512\u00B2 heatmap with arrows.",
                new Domain(-3, 3, -3, 3), memories, new ModelSpec.HopfieldDistance(4),
                new DynamicsSpec(DynamicsSpec.Sampler.LANGEVIN, 0.02, 100_000, 0.05, DynamicsSpec.Integrator.EULER, 1, 0.001),
                new ParticleSpec(2000, 1, new ParticleSpec.Init.Uniform()));
    }

    /** Drives the window; prints the result and exits when done. */
    public static void run(MainWindow window) {
        boolean builtIn = window.document().scene().title().equals(scene().title());
        List<Long> shown = new ArrayList<>();
        Scene base = window.document().scene();
        window.playback().togglePlay();
        AnimationTimer driver = new AnimationTimer() {
            private long start;
            private Object lastShown;
            private java.util.Map<String, Long> cpuAtWarmup;

            @Override public void handle(long now) {
                if (start == 0) start = now;
                double angle = 2 * Math.PI * (now - start) / 4e9;
                List<MemorySpec> memories = new ArrayList<>(base.memories());
                memories.set(0, builtIn ? new MemorySpec.Point(2 * Math.cos(angle), 2 * Math.sin(angle))
                        : moved(memories.get(0), 0.5 * (Math.cos(angle) - 1), 0.5 * Math.sin(angle)));
                window.document().preview(base.withMemories(memories));
                window.pump().dragging();
                var frame = window.pump().shown();
                // a new frame on screen: it answers another request, or is the full pass of a coarse one
                Object identity = frame == null ? null : List.of(frame.request(), frame.coarse());
                if (cpuAtWarmup == null && now - start > WARMUP_NANOS) cpuAtWarmup = ThreadCpu.byRole();
                if (frame != null && now - start > WARMUP_NANOS && !identity.equals(lastShown)) {
                    shown.add(now);
                }
                lastShown = identity;
                if (now - start > WARMUP_NANOS + DURATION_NANOS) {
                    stop();
                    ThreadCpu.report(cpuAtWarmup, ThreadCpu.byRole(), shown.size());
                    report(shown);
                }
            }
        };
        driver.start();
    }

    /** A memory of any kind moved by (dx, dy). */
    static MemorySpec moved(MemorySpec m, double dx, double dy) {
        if (m instanceof MemorySpec.Point p) return new MemorySpec.Point(p.x() + dx, p.y() + dy);
        if (m instanceof MemorySpec.Segment s) return new MemorySpec.Segment(moved(s.start(), dx, dy), moved(s.end(), dx, dy));
        if (m instanceof MemorySpec.Circle c) return new MemorySpec.Circle(moved(c.center(), dx, dy), c.radius());
        MemorySpec.Polyline l = (MemorySpec.Polyline) m;
        return new MemorySpec.Polyline(l.points().stream().map(p -> moved(p, dx, dy)).toList());
    }

    private static MemorySpec.Point moved(MemorySpec.Point p, double dx, double dy) {
        return new MemorySpec.Point(p.x() + dx, p.y() + dy);
    }

    private static void report(List<Long> shown) {
        double[] gaps = new double[Math.max(0, shown.size() - 1)];
        for (int k = 1; k < shown.size(); k++) gaps[k - 1] = (shown.get(k) - shown.get(k - 1)) / 1e6;
        Arrays.sort(gaps);
        double median = gaps.length == 0 ? Double.NaN : gaps[gaps.length / 2];
        double p99 = gaps.length == 0 ? Double.NaN : gaps[Math.min(gaps.length - 1, (int) Math.ceil(0.99 * gaps.length) - 1)];
        System.out.printf(java.util.Locale.ROOT, "bench-ui frames=%d median_ms=%.2f p99_ms=%.2f%n", shown.size(), median, p99);
        System.out.flush();
        Platform.exit();
    }
}
