package org.memscape.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.memscape.compute.Frame;
import org.memscape.compute.FrameEngine;
import org.memscape.compute.FrameRequest;
import org.memscape.compute.Grid;
import org.memscape.core.Memory;
import org.memscape.scene.Domain;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;

/**
 * A simulated drag: one memory circles while a request goes to the frame engine every 60 Hz
 * pulse, as the window sends them, with the particles playing one step a pulse. Measures, per answered request, the time from
 * submission to its first frame (the coarse one while dragging) and to its full-resolution
 * frame; requests overtaken by a newer one before they finish are counted, never queued.
 */
final class BenchLatency {

    private static final long PULSE_NANOS = 1_000_000_000L / 60;

    private BenchLatency() {}

    static BenchHarness.Line run(int memoryCount, int gridSize, int arrows, int particles, double seconds) {
        List<Double> first = Collections.synchronizedList(new ArrayList<>());
        List<Double> full = Collections.synchronizedList(new ArrayList<>());
        List<FrameRequest> answered = Collections.synchronizedList(new ArrayList<>());
        Scene base = scene(memoryCount, particles);
        Grid grid = new Grid(-3, 3, -3, 3, gridSize);
        int submitted = 0;
        try (FrameEngine engine = new FrameEngine(frame -> record(frame, first, full, answered))) {
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            for (long next = start; next < end; next += PULSE_NANOS) {
                LockSupport.parkNanos(next - System.nanoTime());
                double angle = 2 * Math.PI * (next - start) / 2e9;
                // the particles play on while the memory moves, one step a pulse, as in the window
                engine.submit(new FrameRequest(moved(base, angle), Double.NaN, grid, arrows, submitted, true));
                submitted++;
                engine.release(engine.takeLatest());   // the view shows it and hands it back
            }
            while (engine.busy()) LockSupport.parkNanos(PULSE_NANOS);
        }
        return BenchHarness.line("latency").put("memories", memoryCount)
                .putMs("ms", BenchHarness.median(toArray(first)))
                .putMs("full_ms", BenchHarness.median(toArray(full)))
                .put("answered", answered.size()).put("requests", submitted);
    }

    private static void record(Frame frame, List<Double> first, List<Double> full, List<FrameRequest> answered) {
        boolean firstForRequest = answered.isEmpty() || answered.get(answered.size() - 1) != frame.request();
        if (firstForRequest) {
            answered.add(frame.request());
            first.add(frame.latencyMillis());
        }
        if (!frame.coarse()) full.add(frame.latencyMillis());
    }

    private static double[] toArray(List<Double> values) {
        synchronized (values) {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private static Scene scene(int memoryCount, int particles) {
        List<MemorySpec> memories = new ArrayList<>();
        for (Memory m : BenchCommand.memories(memoryCount)) {
            double[] y = ((Memory.Point) m).y();
            memories.add(new MemorySpec.Point(y[0], y[1]));
        }
        return new Scene("latency", "", new Domain(-3, 3, -3, 3), memories,
                new ModelSpec.HopfieldDistance(BenchCommand.BETA),
                new DynamicsSpec(DynamicsSpec.Sampler.GRADIENT_FLOW, 0.05, 100_000, 0.05, DynamicsSpec.Integrator.EULER, 1, 0.001),
                new ParticleSpec(particles, 1, new ParticleSpec.Init.Uniform()));
    }

    /** The first memory moved onto a circle of radius 1.5 at the given angle. */
    private static Scene moved(Scene scene, double angle) {
        List<MemorySpec> memories = new ArrayList<>(scene.memories());
        memories.set(0, new MemorySpec.Point(1.5 * Math.cos(angle), 1.5 * Math.sin(angle)));
        return scene.withMemories(memories);
    }
}
