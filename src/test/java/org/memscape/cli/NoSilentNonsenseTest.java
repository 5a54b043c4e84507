package org.memscape.cli;

import org.memscape.output.TrajectoryCsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that are allowed one by one but make nonsense together end in a clear message, or in
 * a note that says what went wrong; never in numbers that look fine with exit 0. A failure is one
 * line that names the scene file, whatever notes came before it.
 */
class NoSilentNonsenseTest {

    @TempDir Path dir;

    private Path scene(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static void assertOneLine(CliTest.Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), "one line, got:\n" + o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    @Test
    void aTinyBetaIsRefusedRatherThanSwampedByItsConstant() throws IOException {
        Path s = scene("tiny-beta.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}],"
                + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 1e-16}}");
        assertOneLine(CliTest.cli("field", "--scene", s.toString(), "--grid", "4", "--out", dir.resolve("f.csv").toString()),
                "tiny-beta.json", "model.beta", "1e-6");
    }

    @Test
    void particlesThrownPastTheCoordinateLimitStopTheRun() throws IOException {
        for (String model : new String[] {"{\"type\": \"hopfield\", \"memory\": \"exp\", \"beta\": 1e6}",
                "{\"type\": \"hopfield\", \"memory\": \"power\", \"power\": 40}"}) {
            Path s = scene("far.json", "{\"memscape\": 1, \"domain\": [-1e6, 1e6, -1e6, 1e6], \"memories\": [{\"point\": [1e6, 1e6]}],"
                    + " \"model\": " + model + ", \"dynamics\": {\"steps\": 5}, \"particles\": {\"count\": 2}}");
            Path csv = dir.resolve("far.csv");
            assertOneLine(CliTest.cli("run", "--scene", s.toString(), "--out", csv.toString()), "far.json", "coordinate limit ±1e6");
            assertFalse(Files.exists(csv));
        }
    }

    @Test
    void anOverflowedEnergyCountsAsLost() {
        assertNull(TrajectoryCsv.lost(new double[] {1, 1}, 1e300));
        assertTrue(TrajectoryCsv.lost(new double[] {1, 1}, Double.MAX_VALUE).contains("overflowed"));
        assertTrue(TrajectoryCsv.lost(new double[] {1, 1}, -Double.MAX_VALUE).contains("overflowed"));
        assertTrue(TrajectoryCsv.lost(new double[] {1e6, -1.0000001e6}, 0).contains("coordinate limit"));
    }

    @Test
    void aGradientFlowStepAboveTwoGetsANoteEvenWhenTheRunIsShort() throws IOException {
        Path s = scene("swing.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}],"
                + " \"dynamics\": {\"step\": 3, \"steps\": 5}, \"particles\": {\"count\": 1}}");
        CliTest.Outcome o = CliTest.cli("run", "--scene", s.toString(), "--out", dir.resolve("r.csv").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("note: dynamics.step 3 is above 2"), o.err());
        // and a long run of it stops at the coordinate limit
        assertOneLine(CliTest.cli("run", "--scene", s.toString(), "--steps", "200", "--out", dir.resolve("r.csv").toString()),
                "swing.json", "coordinate limit");
    }

    @Test
    void aConstantScheduleWithATinyThetaSaysTheRunEndsBlurred() throws IOException {
        Path s = scene("theta.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1.5, 1.5]}, {\"point\": [-1.5, -1.5]}],"
                + " \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"constant\", \"theta\": 1e-300}},"
                + " \"particles\": {\"count\": 4}}");
        assertOneLine(CliTest.cli("run", "--scene", s.toString(), "--out", dir.resolve("t.csv").toString()), "theta.json", "coordinate limit");
        CliTest.Outcome fine = CliTest.cli("run", "--scene", s.toString(), "--steps", "10000", "--out", dir.resolve("t.csv").toString());
        assertEquals(0, fine.code(), fine.err());
        assertTrue(fine.err().contains("note: at dynamics.tauMin 0.001 the noise still blurs the landscape over s/a = 1.73"), fine.err());
        // the default constant schedule retrieves: no such note
        Path good = scene("theta-good.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1.5, 1.5]}],"
                + " \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"constant\"}}, \"particles\": {\"count\": 2}}");
        CliTest.Outcome o = CliTest.cli("run", "--scene", good.toString(), "--out", dir.resolve("g.csv").toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
    }

    @Test
    void aParticleCountThatDisagreesWithTheExplicitPointsIsRefused() throws IOException {
        for (int count : new int[] {0, 1, 5}) {
            Path s = scene("count.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}],"
                    + " \"particles\": {\"count\": " + count + ", \"init\": {\"points\": [[0, 0], [1, 0]]}}}");
            assertOneLine(CliTest.cli("run", "--scene", s.toString(), "--out", dir.resolve("c.csv").toString()),
                    "count.json:1:", "particles.count", count + " disagrees with the 2 points");
        }
        Path agree = scene("agree.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}],"
                + " \"particles\": {\"count\": 2, \"init\": {\"points\": [[0, 0], [1, 0]]}}}");
        assertEquals(0, CliTest.cli("run", "--scene", agree.toString(), "--steps", "1", "--out", dir.resolve("c.csv").toString()).code());
    }

    @Test
    void aNoiseLevelBelowTheFloorNamesAPositiveNoiseScale() {
        CliTest.Outcome o = CliTest.cli("field", "--scene", CliTest.scene("diffusion-sde.json"), "--grid", "2", "--tau", "1e-300", "--out", "-");
        assertOneLine(o, "--tau 1.0E-300 leaves a noise scale s = ");
        assertFalse(o.err().contains("-0.0"), o.err());
    }

    @Test
    void theCosineScheduleAtATinyTauGivesItsTrueNoiseScale() throws IOException {
        Path s = scene("cosine.json", "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}],"
                + " \"model\": {\"type\": \"diffusion-vp\", \"schedule\": {\"type\": \"cosine\"}}}");
        assertOneLine(CliTest.cli("field", "--scene", s.toString(), "--grid", "2", "--tau", "1e-300", "--out", "-"), "s = 1.97e-151");
    }

    @Test
    void notesBeforeALaterErrorStillMakeOneLineNamingTheScene() throws IOException {
        Path s = scene("noted.json", "{\"memscape\": 1, \"betta\": 3, \"memories\": [{\"point\": [1, 1]}],"
                + " \"model\": {\"type\": \"diffusion-vp\"}, \"dynamics\": {\"tauMin\": 1e-300}}");
        assertOneLine(CliTest.cli("run", "--scene", s.toString(), "--out", dir.resolve("n.csv").toString()),
                "memscape: " + s + ": dynamics.tauMin 1.0E-300 leaves a noise scale");
        Path unbounded = scene("unbounded.json", "{\"memscape\": 1, \"memories\": [{\"point\": [2, 0]}],"
                + " \"model\": {\"type\": \"hopfield\", \"memory\": \"classical\"}, \"dynamics\": {\"steps\": 100000}}");
        assertOneLine(CliTest.cli("run", "--scene", unbounded.toString(), "--out", dir.resolve("u.csv").toString()), "unbounded.json");
    }

    @Test
    void anEmptySceneNameSaysSo() {
        assertOneLine(CliTest.cli("field", "--scene", "", "--grid", "2", "--out", "-"), "--scene \"\": an empty file name");
    }
}
