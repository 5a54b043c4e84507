package org.memscape.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Grid;

/**
 * The NumPy peer of the field figures: {@code field_numpy.py} computes the same energy and force
 * on the same grid from the same memories (handed over as JSON on its stdin; points, or segments
 * with SciPy's normal CDF), times itself and
 * prints its median and checksums of its field, which {@link #disagreement} compares with
 * Memscape's. Used only when {@code python3} can import numpy; every reason it is not used is a
 * note on stderr, never a failure.
 */
final class BenchNumpy implements AutoCloseable {

    /** Where the script is looked for first: on the classpath (when the jar ships it). */
    static final String RESOURCE = "/bench/field_numpy.py";
    /** Then in the source tree, from the working directory or from the code's location. */
    static final Path SOURCE = Path.of("src", "bench", "field_numpy.py");

    private static final String PYTHON = "python3";
    private static final long PROBE_SECONDS = 30;

    private final Path script;
    private final boolean temporary;
    private final PrintWriter err;

    private BenchNumpy(Path script, boolean temporary, PrintWriter err) {
        this.script = script;
        this.temporary = temporary;
        this.err = err;
    }

    /** The peer, or empty (with a note on stderr) when python3, numpy or the script is missing. */
    static Optional<BenchNumpy> find(PrintWriter err) {
        String version = probe();
        if (version == null) {
            err.println("memscape bench: note: python3 with numpy not found; the field lines have no numpy_ms");
            err.flush();
            return Optional.empty();
        }
        try {
            try (InputStream in = BenchNumpy.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    Path copy = Files.createTempFile("memscape-field_numpy", ".py");
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    return Optional.of(new BenchNumpy(copy, true, err));
                }
            }
        } catch (IOException e) {
            err.println("memscape bench: note: could not copy the NumPy peer out of the jar: " + e.getMessage());
        }
        for (Path candidate : sourceCandidates()) {
            if (Files.isRegularFile(candidate)) return Optional.of(new BenchNumpy(candidate, false, err));
        }
        err.println("memscape bench: note: NumPy peer not found (" + RESOURCE + " on the classpath or " + SOURCE
                + "); the field lines have no numpy_ms");
        err.flush();
        return Optional.empty();
    }

    private static List<Path> sourceCandidates() {
        try {
            // target/memscape.jar or target/classes: the repository is two levels up
            Path code = Path.of(BenchNumpy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path repo = code.toAbsolutePath().getParent() == null ? null : code.toAbsolutePath().getParent().getParent();
            if (repo != null) return List.of(SOURCE, repo.resolve(SOURCE));
        } catch (URISyntaxException | RuntimeException e) {
            // no usable code location: the working directory only
        }
        return List.of(SOURCE);
    }

    /** numpy's version when {@code python3 -c "import numpy"} works within the timeout, else null. */
    private static String probe() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import numpy; print(numpy.__version__)")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            CompletableFuture<String> out = drain(p.getInputStream());
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out.get(5, TimeUnit.SECONDS).strip() : null;
        } catch (IOException | ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** What the peer reported: its median, its run count and its field's checksums. */
    record Result(double medianMs, int runs, FieldSums sums) {}

    /** Runs the point-memory peer (the distance Hopfield energy at β); empty (with a note) when it fails or times out. */
    Optional<Result> run(Grid grid, double beta, double[][] memories, int warmups, int runs, long timeoutSeconds) {
        StringBuilder model = new StringBuilder("\"beta\":").append(beta).append(",\"memories\":[");
        for (int n = 0; n < memories.length; n++) {
            if (n > 0) model.append(',');
            model.append('[').append(memories[n][0]).append(',').append(memories[n][1]).append(']');
        }
        return run(grid, model.append(']').toString(), warmups, runs, timeoutSeconds);
    }

    /** Runs the segment peer: the diffusion energy of segments [x0, y0, x1, y1] at signal a and variance s². */
    Optional<Result> runSegments(Grid grid, double signal, double variance, double[][] segments, int warmups, int runs,
                                 long timeoutSeconds) {
        StringBuilder model = new StringBuilder("\"kind\":\"segment\",\"signal\":").append(signal)
                .append(",\"variance\":").append(variance).append(",\"segments\":[");
        for (int n = 0; n < segments.length; n++) {
            if (n > 0) model.append(',');
            model.append('[').append(segments[n][0]).append(',').append(segments[n][1]).append(',')
                    .append(segments[n][2]).append(',').append(segments[n][3]).append(']');
        }
        return run(grid, model.append(']').toString(), warmups, runs, timeoutSeconds);
    }

    private Optional<Result> run(Grid grid, String model, int warmups, int runs, long timeoutSeconds) {
        StringBuilder json = new StringBuilder();
        json.append("{\"grid\":").append(grid.size()).append(',').append(model)
                .append(",\"domain\":[").append(grid.xmin()).append(',').append(grid.xmax()).append(',')
                .append(grid.ymin()).append(',').append(grid.ymax()).append(']')
                .append(",\"warmups\":").append(warmups).append(",\"runs\":").append(runs).append("}\n");
        Process p;
        try {
            p = new ProcessBuilder(PYTHON, script.toString()).start();
        } catch (IOException e) {
            return failed("could not start " + PYTHON + ": " + e.getMessage());
        }
        try {
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> errText = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(json.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return failed("no answer within " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                String[] lines = errText.get(5, TimeUnit.SECONDS).strip().split("\n");
                return failed("exit " + p.exitValue() + ": " + lines[lines.length - 1]);
            }
            return parse(out.get(5, TimeUnit.SECONDS)).or(() -> failed("unreadable output"));
        } catch (IOException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            return failed(e.toString());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    /** Reads the peer's last line of key=value pairs. */
    static Optional<Result> parse(String output) {
        String last = "";
        for (String line : output.strip().split("\n")) {
            if (!line.isBlank()) last = line.strip();
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : last.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        try {
            double ms = Double.parseDouble(values.get("ms"));
            int runs = Integer.parseInt(values.get("runs"));
            FieldSums sums = new FieldSums(Double.parseDouble(values.get("energy_sum")),
                    Double.parseDouble(values.get("energy_abs_sum")), Double.parseDouble(values.get("energy_moment")),
                    Double.parseDouble(values.get("force_abs_sum")));
            return Optional.of(new Result(ms, runs, sums));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Result> failed(String why) {
        err.println("memscape bench: note: the NumPy peer failed (" + why + "); no numpy_ms");
        err.flush();
        return Optional.empty();
    }

    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (in) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                text.complete(bytes.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "memscape-bench-numpy-reader");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    @Override public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(script);
            } catch (IOException e) {
                // a stray temp file is harmless
            }
        }
    }

    /**
     * Checksums of a field, the same on both sides: Σ E, Σ |E|, Σ E·(x + 2y) (which a transposed
     * or shifted grid would change) and Σ |Fx| + |Fy|.
     */
    record FieldSums(double energySum, double energyAbsSum, double energyMoment, double forceAbsSum) {

        static FieldSums of(FieldBuffer field) {
            Grid g = field.grid();
            float[] e = field.energy();
            float[] fx = field.forceX();
            float[] fy = field.forceY();
            double sum = 0, abs = 0, moment = 0, force = 0;
            for (int j = 0; j < g.size(); j++) {
                double y = g.y(j);
                for (int i = 0; i < g.size(); i++) {
                    int k = j * g.size() + i;
                    sum += e[k];
                    abs += Math.abs(e[k]);
                    moment += e[k] * (g.x(i) + 2 * y);
                    force += Math.abs(fx[k]) + Math.abs(fy[k]);
                }
            }
            return new FieldSums(sum, abs, moment, force);
        }

        /** The largest |E|·|x + 2y| can be on the grid, times Σ |E|: the scale of the moment. */
        double momentScale(Grid g) {
            double reach = Math.max(Math.abs(g.xmin()), Math.abs(g.xmax())) + 2 * Math.max(Math.abs(g.ymin()), Math.abs(g.ymax()));
            return reach * energyAbsSum;
        }
    }

    /**
     * Null when the two fields agree to {@code relative} (each checksum against its own scale:
     * Σ |E| for the energy sums, Σ |F| for the force), else what differs.
     */
    static String disagreement(FieldSums java, FieldSums numpy, Grid grid, double relative) {
        StringBuilder out = new StringBuilder();
        double energyScale = Math.max(java.energyAbsSum(), Double.MIN_NORMAL);
        check(out, "energy_sum", java.energySum(), numpy.energySum(), energyScale, relative);
        check(out, "energy_abs_sum", java.energyAbsSum(), numpy.energyAbsSum(), energyScale, relative);
        check(out, "energy_moment", java.energyMoment(), numpy.energyMoment(),
                Math.max(java.momentScale(grid), Double.MIN_NORMAL), relative);
        check(out, "force_abs_sum", java.forceAbsSum(), numpy.forceAbsSum(),
                Math.max(java.forceAbsSum(), Double.MIN_NORMAL), relative);
        return out.length() == 0 ? null : out.toString();
    }

    private static void check(StringBuilder out, String name, double java, double numpy, double scale, double relative) {
        if (!(Math.abs(java - numpy) <= relative * scale)) {
            if (out.length() > 0) out.append(", ");
            out.append(String.format(Locale.ROOT, "%s %.6g (Java) vs %.6g (NumPy)", name, java, numpy));
        }
    }
}
