package org.memscape.cli;

import org.memscape.output.Version;

import org.memscape.output.TrajectoryCsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.core.EnergyModel;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

class CliTest {

    @TempDir Path dir;

    record Outcome(int code, String out, String err) {}

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    static String scene(String name) {
        try {
            return Paths.get(CliTest.class.getResource("/scenes/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertOneLineError(Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line expected, got:\n" + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    /**
     * `--help` lists each command with its first description line: a whole short sentence, not
     * the first piece of a hand-wrapped paragraph ("…the energy and force over a").
     */
    @Test
    void everyCommandsFirstDescriptionLineIsAShortWholeSentence() {
        List<picocli.CommandLine> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(Cli.commandLine().getSubcommands().values());
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            all.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        assertTrue(all.size() >= 12, "the commands and the experiments: " + all.size());
        for (picocli.CommandLine c : all) {
            String first = c.getCommandSpec().usageMessage().description()[0];
            assertTrue(first.endsWith("."), c.getCommandName() + ": " + first);
            assertTrue(first.length() <= 100, c.getCommandName() + " is not short: " + first);
            assertTrue(Character.isUpperCase(first.charAt(0)), c.getCommandName() + ": " + first);
        }
    }

    @Test
    void fieldWritesEveryCellCentreWithTheModelsValues() throws Exception {
        Path csv = dir.resolve("field.csv");
        Outcome o = cli("field", "--scene", scene("two-points.json"), "--grid", "4", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y,energy,fx,fy", lines.get(0));
        assertEquals(17, lines.size());
        EnergyModel model = SceneSetup.model(SceneReader.read(Paths.get(scene("two-points.json"))));
        // row 1 + j*4 + i: x = -3 + (i + ½)·1.5, y = -2 + (j + ½)·1
        String[] row = lines.get(1 + 2 * 4 + 3).split(",");
        double x = -3 + 3.5 * 1.5, y = -2 + 2.5;
        assertEquals(x, Double.parseDouble(row[0]), 1e-15);
        assertEquals(y, Double.parseDouble(row[1]), 1e-15);
        double[] force = new double[2];
        assertEquals(model.energy(new double[] {x, y}, 0, force), Double.parseDouble(row[2]), 0);
        assertEquals(force[0], Double.parseDouble(row[3]), 0);
        assertEquals(force[1], Double.parseDouble(row[4]), 0);
    }

    @Test
    void runWritesEveryParticleAtEveryStepAndRepeatsExactly() throws Exception {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        assertEquals(0, cli("run", "--scene", scene("diffusion-sde.json"), "--out", first.toString()).code());
        assertEquals(0, cli("run", "--scene", scene("diffusion-sde.json"), "--out", second.toString()).code());
        List<String> lines = csvRows(first);
        assertEquals("step,tau,particle,x,y,energy", lines.get(0));
        assertEquals(1 + 21 * 7, lines.size());
        assertTrue(lines.get(1).startsWith("0,1.0,0,"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("20,0.001,6,"), lines.get(lines.size() - 1));
        assertEquals(Files.readAllLines(first), Files.readAllLines(second));
    }

    /** A CSV file's lines without its comment lines (the provenance). */
    static List<String> csvRows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(line -> !line.startsWith("#")).toList();
    }

    @Test
    void runOpensWithTheScenesTitleSeedAndTheVersion() throws Exception {
        Path csv = dir.resolve("run.csv");
        assertEquals(0, cli("run", "--scene", scene("two-points.json"), "--steps", "1", "--out", csv.toString()).code());
        List<String> lines = Files.readAllLines(csv);
        var scene = SceneReader.read(Path.of(scene("two-points.json")));
        assertEquals("# title: " + scene.title(), lines.get(0));
        assertEquals("# seed: " + scene.particles().seed(), lines.get(1));
        assertEquals("# memscape " + Version.current(), lines.get(2));
        assertEquals(TrajectoryCsv.COLUMNS, lines.get(3));
    }

    @Test
    void runStepsOptionAndEmptyTauForTimelessModels() throws IOException {
        Path csv = dir.resolve("run.csv");
        assertEquals(0, cli("run", "--scene", scene("two-points.json"), "--steps", "2", "--out", csv.toString()).code());
        List<String> lines = csvRows(csv);
        assertEquals(1 + 3 * 3, lines.size());
        assertTrue(lines.get(1).startsWith("0,,0,0.2,0.1,"), lines.get(1));
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() {
        assertOneLineError(cli("field", "--scene", scene("two-points.json"), "--grid", "0", "--out", dir.resolve("x.csv").toString()), "--grid");
        assertOneLineError(cli("field", "--grid", "8", "--out", "x.csv"), "--scene");
        assertOneLineError(cli("run", "--scene", scene("two-points.json"), "--steps", "-1", "--out", "x.csv"), "--steps");
        assertOneLineError(cli("field", "--scene", scene("diffusion-sde.json"), "--grid", "4", "--tau", "0", "--out", "x.csv"), "--tau");
        assertOneLineError(cli("frobnicate"), "frobnicate");
        assertOneLineError(cli("run", "--scene", scene("two-points.json"), "--out", dir.resolve("missing/dir/x.csv").toString()), "cannot write");
    }

    @Test
    void badSceneGivesTheReadersMessageAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"memscape\": 1, \"memories\": [{\"point\": [1, 2, 3]}]}");
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, "previous contents");
        assertOneLineError(cli("field", "--scene", bad.toString(), "--grid", "4", "--out", csv.toString()), "bad.json", "memories[0]");
        assertEquals("previous contents", Files.readString(csv));
        assertOneLineError(cli("run", "--scene", dir.resolve("nope.json").toString(), "--out", csv.toString()), "nope.json");
    }

    @Test
    void divergingParticlesStopTheRunWithOneLine() throws IOException {
        Path unstable = dir.resolve("unstable.json");
        Files.writeString(unstable, "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}],"
                + " \"dynamics\": {\"step\": 10, \"steps\": 2000}, \"particles\": {\"count\": 3}}");
        Path csv = dir.resolve("unstable.csv");
        assertOneLineError(cli("run", "--scene", unstable.toString(), "--out", csv.toString()), "unstable.json", "step is too large", "dynamics.step");
        assertFalse(Files.exists(csv));
    }

    @Test
    void particlesThatFlyOffButStayFiniteGetANote() throws IOException {
        // Euler with step 2.5 on ½β|x − y|² overshoots by a factor 1.5 each step: far off, still finite
        Path overshoot = dir.resolve("overshoot.json");
        Files.writeString(overshoot, "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}],"
                + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 1},"
                + " \"dynamics\": {\"step\": 2.5, \"steps\": 20}, \"particles\": {\"count\": 5}}");
        Path csv = dir.resolve("overshoot.csv");
        Outcome o = cli("run", "--scene", overshoot.toString(), "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(csv));
        assertTrue(o.err().contains("note: 5 of 5 particles flew off") && o.err().contains("at step 20")
                && o.err().contains("dynamics.step"), o.err());
    }

    /**
     * Issue 9's case: Heun with 50 steps down to tauMin 1e-5 blew up in its last step (|x| from 2.2
     * to 25). Now it ends on the memories, and a run that stays near its scene gets no note.
     */
    @Test
    void heunEndsOnTheMemoriesWithoutANote() throws IOException {
        Path heun = dir.resolve("heun.json");
        Files.writeString(heun, "{\"memscape\": 1, \"memories\": [{\"point\": [2, 1.5]}, {\"point\": [-2, 1.5]},"
                + " {\"point\": [0, -2]}, {\"point\": [0, 0.3]}], \"model\": {\"type\": \"diffusion-vp\"},"
                + " \"dynamics\": {\"sampler\": \"probability-flow-ode\", \"integrator\": \"heun\", \"steps\": 50,"
                + " \"tauMin\": 1e-5}, \"particles\": {\"count\": 200, \"seed\": 3}}");
        Path csv = dir.resolve("heun.csv");
        Outcome o = cli("run", "--scene", heun.toString(), "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        double[][] memories = {{2, 1.5}, {-2, 1.5}, {0, -2}, {0, 0.3}};
        int inner = 0;
        for (String row : csvRows(csv)) {
            if (!row.startsWith("50,")) continue;
            String[] f = row.split(",");
            double x = Double.parseDouble(f[3]), y = Double.parseDouble(f[4]);
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] m : memories) nearest = Math.min(nearest, Math.hypot(x - m[0], y - m[1]));
            assertTrue(nearest < 1e-6, "ends on a memory: " + row);
            if (Math.hypot(x, y - 0.3) < 1e-6) inner++;
        }
        assertTrue(inner >= 30, "the inner memory keeps its own: " + inner + " of 200");
    }

    @Test
    void noiseBelowTheFloorIsRefused() {
        assertOneLineError(cli("field", "--scene", scene("diffusion-sde.json"), "--grid", "3", "--tau", "1e-320", "--out", "-"),
                "--tau", "noise scale");
    }

    @Test
    void tinyButDistinctSegmentEndsAreAccepted() throws IOException {
        Path tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, "{\"memscape\": 1, \"memories\": [{\"segment\": [[0, 0], [1e-200, 0]]}]}");
        Outcome o = cli("field", "--scene", tiny.toString(), "--grid", "2", "--out", dir.resolve("t.csv").toString());
        assertEquals(0, o.code(), o.err());
    }

    @Test
    void unboundedModelsGetANote() throws IOException {
        Path unbounded = dir.resolve("unbounded.json");
        Files.writeString(unbounded, "{\"memscape\": 1, \"memories\": [{\"point\": [2, 0]}],"
                + " \"model\": {\"type\": \"hopfield\", \"memory\": \"classical\"}}");
        Outcome o = cli("field", "--scene", unbounded.toString(), "--grid", "2", "--out", dir.resolve("u.csv").toString());
        assertEquals(0, o.code());
        assertTrue(o.err().contains("unbounded below"), o.err());
    }

    @Test
    void helpListsTheCommands() {
        Outcome o = cli("--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("field") && o.out().contains("run"), o.out());
        assertEquals(0, cli("field", "--help").code());
    }

    @Test
    void aMistypedCommandIsNamedWithTheClosestCommands() {
        Outcome o = cli("feild");
        assertEquals(Cli.USAGE_ERROR, o.code());
        assertEquals("memscape: 'feild' is not a command; did you mean field? (try: memscape --help)", o.err().strip());
        assertFalse(o.err().contains("Unmatched"), o.err());
        // nothing close: the list of commands, still one line
        Outcome far = cli("xyzzy");
        assertEquals(Cli.USAGE_ERROR, far.code());
        assertOneLineError(far, "'xyzzy' is not a command", "field, run, render");
    }
}
