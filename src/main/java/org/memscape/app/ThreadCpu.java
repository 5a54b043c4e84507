package org.memscape.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * For {@code --bench-ui}: CPU time by thread role (the FX thread, the renderer, the engine, the
 * rest). Wall-clock frame times mix in whatever else the machine runs; CPU time per frame says
 * which part of the work to cut, and is steadier on a busy machine.
 */
final class ThreadCpu {

    private ThreadCpu() {}

    static Map<String, Long> byRole() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) continue;
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) nanos.merge(role(info.getThreadName()), cpu, Long::sum);
        }
        return nanos;
    }

    private static String role(String thread) {
        if (thread.startsWith("JavaFX Application")) return "fx";
        if (thread.startsWith("QuantumRenderer")) return "render";
        if (thread.startsWith("memscape") || thread.startsWith("ForkJoinPool")) return "engine";
        return "other";
    }

    /** One line on stderr: CPU milliseconds per shown frame, by role. */
    static void report(Map<String, Long> before, Map<String, Long> after, int frames) {
        if (before == null || frames == 0) return;
        StringBuilder line = new StringBuilder("bench-ui cpu_ms_per_frame");
        for (Map.Entry<String, Long> e : after.entrySet()) {
            double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e6 / frames;
            line.append(String.format(Locale.ROOT, " %s=%.2f", e.getKey(), ms));
        }
        System.err.println(line);
    }
}
