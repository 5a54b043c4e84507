package org.memscape.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.scene.MemorySpec.Point;

/** What the reader accepts beyond plain JSON, what it warns about, and the limits that protect it. */
class SceneReaderTest {

    private static final String MEMORIES = "\"memories\": [{\"point\": [1, 1]}]";

    private static SceneException fails(String json) {
        return assertThrows(SceneException.class, () -> SceneReader.parse(json, "t.json"));
    }

    @Test
    void commentsAndTrailingCommasAreAccepted() throws SceneException {
        String json = """
                // A scene written by hand.
                {
                  "memscape": 1, /* the format */
                  "title": "Commented",
                  "memories": [
                    {"point": [1, 1],},   // trailing comma inside an object
                    {"point": [-1, -1]},  // and inside an array:
                  ],
                  /* a block
                     comment over lines */
                  "model": {"type": "hopfield-distance", "beta": 2,},
                }
                """;
        SceneReader.Result r = SceneReader.parseWithWarnings(json, "c.json");
        assertEquals("Commented", r.scene().title());
        assertEquals(List.of(new Point(1, 1), new Point(-1, -1)), r.scene().memories());
        assertEquals(new ModelSpec.HopfieldDistance(2), r.scene().model());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aByteOrderMarkIsIgnored() throws SceneException {
        assertEquals("Untitled", SceneReader.parse("\uFEFF{\"memscape\": 1, " + MEMORIES + "}", "bom.json").title());
    }

    @Test
    void unknownFieldsAreWarningsInDocumentOrder() throws SceneException {
        String json = """
                {
                  "memscape": 1,
                  "model": {"type": "hopfield-distance",
                    "betaa": 3},
                  "memories": [{"point": [1, 1], "label": "A"}],
                  "colour": "red",
                  "dynamics": {"sampler": "langevin", "friction": 1},
                  "particles": {"init": {"points": [[0, 0]], "jitter": 0.1}}
                }
                """;
        SceneReader.Result r = SceneReader.parseWithWarnings(json, "fig1.json");
        assertEquals(List.of(
                "fig1.json:4:5: model.betaa: unknown field, ignored",
                "fig1.json:5:34: memories[0].label: unknown field, ignored",
                "fig1.json:6:3: colour: unknown field, ignored",
                "fig1.json:7:39: dynamics.friction: unknown field, ignored",
                "fig1.json:8:46: particles.init.jitter: unknown field, ignored"), r.warnings());
        assertEquals(new ModelSpec.HopfieldDistance(4), r.scene().model());
    }

    @Test
    void fieldsOfAnotherModelTypeAreWarnedAbout() throws SceneException {
        SceneReader.Result r = SceneReader.parseWithWarnings(
                "{\"memscape\": 1, " + MEMORIES + ", \"model\": {\"type\": \"diffusion-vp\", \"beta\": 3,"
                        + " \"schedule\": {\"type\": \"cosine\", \"betaMax\": 5}}}", "x.json");
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("model.beta: unknown field"));
        assertTrue(r.warnings().get(1).contains("model.schedule.betaMax: unknown field"));
    }

