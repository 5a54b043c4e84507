package org.memscape.cli;

import org.memscape.output.Version;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.learn.NetworkFile;
import org.memscape.learn.TrainedNetwork;

/** train, field --network and run --network as a user runs them: files, columns, repeatability and one-line errors. */
class LearnCommandsTest {

    @TempDir static Path shared;
    @TempDir Path dir;
    static Path network;

    @BeforeAll
    static void trainOnce() {
        network = shared.resolve("net.json");
        CliTest.Outcome o = CliTest.cli("train", "--scene", CliTest.scene("diffusion-sde.json"), "--steps", "60", "--width", "16",
                "--seed", "3", "--out", network.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().startsWith("memscape: note: trained 60 steps in "), o.err());
    }

    private static void assertOneLineError(CliTest.Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line expected, got:\n" + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    @Test
    void trainWritesANetworkFileThatRepeatsBitForBit() throws Exception {
        TrainedNetwork t = NetworkFile.read(network);
        assertEquals(60, t.settings().steps());
        assertEquals(3, t.seed());
        assertEquals(16, t.network().architecture().hidden()[0]);
        assertEquals("memscape " + Version.current(), "memscape " + t.programVersion());
        Path again = dir.resolve("again.json");
        assertEquals(0, CliTest.cli("train", "--scene", CliTest.scene("diffusion-sde.json"), "--steps", "60", "--width", "16",
                "--seed", "3", "--out", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(network), Files.readAllBytes(again));
    }

    @Test
    void trainRefusesWhatItCannotDo() throws Exception {
        Path scene = Path.of(CliTest.scene("diffusion-sde.json"));
        Path copy = dir.resolve("scene.json");
        Files.copy(scene, copy);
        assertOneLineError(CliTest.cli("train", "--scene", copy.toString(), "--out", copy.toString()), "is the scene file");
        assertEquals(Files.readString(scene), Files.readString(copy), "the scene is untouched");
        assertOneLineError(CliTest.cli("train", "--scene", CliTest.scene("two-points.json"), "--out", dir.resolve("n.json").toString()),
                "two-points.json", "diffusion");
        assertOneLineError(CliTest.cli("train", "--scene", copy.toString(), "--steps", "0", "--out", dir.resolve("n.json").toString()), "--steps 0");
        assertOneLineError(CliTest.cli("train", "--scene", copy.toString(), "--width", "0", "--out", dir.resolve("n.json").toString()), "--width 0");
        assertOneLineError(CliTest.cli("train", "--scene", copy.toString(), "--activation", "tanh", "--out", dir.resolve("n.json").toString()),
                "expected silu or relu");
        assertFalse(Files.exists(dir.resolve("n.json")));
    }

    @Test
    void fieldWritesTheLearnedScoreInTheUsualColumns() throws Exception {
        Path csv = dir.resolve("learned.csv");
        CliTest.Outcome o = CliTest.cli("field", "--scene", CliTest.scene("diffusion-sde.json"), "--network", network.toString(),
                "--grid", "4", "--tau", "0.5", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y,energy,fx,fy", lines.get(0));
        assertEquals(17, lines.size());
        TrainedNetwork t = NetworkFile.read(network);
        String[] row = lines.get(1 + 2 * 4 + 3).split(",", -1);
        double x = -3 + 3.5 * 1.5, y = -3 + 2.5 * 1.5;
        assertEquals(x, Double.parseDouble(row[0]), 1e-15);
        assertEquals(y, Double.parseDouble(row[1]), 1e-15);
        assertEquals("", row[2], "no learned energy");
        double[] score = new double[2];
        t.network().score(new double[] {Double.parseDouble(row[0]), Double.parseDouble(row[1])}, 0.5, score);
        assertEquals(score[0], Double.parseDouble(row[3]), 0);
        assertEquals(score[1], Double.parseDouble(row[4]), 0);
    }

    @Test
    void runSamplesWithTheLearnedScoreFromTheSameStarts() throws Exception {
        Path learned = dir.resolve("learned.csv"), again = dir.resolve("again.csv"), exact = dir.resolve("exact.csv");
        String scene = CliTest.scene("diffusion-sde.json");
        assertEquals(0, CliTest.cli("run", "--scene", scene, "--network", network.toString(), "--out", learned.toString()).code());
        assertEquals(0, CliTest.cli("run", "--scene", scene, "--network", network.toString(), "--out", again.toString()).code());
        assertEquals(0, CliTest.cli("run", "--scene", scene, "--out", exact.toString()).code());
        assertEquals(Files.readAllLines(learned), Files.readAllLines(again));
        List<String> lines = Files.readAllLines(learned);
        assertEquals("# score: learned by net.json (60 steps, seed 3)", lines.get(3));
        List<String> rows = CliTest.csvRows(learned), exactRows = CliTest.csvRows(exact);
        assertEquals(exactRows.size(), rows.size());
        assertEquals(exactRows.get(1).substring(0, exactRows.get(1).lastIndexOf(',')), rows.get(1).substring(0, rows.get(1).lastIndexOf(',')),
                "step 0: the same start");
        assertTrue(rows.get(1).endsWith(","), "no energy: " + rows.get(1));
        assertFalse(rows.get(rows.size() - 1).equals(exactRows.get(exactRows.size() - 1)), "another score, another end");
    }

    /** Every sampler of a diffusion scene runs on the learned score. */
    @Test
    void everyDiffusionSamplerRunsOnTheLearnedScore() throws Exception {
        String[] dynamics = {"{\"sampler\": \"probability-flow-ode\", \"integrator\": \"heun\", \"steps\": 10}",
                "{\"sampler\": \"probability-flow-ode\", \"steps\": 10}", "{\"sampler\": \"gradient-flow\", \"steps\": 5}",
                "{\"sampler\": \"langevin\", \"steps\": 5}", "{\"sampler\": \"hopfield-update\", \"steps\": 3}"};
        for (String d : dynamics) {
            Path scene = dir.resolve("s.json");
            Files.writeString(scene, "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}, {\"segment\": [[-1, -1], [1, -1]]}],"
                    + " \"model\": {\"type\": \"diffusion-vp\"}, \"dynamics\": " + d + ", \"particles\": {\"count\": 3, \"seed\": 1}}");
            Path csv = dir.resolve("r.csv");
            CliTest.Outcome o = CliTest.cli("run", "--scene", scene.toString(), "--network", network.toString(), "--out", csv.toString());
            assertEquals(0, o.code(), d + ": " + o.err());
            List<String> rows = CliTest.csvRows(csv);
            String last = rows.get(rows.size() - 1);
            for (String cell : last.substring(0, last.length() - 1).split(",")) Double.parseDouble(cell);
        }
    }

    @Test
    void badOrMismatchedNetworksGetOneLineAndWriteNothing() throws Exception {
        String scene = CliTest.scene("diffusion-sde.json");
        Path csv = dir.resolve("f.csv");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(network).substring(0, 500));
        assertOneLineError(CliTest.cli("field", "--scene", scene, "--network", broken.toString(), "--grid", "2", "--out", csv.toString()),
                "broken.json:", "not valid JSON");
        assertOneLineError(CliTest.cli("run", "--scene", scene, "--network", dir.resolve("none.json").toString(), "--out", csv.toString()),
                "none.json: no such file");
        assertOneLineError(CliTest.cli("field", "--scene", scene, "--network", scene, "--grid", "2", "--out", csv.toString()),
                "not a network file");
        Path ve = dir.resolve("ve.json");
        Files.writeString(ve, "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}], \"model\": {\"type\": \"diffusion-ve\"}}");
        assertOneLineError(CliTest.cli("field", "--scene", ve.toString(), "--network", network.toString(), "--grid", "2", "--out", csv.toString()),
                "net.json: does not fit", "diffusion-ve");
        assertOneLineError(CliTest.cli("field", "--scene", CliTest.scene("two-points.json"), "--network", network.toString(), "--grid", "2",
                "--out", csv.toString()), "the scene's model is hopfield-distance");
        Path wrongSize = dir.resolve("wrong.json");
        Files.writeString(wrongSize, Files.readString(network).replace("\"hidden\": [16, 16, 16]", "\"hidden\": [16, 16, 17]"));
        assertOneLineError(CliTest.cli("run", "--scene", scene, "--network", wrongSize.toString(), "--out", csv.toString()),
                "wrong.json: layers[2]: 16 inputs and 16 outputs; expected 16 inputs and 17 outputs");
        assertFalse(Files.exists(csv));
        byte[] before = Files.readAllBytes(network);
        assertOneLineError(CliTest.cli("field", "--scene", scene, "--network", network.toString(), "--grid", "2", "--out", network.toString()),
                "is the network file");
        assertArrayEquals(before, Files.readAllBytes(network));
    }

    @Test
    void otherMemoriesGetANote() throws Exception {
        Path moved = dir.resolve("moved.json");
        Files.writeString(moved, Files.readString(Path.of(CliTest.scene("diffusion-sde.json"))).replace("[1, 1]", "[1.5, 1]"));
        CliTest.Outcome o = CliTest.cli("field", "--scene", moved.toString(), "--network", network.toString(), "--grid", "2",
                "--out", dir.resolve("f.csv").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("was trained on other memories than those of moved.json"), o.err());
    }
}
