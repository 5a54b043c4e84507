package org.memscape.scene;

import org.memscape.scene.json.JsonTreeParser;
import org.memscape.scene.json.Numbers;
import org.memscape.scene.json.ReadContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads scene files, format 1: JSON with // and /* … *&#47; comments and trailing commas
 * allowed. Problems are reported as {@link SceneException}s with one line of message,
 * {@code FILE:LINE:COL: FIELD: what is wrong; expected WHAT}. Unknown fields are not errors
 * (the format may grow) but come back as warnings from {@link #readWithWarnings}.
 *
 * <p>Defaults for omitted fields:
 * <table>
 * <caption>Scene file defaults</caption>
 * <tr><th>Field</th><th>Default</th></tr>
 * <tr><td>{@code memscape}</td><td>required; must be 1</td></tr>
 * <tr><td>{@code title}</td><td>{@code "Untitled"}</td></tr>
 * <tr><td>{@code description}</td><td>{@code ""}</td></tr>
 * <tr><td>{@code domain}</td><td>{@code [-3, 3, -3, 3]}; {@code [-1, 1, -1, 1]} for tanh features</td></tr>
 * <tr><td>{@code memories}</td><td>required, at least one</td></tr>
 * <tr><td>{@code model}</td><td>{@code {"type": "hopfield-distance", "beta": 4}}</td></tr>
 * <tr><td>{@code model.type}</td><td>required when {@code model} is given</td></tr>
 * <tr><td>hopfield {@code features}</td><td>{@code "quadratic"}</td></tr>
 * <tr><td>hopfield {@code memory}</td><td>{@code "lse"}</td></tr>
 * <tr><td>hopfield {@code beta}</td><td>4</td></tr>
 * <tr><td>hopfield {@code power}</td><td>3; 4 for the {@code "power"} memory (it must be even)</td></tr>
 * <tr><td>hopfield-distance {@code beta}</td><td>4</td></tr>
 * <tr><td>diffusion-vp {@code schedule}</td><td>{@code {"type": "linear", "betaMin": 0.1, "betaMax": 20}}</td></tr>
 * <tr><td>{@code schedule.type}</td><td>required when {@code schedule} is given</td></tr>
 * <tr><td>linear {@code betaMin}, {@code betaMax}</td><td>0.1, 20</td></tr>
 * <tr><td>cosine</td><td>no fields</td></tr>
 * <tr><td>constant {@code gamma}, {@code theta}</td><td>0.8, 0.01</td></tr>
 * <tr><td>diffusion-ve {@code sigmaMin}, {@code sigmaMax}</td><td>0.01, 3</td></tr>
 * <tr><td>{@code dynamics.sampler}</td><td>{@code "reverse-sde"} for diffusion models, {@code "gradient-flow"} otherwise</td></tr>
 * <tr><td>{@code dynamics.step}</td><td>0.05</td></tr>
 * <tr><td>{@code dynamics.steps}</td><td>200</td></tr>
 * <tr><td>{@code dynamics.temperature}</td><td>0.05</td></tr>
 * <tr><td>{@code dynamics.integrator}</td><td>{@code "euler"}</td></tr>
 * <tr><td>{@code dynamics.tauMax}</td><td>1</td></tr>
 * <tr><td>{@code dynamics.tauMin}</td><td>0.001</td></tr>
 * <tr><td>{@code particles.count}</td><td>100; the number of points for {@code {"points": …}}</td></tr>
 * <tr><td>{@code particles.seed}</td><td>0</td></tr>
 * <tr><td>{@code particles.init}</td><td>{@code "prior"} for diffusion models, {@code "uniform"} otherwise</td></tr>
 * </table>
 *
 * <p>Limits: files up to 50 MB ({@value SceneLimits#MAX_DOCUMENT_CHARS} characters), nesting up to
 * {@value SceneLimits#MAX_NESTING_DEPTH} levels, coordinates within ±1e6; see {@link SceneLimits}.
 * Checks run in this order and the first problem wins: JSON syntax, {@code memscape}, title,
 * description, model, domain, memories, dynamics, particles.
 */
public final class SceneReader {

    /** A scene with the warnings (unknown fields) found while reading it, in document order. */
    public record Result(Scene scene, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private SceneReader() {}

    public static Scene read(Path file) throws SceneException {
        return readWithWarnings(file).scene();
    }

    /** @param sourceName how messages name the text, usually the file name */
    public static Scene parse(String json, String sourceName) throws SceneException {
        return parseWithWarnings(json, sourceName).scene();
    }

    public static Result readWithWarnings(Path file) throws SceneException {
        String name = file.toString();
        return parseWithWarnings(readText(file, name), name);
    }

    public static Result parseWithWarnings(String json, String sourceName) throws SceneException {
        ReadContext ctx = new ReadContext(sourceName);
        // A byte-order mark is invisible in editors, so it should not count as a stray character.
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.startsWith("\uFEFF")) {
            throw new SceneException(sourceName, 1, 1, "", "a second byte-order mark (an invisible U+FEFF) at the start",
                    "at most one; save the file as UTF-8 again to drop it");
        }
        Scene scene = SceneDecoder.decode(JsonTreeParser.parse(text, ctx), ctx);
        return new Result(scene, ctx.warnings());
    }

    /** The operating system's reason, without the Java exception name or the path again. */
    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "" : " (" + reason.trim() + ")";
    }

    /**
     * A scene or lesson file as text, refusing folders, what is not a regular file (a device, a
     * FIFO: /dev/zero never ends, a FIFO may never answer), files over 50 MB and text that is not
     * UTF-8. The size is counted in the bytes actually read, not taken from the file system, which
     * may say 0 for a file that goes on (those under /proc) or change while it is read.
     */
    static String readText(Path file, String name) throws SceneException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new SceneException(name, "is a folder, not a file");
            }
            if (!attributes.isRegularFile()) {
                throw new SceneException(name, 0, 0, "", "is not a regular file (" + kind(file) + ")", "a scene file (JSON text)");
            }
            if (attributes.size() > SceneLimits.MAX_DOCUMENT_CHARS) {   // said at once; what is read below is counted too
                throw new SceneException(name, 0, 0, "", "the file is too large (" + Numbers.count(attributes.size()) + " bytes)",
                        "at most 50 MB");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(SceneLimits.MAX_DOCUMENT_CHARS + 1);
            }
            if (bytes.length > SceneLimits.MAX_DOCUMENT_CHARS) {
                throw new SceneException(name, 0, 0, "", "the file is too large (more than 50 MB)", "at most 50 MB");
            }
            String encoding = otherEncoding(bytes);
            if (encoding != null) {
                throw new SceneException(name, 0, 0, "", "the text is in " + encoding + ", not UTF-8",
                        "a JSON text file in UTF-8 (an editor's \"Save as\" can change the encoding)");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new SceneException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new SceneException(name, "permission denied");
        } catch (CharacterCodingException e) {
            throw new SceneException(name, 0, 0, "", "not a text file (not UTF-8)", "a JSON text file in UTF-8");
        } catch (IOException e) {
            throw new SceneException(name, "could not be read" + reason(e));
        }
    }

    /** What kind of file that is not a regular file or a folder is, in a user's words. */
    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a device, pipe or other special file";
        }
    }

    /**
     * UTF-16 or UTF-32, told by a byte-order mark or by the zero bytes that ASCII text has in
     * them; null for anything else. JSON text holds no zero bytes in UTF-8.
     */
    private static String otherEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) return "UTF-32";
        if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) return "UTF-32";
        if (b.length >= 2 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe || (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)) {
            return "UTF-16";
        }
        for (int i = 0; i < Math.min(b.length, 64); i++) {
            if (b[i] == 0) return "UTF-16 or UTF-32 (it has zero bytes)";
        }
        return null;
    }
}
