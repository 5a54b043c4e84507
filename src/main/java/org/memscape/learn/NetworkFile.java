package org.memscape.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.memscape.core.NoiseProcess;
import org.memscape.files.AtomicFile;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;
import org.memscape.scene.SceneWriter;
import org.memscape.core.DiffusionModel;

/**
 * Network files, format 1: JSON, written atomically. The README ("A learned score") documents the
 * fields; in short {@code memscape-network} (1), {@code program}, {@code architecture},
 * {@code process} (the scene's model: the schedule), {@code training}, {@code scene} (the whole
 * scene it was trained on, as a scene file has it) and {@code layers}, each with {@code weights}
 * (one row of {@code out} numbers per input) and {@code biases}. Weights are floats written as the
 * shortest decimal that reads back to the same float, so a file round-trips bit for bit.
 */
public final class NetworkFile {

    public static final int FORMAT_VERSION = 1;
    /** Larger files are refused before they are read (a 4096-wide network of 3 layers is about 600 MB: too large to be useful here). */
    public static final long MAX_BYTES = 200_000_000L;
    public static final long MAX_PARAMETERS = 20_000_000L;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength((int) MAX_BYTES).build());
    }

    private NetworkFile() {}

    /** The file's text. */
    public static String toJson(TrainedNetwork t) {
        Network net = t.network();
        Architecture a = net.architecture();
        TrainingSettings s = t.settings();
        StringBuilder out = new StringBuilder(16 * a.parameterCount() + 4096);
        out.append("{\n  \"memscape-network\": ").append(FORMAT_VERSION).append(",\n");
        out.append("  \"program\": ").append(quote("memscape " + t.programVersion())).append(",\n");
        out.append("  \"architecture\": {\"dim\": ").append(a.dim()).append(", \"frequencies\": ").append(a.frequencies())
                .append(", \"hidden\": ").append(java.util.Arrays.toString(a.hidden()))
                .append(", \"activation\": ").append(quote(a.activation().key()))
                .append(", \"secondMoment\": ").append(a.secondMoment()).append(", \"predicts\": \"noise\"},\n");
        String sceneJson = SceneWriter.toJson(t.scene());
        out.append("  \"process\": ").append(modelText(sceneJson)).append(",\n");
        out.append("  \"training\": {\"steps\": ").append(s.steps()).append(", \"batch\": ").append(s.batch())
                .append(", \"learningRate\": ").append(s.learningRate()).append(", \"finalFraction\": ").append(s.finalFraction())
                .append(", \"tauMin\": ").append(s.tauMin()).append(", \"seed\": ").append(t.seed())
                .append(", \"finalLoss\": ").append(Double.isFinite(t.finalLoss()) ? Double.toString(t.finalLoss()) : "null").append("},\n");
        out.append("  \"scene\": ").append(sceneJson.strip().replace("\n", "\n  ")).append(",\n");
        out.append("  \"layers\": [\n");
        float[] p = net.weights();
        for (int l = 0; l < a.layers(); l++) {
            int in = a.in(l), width = a.out(l), w = a.weightOffset(l), b = a.biasOffset(l);
            out.append("    {\"in\": ").append(in).append(", \"out\": ").append(width).append(",\n     \"weights\": [\n");
            for (int i = 0; i < in; i++) {
                out.append("      ");
                row(out, p, w + i * width, width);
                out.append(i + 1 < in ? ",\n" : "\n");
            }
            out.append("     ],\n     \"biases\": ");
            row(out, p, b, width);
            out.append("}").append(l + 1 < a.layers() ? ",\n" : "\n");
        }
        return out.append("  ]\n}\n").toString();
    }

    private static void row(StringBuilder out, float[] p, int from, int n) {
        out.append('[');
        for (int j = 0; j < n; j++) {
            if (j > 0) out.append(", ");
            out.append(p[from + j]);
        }
        out.append(']');
    }

    private static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scene's "model" object as compact JSON. */
    private static String modelText(String sceneJson) {
        try {
            return MAPPER.writeValueAsString(MAPPER.readTree(sceneJson).get("model"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scene writer wrote JSON that does not parse", e);
        }
    }

    /** Writes atomically (a temporary file beside it, then a move). */
    public static void write(TrainedNetwork t, Path file) throws IOException {
        byte[] bytes = toJson(t).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    public static TrainedNetwork read(Path file) throws NetworkFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) throw new NetworkFileException(name + ": is a folder; expected a network file");
            if (!attributes.isRegularFile()) throw new NetworkFileException(name + ": is not a regular file; expected a network file");
            if (attributes.size() > MAX_BYTES) {
                throw new NetworkFileException(name + ": the file is too large (" + attributes.size() + " bytes); expected at most 200 MB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new NetworkFileException(name + ": no such file");
        } catch (IOException e) {
            throw new NetworkFileException(name + ": cannot read (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) throw new NetworkFileException(name + ": the file is too large; expected at most 200 MB");
        return parse(new String(bytes, StandardCharsets.UTF_8), name);
    }

    /** Reads a network file's text; {@code name} is how messages name it. */
    public static TrainedNetwork parse(String text, String name) throws NetworkFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new NetworkFileException(name + at + ": not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "); expected a network file written by memscape train");
        }
        return new Decoder(name).decode(root);
    }

    /** Checks each field in turn; the first problem is the message. */
    private static final class Decoder {
        private final String name;

        Decoder(String name) { this.name = name; }

        NetworkFileException fail(String field, String problem, String expected) {
            return new NetworkFileException(name + ": " + field + ": " + problem + "; expected " + expected);
        }

        JsonNode member(JsonNode parent, String parentPath, String key, String expected) throws NetworkFileException {
            JsonNode n = parent.get(key);
            String path = parentPath.isEmpty() ? key : parentPath + "." + key;
            if (n == null || n.isNull()) throw fail(path, "missing", expected);
            return n;
        }

        long whole(JsonNode parent, String parentPath, String key, long min, long max) throws NetworkFileException {
            JsonNode n = member(parent, parentPath, key, "a whole number from " + min + " to " + max);
            String path = parentPath + "." + key;
            if (!n.isNumber() || !(n.isIntegralNumber() || n.decimalValue().stripTrailingZeros().scale() <= 0)) {
                throw fail(path, show(n) + " is not a whole number", "a whole number from " + min + " to " + max);
            }
            if (n.decimalValue().compareTo(java.math.BigDecimal.valueOf(min)) < 0 || n.decimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
                throw fail(path, show(n) + " is out of range", "a whole number from " + min + " to " + max);
            }
            return n.longValue();
        }

        double number(JsonNode parent, String parentPath, String key) throws NetworkFileException {
            JsonNode n = member(parent, parentPath, key, "a number");
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) throw fail(parentPath + "." + key, show(n) + " is not a finite number", "a number");
            return n.doubleValue();
        }

        TrainedNetwork decode(JsonNode root) throws NetworkFileException {
            if (!root.isObject() || !root.has("memscape-network")) {
                throw new NetworkFileException(name + ": not a network file (no \"memscape-network\" field); expected a file written by memscape train");
            }
            JsonNode version = root.get("memscape-network");
            if (!version.isIntegralNumber() || version.intValue() != FORMAT_VERSION) {
                throw fail("memscape-network", show(version) + " is not a format this program reads", "1");
            }
            JsonNode program = member(root, "", "program", "the program that wrote the file");
            Scene scene = scene(member(root, "", "scene", "the scene the network was trained on"));
            Architecture arch = architecture(member(root, "", "architecture", "the network's architecture"));
            process(member(root, "", "process", "the noise process"), scene);
            JsonNode training = member(root, "", "training", "how the network was trained");
            TrainingSettings settings;
            try {
                settings = new TrainingSettings((int) whole(training, "training", "steps", 0, TrainingSettings.MAX_STEPS),
                        (int) whole(training, "training", "batch", 1, TrainingSettings.MAX_BATCH),
                        number(training, "training", "learningRate"), number(training, "training", "finalFraction"),
                        number(training, "training", "tauMin"));
            } catch (IllegalArgumentException e) {
                throw fail("training", e.getMessage(), "the settings memscape train writes");
            }
            long seed = whole(training, "training", "seed", Long.MIN_VALUE, Long.MAX_VALUE);
            JsonNode loss = training.get("finalLoss");
            double finalLoss = loss == null || loss.isNull() ? Double.NaN : number(training, "training", "finalLoss");
            NoiseProcess process = ((DiffusionModel) SceneSetup.model(scene)).process();
            float[] params = layers(member(root, "", "layers", "the network's layers"), arch);
            String programText = program.isTextual() ? program.textValue() : program.toString();
            return new TrainedNetwork(new Network(arch, process, params), scene, settings, seed, finalLoss,
                    programText.startsWith("memscape ") ? programText.substring("memscape ".length()) : programText);
        }

        Scene scene(JsonNode node) throws NetworkFileException {
            Scene scene;
            try {
                scene = SceneReader.parse(node.toString(), name + " (its scene)");
            } catch (SceneException e) {
                throw new NetworkFileException(e.getMessage());
            }
            if (!scene.model().isDiffusion()) {
                throw fail("scene.model", "a " + TrainedNetwork.kind(scene.model()) + " model", "a diffusion model (a network learns a diffusion score)");
            }
            return scene;
        }

        /** The process must be the scene's model, as a scene file writes it. */
        void process(JsonNode node, Scene scene) throws NetworkFileException {
            String probe = "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"model\": " + node + "}";
            Scene own;
            try {
                own = SceneReader.parse(probe, name + " (its process)");
            } catch (SceneException e) {
                throw fail("process", e.problem(), e.expected() == null || e.expected().isEmpty() ? "a diffusion model as a scene file has it" : e.expected());
            }
            if (!own.model().equals(scene.model())) {
                throw fail("process", TrainedNetwork.describe(own.model()) + " differs from the scene's " + TrainedNetwork.describe(scene.model()),
                        "the scene's model");
            }
        }

        Architecture architecture(JsonNode node) throws NetworkFileException {
            int dim = (int) whole(node, "architecture", "dim", 1, 1000);
            int frequencies = (int) whole(node, "architecture", "frequencies", 0, Architecture.MAX_FREQUENCIES);
            JsonNode hidden = member(node, "architecture", "hidden", "a list of layer widths");
            if (!hidden.isArray() || hidden.isEmpty() || hidden.size() > Architecture.MAX_DEPTH) {
                throw fail("architecture.hidden", show(hidden), "a list of 1 to " + Architecture.MAX_DEPTH + " layer widths");
            }
            int[] widths = new int[hidden.size()];
            for (int l = 0; l < widths.length; l++) {
                JsonNode w = hidden.get(l);
                if (!w.isIntegralNumber() || w.longValue() < 1 || w.longValue() > Architecture.MAX_WIDTH) {
                    throw fail("architecture.hidden[" + l + "]", show(w), "a whole number from 1 to " + Architecture.MAX_WIDTH);
                }
                widths[l] = w.intValue();
            }
            JsonNode act = member(node, "architecture", "activation", "\"silu\" or \"relu\"");
            Activation activation = act.isTextual() ? Activation.of(act.textValue()) : null;
            if (activation == null) throw fail("architecture.activation", show(act), "\"silu\" or \"relu\"");
            double m2 = number(node, "architecture", "secondMoment");
            if (m2 < 0) throw fail("architecture.secondMoment", show(node.get("secondMoment")) + " is negative", "a number ≥ 0");
            JsonNode predicts = node.get("predicts");
            if (predicts != null && !"noise".equals(predicts.asText())) throw fail("architecture.predicts", show(predicts), "\"noise\"");
            Architecture arch = new Architecture(dim, frequencies, widths, activation, m2);
            long count = 0;
            for (int l = 0; l < arch.layers(); l++) count += (long) (arch.in(l) + 1) * arch.out(l);
            if (count > MAX_PARAMETERS) throw fail("architecture", count + " parameters", "at most " + MAX_PARAMETERS);
            return arch;
        }

        float[] layers(JsonNode node, Architecture arch) throws NetworkFileException {
            if (!node.isArray() || node.size() != arch.layers()) {
                throw fail("layers", node.isArray() ? node.size() + " layers" : show(node),
                        arch.layers() + " layers (" + (arch.layers() - 1) + " hidden and the output), as the architecture says");
            }
            float[] params = new float[arch.parameterCount()];
            for (int l = 0; l < arch.layers(); l++) {
                String path = "layers[" + l + "]";
                JsonNode layer = node.get(l);
                if (!layer.isObject()) throw fail(path, show(layer), "an object with in, out, weights and biases");
                int in = arch.in(l), width = arch.out(l);
                long fileIn = whole(layer, path, "in", 1, Integer.MAX_VALUE), fileOut = whole(layer, path, "out", 1, Integer.MAX_VALUE);
                if (fileIn != in || fileOut != width) {
                    throw fail(path, fileIn + " inputs and " + fileOut + " outputs", in + " inputs and " + width + " outputs, as the architecture says");
                }
                JsonNode weights = member(layer, path, "weights", in + " rows of " + width + " numbers");
                if (!weights.isArray() || weights.size() != in) {
                    throw fail(path + ".weights", weights.isArray() ? weights.size() + " rows" : show(weights), in + " rows of " + width + " numbers");
                }
                for (int i = 0; i < in; i++) numbers(weights.get(i), path + ".weights[" + i + "]", width, params, arch.weightOffset(l) + i * width);
                numbers(member(layer, path, "biases", width + " numbers"), path + ".biases", width, params, arch.biasOffset(l));
            }
            return params;
        }

        void numbers(JsonNode row, String path, int n, float[] into, int off) throws NetworkFileException {
            if (!row.isArray() || row.size() != n) throw fail(path, row.isArray() ? row.size() + " numbers" : show(row), n + " numbers");
            for (int j = 0; j < n; j++) {
                JsonNode v = row.get(j);
                float f = v.isNumber() ? Float.parseFloat(v.decimalValue().toString()) : Float.NaN;
                if (!Float.isFinite(f)) throw fail(path + "[" + j + "]", show(v), "a number within float range");
                into[off + j] = f;
            }
        }

        static String show(JsonNode n) {
            String s = n.toString();
            return s.length() > 40 ? s.substring(0, 37) + "…" : s;
        }
    }
}
