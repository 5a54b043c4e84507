package org.memscape.cli;

import org.memscape.output.Version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.cli.CliTest.cli;
import static org.memscape.cli.CliTest.scene;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.scene.SceneReader;

/** The fixed-points and basins commands: their files, their comment lines and their errors, as the other commands. */
class StructureCommandsTest {

    @TempDir Path dir;

    private static void assertOneLineError(CliTest.Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line expected, got:\n" + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    @Test
    void fixedPointsWritesTheCountsAndOneRowPerCriticalPoint() throws Exception {
        Path csv = dir.resolve("fp.csv");
        CliTest.Outcome o = cli("fixed-points", "--scene", scene("two-points.json"), "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(csv);
        var scene = SceneReader.read(Path.of(scene("two-points.json")));
        assertEquals("# title: " + scene.title(), lines.get(0));
        assertEquals("# seed: " + scene.particles().seed(), lines.get(1));
        assertEquals("# memscape " + Version.current(), lines.get(2));
        assertEquals("# minima=2 saddles=1 maxima=0 spurious=0 degenerate=0 winding=1", lines.get(3));
        assertEquals(FixedPointsCommand.COLUMNS, lines.get(4));
        assertEquals(List.of("minimum", "minimum", "saddle"), lines.subList(5, 8).stream().map(l -> l.split(",")[0]).toList());
        // the minima at the memories ±(1.5, 1.5), pulled in by exp(−β·|Δ|²/2) = exp(−18) of the other; the saddle midway
        String[] low = lines.get(5).split(",");
        assertEquals(-1.5, Double.parseDouble(low[1]), 1e-6);
        assertEquals("1", low[4]);
        String[] saddle = lines.get(7).split(",");
        assertEquals(0, Double.parseDouble(saddle[1]), 1e-12);
        assertEquals("-1", saddle[4]);
        assertEquals(8, lines.size());
    }

    @Test
    void basinsWritesEveryCellInTheOrderOfField() throws IOException {
        Path basins = dir.resolve("b.csv");
        Path field = dir.resolve("f.csv");
        assertEquals(0, cli("basins", "--scene", scene("two-points.json"), "--grid", "6", "--out", basins.toString()).code());
        assertEquals(0, cli("field", "--scene", scene("two-points.json"), "--grid", "6", "--out", field.toString()).code());
        List<String> rows = CliTest.csvRows(basins);
        List<String> fieldRows = CliTest.csvRows(field);
        assertEquals(BasinsCommand.COLUMNS, rows.get(0));
        assertEquals(1 + 36, rows.size());
        assertTrue(Files.readAllLines(basins).get(3).startsWith("# minima=2 saddles=1 maxima=0"), Files.readAllLines(basins).get(3));
        for (int k = 1; k < rows.size(); k++) {
            String[] b = rows.get(k).split(",");
            String[] f = fieldRows.get(k).split(",");
            assertEquals(f[0], b[0]);
            assertEquals(f[1], b[1]);
            // the two memories sit at ±(1.5, 1.5): a start above the line y = −x descends to the upper one (memory 0)
            double x = Double.parseDouble(b[0]), y = Double.parseDouble(b[1]);
            assertEquals(x + y > 0 ? "0" : "1", b[4], rows.get(k));
            assertEquals(x + y > 0 ? 1.5 : -1.5, Double.parseDouble(b[2]), 1e-6, rows.get(k));
        }
    }

    @Test
    void bothWriteToStdoutWithADash() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertEquals(0, cli("fixed-points", "--scene", scene("diffusion-sde.json"), "--tau", "0.5", "--out", "-").code());
            assertEquals(0, cli("basins", "--scene", scene("diffusion-sde.json"), "--grid", "2", "--out", "-").code());
        } finally {
            System.setOut(saved);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(FixedPointsCommand.COLUMNS + "\n"), text);
        assertTrue(text.contains(BasinsCommand.COLUMNS + "\n"), text);
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() throws IOException {
        assertOneLineError(cli("basins", "--scene", scene("two-points.json"), "--grid", "0", "--out", dir.resolve("x.csv").toString()), "--grid");
        assertOneLineError(cli("basins", "--scene", scene("two-points.json"), "--grid", "5000", "--out", dir.resolve("x.csv").toString()), "--grid", "2048");
        assertOneLineError(cli("fixed-points", "--out", "x.csv"), "--scene");
        assertOneLineError(cli("fixed-points", "--scene", scene("diffusion-sde.json"), "--tau", "1.5", "--out", "x.csv"), "--tau");
        assertOneLineError(cli("basins", "--scene", scene("diffusion-sde.json"), "--grid", "3", "--tau", "1e-320", "--out", "-"), "noise scale");
        assertOneLineError(cli("fixed-points", "--scene", scene("two-points.json"), "--out", dir.resolve("missing/dir/x.csv").toString()), "cannot write");
        Path csv = dir.resolve("kept.csv");
        Files.writeString(csv, "previous contents");
        assertOneLineError(cli("fixed-points", "--scene", dir.resolve("nope.json").toString(), "--out", csv.toString()), "nope.json");
        assertEquals("previous contents", Files.readString(csv));
    }

    /** Classical memories whose Hebbian weights exceed 1: every descent but the one from the saddle runs off, and says so. */
    @Test
    void descentsThatRunOffLeaveTheirEndsEmpty() throws IOException {
        Path unbounded = dir.resolve("unbounded.json");
        Files.writeString(unbounded, "{\"memscape\": 1, \"memories\": [{\"point\": [2, 0]}],"
                + " \"model\": {\"type\": \"hopfield\", \"memory\": \"classical\"}}");
        Path csv = dir.resolve("u.csv");
        CliTest.Outcome o = cli("basins", "--scene", unbounded.toString(), "--grid", "4", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("unbounded below"), o.err());
        List<String> rows = CliTest.csvRows(csv);
        assertEquals(17, rows.size());
        for (String row : rows.subList(1, rows.size())) assertTrue(row.endsWith(",,,-1"), row);
    }

    @Test
    void timelessModelsNoteAnIgnoredTau() {
        CliTest.Outcome o = cli("fixed-points", "--scene", scene("two-points.json"), "--tau", "0.5", "--out", dir.resolve("t.csv").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("--tau ignored"), o.err());
    }

    @Test
    void helpNamesBothCommands() {
        CliTest.Outcome o = cli("--help");
        assertTrue(o.out().contains("fixed-points") && o.out().contains("basins"), o.out());
        assertEquals(0, cli("basins", "--help").code());
    }
}
