package org.memscape.cli;

import org.memscape.output.TrajectoryCsv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-file generator: hundreds of scene files broken in the ways files get broken (cut off
 * anywhere, byte-order marks, other encodings, NaN and Infinity, deep nesting, huge numbers,
 * every value replaced by every wrong type), each given to {@code field} and {@code run}. Every
 * outcome is either exit 0 with a whole, well-formed CSV file, or exit 2 with one line on stderr
 * that names the file and speaks the user's language, and no file written. Never a stack trace,
 * never an internal error (70), never the JSON library's own wording.
 */
class BadSceneFilesTest {

    @TempDir Path dir;

    /** Every field of the format, with a multi-byte character to cut through. */
    static final String DIFFUSION = """
            {
              "memscape": 1,
              "title": "Gen τ ∇",
              "description": "All fields // not a comment",
              "domain": [-3, 3, -3, 3],
              "memories": [{"point": [1.5, 1.5]}, {"segment": [[-2, 0], [0, -2]]},
                           {"polyline": [[0, 0], [1, 0], [1, 1]]}, {"circle": {"center": [0, 0], "radius": 1}}],
              "model": {"type": "diffusion-vp", "schedule": {"type": "linear", "betaMin": 0.1, "betaMax": 20}},
              /* a comment */
              "dynamics": {"sampler": "reverse-sde", "step": 0.05, "steps": 4, "temperature": 0.05,
                           "integrator": "euler", "tauMax": 1, "tauMin": 0.001},
              "particles": {"count": 3, "seed": 1, "init": "prior"},
            }
            """;

    static final String HOPFIELD = """
            {"memscape": 1, "title": "Dot", "domain": [-2, 2, -2, 2],
             "memories": [{"point": [1, 0.5]}, {"point": [-0.5, -1]}],
             "model": {"type": "hopfield", "features": "quadratic", "memory": "lse", "beta": 4, "power": 3},
             "dynamics": {"sampler": "langevin", "step": 0.05, "steps": 3, "temperature": 0.1},
             "particles": {"seed": 2, "init": {"points": [[0, 0], [0.5, -0.5]]}}}
            """;

    /** What no message may show: traces, Java and library names, the tokenizer's own words. */
    static final String[] LEAKS = {"Exception", "\tat ", "com.fasterxml", "jackson", "Jackson", "JSON spec", "jSON", "CTRL-CHAR",
            "'NaN'", "+INF", "`", "java.", "internal error", "0xfeff"};