    @Test
    void deepNestingIsAClearErrorNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        for (String json : List.of(deep, "{\"memscape\": 1, \"memories\": " + deep + "}",
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))) {
            SceneException e = fails(json);
            assertTrue(e.getMessage().contains("nested too deeply (more than 64 levels)"), e.getMessage());
            assertTrue(e.getMessage().startsWith("t.json:1:"), e.getMessage());
            BadScenesTest.assertPlain(e.getMessage());
        }
        assertTrue(fails("{\"memscape\": 1, \"memories\": " + deep + "}").getMessage().contains(": memories[0]…: "));
    }

    @Test
    void nestingWithinTheLimitIsOnlyAnOrdinaryProblem() {
        String json = "{\"memscape\": 1, \"memories\": [{\"point\": " + "[".repeat(60) + "]".repeat(60) + "}]}";
        assertTrue(fails(json).getMessage().contains("memories[0].point: "));
    }

    @Test
    void nonFiniteNumbersAreRejectedWherever() {
        for (String literal : List.of("NaN", "Infinity", "-Infinity", "+Infinity", "1e999", "-1e999",
                "1" + "0".repeat(400))) {
            SceneException e = fails("{\"memscape\": 1, \"title\": " + literal + ", " + MEMORIES + "}");
            assertTrue(e.getMessage().contains("t.json:1:26: title: "), e.getMessage());
            assertTrue(e.getMessage().contains("NaN/infinite numbers are not allowed"), e.getMessage());
        }
    }

    @Test
    void duplicateKeysAreRejectedAtAnyDepth() {
        SceneException e = fails("{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]},\n {\"circle\": {\"radius\": 1,"
                + " \"center\": [0, 0], \"radius\": 2}}]}");
        assertEquals("t.json:2:45: memories[1].circle.radius: duplicate key \"radius\" (first given at line 2);"
                + " expected each key at most once in an object", e.getMessage());
    }

    @Test
    void tooManyMemories() {
        String json = "{\"memscape\": 1, \"memories\": [" + "{\"point\": [1, 1]},".repeat(100_001) + "]}";
        SceneException e = fails(json);
        assertTrue(e.getMessage().contains("memories: 100,001 memories; expected at most 100,000 memories"),
                e.getMessage());
    }

    @Test
    void tooManyPolylinePoints() {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            pts.append(i == 0 ? "" : ",").append('[').append(i).append(", 0]");
        }
        SceneException e = fails("{\"memscape\": 1, \"memories\": [{\"polyline\": [" + pts + "]}]}");
        assertTrue(e.getMessage().contains("memories[0].polyline: 10,001 points; expected at most 10,000 points"),
                e.getMessage());
    }

    @Test
    void tooManyExplicitParticles() {
        String json = "{\"memscape\": 1, " + MEMORIES + ", \"particles\": {\"init\": {\"points\": ["
                + "[0,0],".repeat(1_000_001) + "]}}}";
        SceneException e = fails(json);
        assertTrue(e.getMessage().contains("particles.init.points: 1,000,001 points; expected at most 1,000,000 particles"),
                e.getMessage());
    }

    @Test
    void aMillionExplicitParticlesAreFine() throws SceneException {
        String json = "{\"memscape\": 1, " + MEMORIES + ", \"particles\": {\"init\": {\"points\": ["
                + "[0.5,-0.5],".repeat(1_000_000) + "]}}}";
        assertEquals(1_000_000, SceneReader.parse(json, "big.json").particles().count());
    }

    @Test
    void tooLargeADocument() {
        String json = "{\"memscape\": 1, " + MEMORIES + "}" + " ".repeat(SceneLimits.MAX_DOCUMENT_CHARS);
        SceneException e = fails(json);
        assertTrue(e.getMessage().startsWith("t.json: the file is too large"), e.getMessage());
    }

    @Test
    void syntaxErrorsArePlainWords() {
        SceneException e = fails("{\"memscape\": 1,\n  \"memories\": [{\"point\": [1, 1]}}\n}");
        assertEquals("t.json:2:33: memories: not valid JSON: unexpected '}'; expected ']'", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(33, e.column());
        assertEquals("memories", e.field());
        BadScenesTest.assertPlain(fails("{\"title\": tru}").getMessage());
        BadScenesTest.assertPlain(fails("{\"title\": 'single'}").getMessage());
        BadScenesTest.assertPlain(fails("{\"title\": \"a\u0001b\"}").getMessage());
        BadScenesTest.assertPlain(fails("{\"title\": 01}").getMessage());
        BadScenesTest.assertPlain(fails("/* never closed").getMessage());
        BadScenesTest.assertPlain(fails("{\"title\": \"never closed").getMessage());
        BadScenesTest.assertPlain(fails("{\"memscape\": 1}]").getMessage());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        SceneException e = assertThrows(SceneException.class, () -> SceneReader.read(file));
        assertEquals(file + ": no such file", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void directoryInsteadOfFile(@TempDir Path dir) {
        SceneException e = assertThrows(SceneException.class, () -> SceneReader.read(dir));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void binaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("picture.json");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        SceneException e = assertThrows(SceneException.class, () -> SceneReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a text file (not UTF-8)"), e.getMessage());
    }

    @Test
    void locationsCountCharactersNotBytes() {
        SceneException e = fails("{\"memscape\": 1, \"title\": \"ünïcødé τ\", \"description\": 5, " + MEMORIES + "}");
        assertTrue(e.getMessage().startsWith("t.json:1:54: description: "), e.getMessage());
    }

    @Test
    void exceptionPartsMatchTheMessage() {
        SceneException e = new SceneException("fig1.json", 12, 20, "memories[2].segment",
                "zero-length segment (both ends at [1, 1])", "two distinct points");
        assertEquals("fig1.json:12:20: memories[2].segment: zero-length segment (both ends at [1, 1]);"
                + " expected two distinct points", e.getMessage());
        assertEquals("fig1.json: no such file", new SceneException("fig1.json", "no such file").getMessage());
    }
}