    private static final Pattern VALUE = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|\"(?:[^\"\\\\]|\\\\.)*\"|true|false|null");

    private static final String[] REPLACEMENTS = {"NaN", "Infinity", "-Infinity", "+1", "1e400", "-1e400", "1e-400", "-0",
            "123456789012345678901234567890", "4.9e-324", "1.7976931348623157e308", "\"1\"", "\"\"", "true", "null", "[]", "{}",
            "[1, 2]", "{\"point\": [1, 1]}", "0x10", "01", ".5", "'a'", "1.", "--1", "1e", "\"\\ud800\""};

    private static final int PER_VALUE = 9;

    /** Every case: a name and the file's bytes. */
    static Map<String, byte[]> cases() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        for (String base : new String[] {DIFFUSION, HOPFIELD}) {
            String tag = base == DIFFUSION ? "diffusion" : "hopfield";
            byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
            for (int cut = 0; cut < bytes.length; cut += base == DIFFUSION ? 3 : 5) {
                cases.put(tag + " cut at byte " + cut, java.util.Arrays.copyOf(bytes, cut));
            }
            Matcher m = VALUE.matcher(base);
            int k = 0;
            while (m.find()) {
                for (int j = 0; j < PER_VALUE; j++) {   // a rotating share of the replacements: each value meets several, each replacement many values
                    String r = REPLACEMENTS[(k * 7 + j * 3) % REPLACEMENTS.length];
                    cases.put(tag + " value " + k + " (" + m.group() + ") as " + r,
                            (base.substring(0, m.start()) + r + base.substring(m.end())).getBytes(StandardCharsets.UTF_8));
                }
                k++;
            }
        }
        String s = DIFFUSION;
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        cases.put("UTF-8 with a byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
        cases.put("two byte-order marks", ("\uFEFF\uFEFF" + s).getBytes(StandardCharsets.UTF_8));
        cases.put("a byte-order mark inside", s.replace("\"title\"", "\uFEFF\"title\"").getBytes(StandardCharsets.UTF_8));
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE", "UTF-32"}) {
            Charset charset = Charset.forName(cs);
            cases.put(cs, s.getBytes(charset));
            cases.put(cs + " with a byte-order mark", ("\uFEFF" + s).getBytes(charset));
        }
        cases.put("Latin-1 title", s.replace("Gen τ ∇", "Café").getBytes(StandardCharsets.ISO_8859_1));
        cases.put("Windows-1252 quotes", s.replace("\"Gen τ ∇\"", "\"\u201cGen\u201d\"").getBytes(Charset.forName("windows-1252")));
        cases.put("overlong UTF-8", s.replace("Gen", "G\u0000n").replace("\u0000", "\u00ff").getBytes(StandardCharsets.UTF_8));
        cases.put("bytes that are no UTF-8", concat(s.substring(0, 40).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        cases.put("CRLF line ends", s.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        cases.put("a NUL byte", s.replace("\"memscape\"", "\u0000\"memscape\"").getBytes(StandardCharsets.UTF_8));
        cases.put("a tab in a string", s.replace("Gen τ", "Gen\tτ").getBytes(StandardCharsets.UTF_8));
        cases.put("a line break in a string", s.replace("Gen τ", "Gen\nτ").getBytes(StandardCharsets.UTF_8));
        cases.put("a bell", s.replace("Gen τ", "Gen\u0007τ").getBytes(StandardCharsets.UTF_8));
        for (int depth : new int[] {5, 62, 63, 64, 65, 200, 100_000}) {
            cases.put("arrays nested " + depth + " deep", s.replace("\"description\"", "\"extra\": " + "[".repeat(depth) + "]".repeat(depth)
                    + ", \"description\"").getBytes(StandardCharsets.UTF_8));
            cases.put("objects nested " + depth + " deep", s.replace("\"description\"", "\"extra\": " + "{\"a\": ".repeat(depth) + "1"
                    + "}".repeat(depth) + ", \"description\"").getBytes(StandardCharsets.UTF_8));
            cases.put("memories nested " + depth + " deep", s.replace("{\"point\": [1.5, 1.5]}", "[".repeat(depth) + "]".repeat(depth))
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (String text : new String[] {"", " \n\t", "null", "[]", "{}", "{", "}", "\"scene\"", "42", "true", "// only a comment",
                "/* never closed", "{\"memscape\": 1,}", "{\"memscape\": 1, \"memscape\": 2, \"memories\": [{\"point\": [0, 0]}]}",
                "{\"memscape\": 2, \"memories\": [{\"point\": [0, 0]}]}", "{\"memscape\": \"1\", \"memories\": [{\"point\": [0, 0]}]}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}]} {}", "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}]}]",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"title\": \"" + "x".repeat(200_000) + "\"}",
                "{\"memscape\": 1, \"memories\": [" + "{\"point\": [0, 0]},".repeat(2000) + "{\"point\": [1, 1]}]}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"particles\": {\"count\": 1000001}}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"dynamics\": {\"steps\": 1000001}}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"model\": {\"type\": \"hopfield\", \"memory\": \"power\", \"power\": 3}}",
                "{\"memscape\": 1, \"memories\": [{\"segment\": [[0, 0], [1, 1]]}], \"model\": {\"type\": \"hopfield\"}}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"model\": {\"type\": \"hopfield\", \"features\": \"tanh\"}}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"dynamics\": {\"sampler\": \"reverse-sde\"}}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"particles\": {\"init\": {\"points\": []}}}",
                "{\"memscape\": 1, \"memories\": [{\"circle\": {\"center\": [0, 0], \"radius\": 1e6}}]}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [1e6, -1e6]}], \"domain\": [-1e6, 1e6, -1e6, 1e6]}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"model\": {\"type\": \"diffusion-ve\", \"sigmaMin\": 1e-300}}",
                "{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"model\": {\"type\": \"diffusion-vp\"}, \"dynamics\": {\"tauMin\": 1e-300}}"}) {
            cases.put("text " + (text.length() > 60 ? text.substring(0, 60) + "…" : text), text.getBytes(StandardCharsets.UTF_8));
        }
        return cases;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void everyBrokenFileGetsOneClearLineOrAWholeFile() throws IOException {
        Map<String, byte[]> cases = cases();
        List<String> problems = new ArrayList<>();
        int accepted = 0, refused = 0, k = 0;
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path scene = dir.resolve("case-" + (k++) + ".json");
            Files.write(scene, c.getValue());
            for (String command : new String[] {"field", "run"}) {
                Path out = dir.resolve("out.csv");
                Files.deleteIfExists(out);
                CliTest.Outcome o = command.equals("field")
                        ? CliTest.cli("field", "--scene", scene.toString(), "--grid", "3", "--out", out.toString())
                        : CliTest.cli("run", "--scene", scene.toString(), "--steps", "2", "--out", out.toString());
                String problem = judge(o, scene, out, command);
                if (problem != null) problems.add(c.getKey() + ", " + command + ": " + problem);
                if (o.code() == 0) accepted++; else refused++;
            }
        }
        System.out.println("bad scene files: " + cases.size() + " files × 2 commands, " + accepted + " accepted, " + refused + " refused");
        assertTrue(cases.size() > 370, "the generator makes its hundreds of cases: " + cases.size());
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** What is wrong with an outcome, or null. */
    static String judge(CliTest.Outcome o, Path scene, Path out, String command) throws IOException {
        List<String> err = o.err().lines().toList();
        for (String leak : LEAKS) {
            if (o.err().contains(leak)) return "'" + leak + "' leaks: " + o.err();
        }
        if (o.code() == 0) {
            for (String line : err) {
                if (!line.startsWith("memscape: note: ")) return "exit 0 with a line that is not a note: " + line;
            }
            if (!Files.exists(out)) return "exit 0 without a file";
            List<String> rows = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
            String header = command.equals("field") ? "x,y,energy,fx,fy" : TrajectoryCsv.COLUMNS;
            if (!rows.get(0).equals(header)) return "the file starts with " + rows.get(0);
            if (command.equals("field") && rows.size() != 10) return rows.size() + " lines instead of 10";
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",", -1);
                if (cells.length != header.split(",").length) return "a row with " + cells.length + " cells: " + row;
            }
            return null;
        }
        if (o.code() != 2) return "exit " + o.code() + ": " + o.err();
        if (err.size() != 1) return err.size() + " lines on stderr: " + o.err();
        if (!err.get(0).startsWith("memscape: " + scene)) return "the line does not name the file: " + err.get(0);
        if (Files.exists(out)) return "a file was written although the command failed";
        return null;
    }
}
