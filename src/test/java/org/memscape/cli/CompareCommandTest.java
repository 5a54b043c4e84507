package org.memscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.cli.CliTest.cli;
import static org.memscape.cli.CliTest.scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare command: its file, its comment lines, its table, and its errors, as the other commands. */
class CompareCommandTest {

    @TempDir Path dir;

    private static void assertOneLineError(CliTest.Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line expected, got:\n" + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    @Test
    void writesARowPerParticleWithEachDynamicsEndAndMemory() throws Exception {
        Path csv = dir.resolve("ends.csv");
        CliTest.Outcome o = cli("compare", "--scene", scene("two-points.json"), "--dynamics", "gradient-flow,hopfield", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(3).startsWith("# dynamics=gradient-flow,hopfield-update steps="), lines.get(3));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# same_memory gradient-flow hopfield-update ")), String.join("\n", lines));
        List<String> rows = CliTest.csvRows(csv);
        assertEquals("particle,start_x,start_y,gradient-flow_x,gradient-flow_y,gradient-flow_memory,"
                + "hopfield-update_x,hopfield-update_y,hopfield-update_memory", rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            // the memories at ±(1.5, 1.5), far apart at β = 4: a start above y = −x ends at memory 0 under both
            String side = Double.parseDouble(f[1]) + Double.parseDouble(f[2]) > 0 ? "0" : "1";
            assertEquals(side, f[5], row);
            assertEquals(side, f[8], row);
        }
    }

    /** The README's numbers for the preset of the diffusion lesson. */
    @Test
    void theReadmesAgreementTable() throws Exception {
        Path table = dir.resolve("agreement.csv");
        CliTest.Outcome o = cli("compare", "--scene", "presets/diffusion-vs-hopfield.json", "--dynamics", "sde,ode,hopfield",
                "--out", dir.resolve("ends.csv").toString(), "--agreement", table.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(List.of("a,b,same,particles,share",
                "reverse-sde,probability-flow-ode,107,400,0.2675",
                "reverse-sde,hopfield-update,98,400,0.245",
                "probability-flow-ode,hopfield-update,261,400,0.6525"), Files.readAllLines(table));
    }

    @Test
    void theDefaultDynamicsDependOnTheModel() throws Exception {
        Path csv = dir.resolve("ends.csv");
        CliTest.Outcome o = cli("compare", "--scene", scene("diffusion-sde.json"), "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(csv).contains("# dynamics=reverse-sde,probability-flow-ode,hopfield-update "));
        o = cli("compare", "--scene", scene("two-points.json"), "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readString(csv).contains("# dynamics=gradient-flow,hopfield-update "));
    }

    @Test
    void badDynamicsAreOneLineAndWriteNothing() throws Exception {
        Path csv = dir.resolve("ends.csv");
        assertOneLineError(cli("compare", "--scene", scene("two-points.json"), "--dynamics", "gradient-flow,reverse-sde", "--out", csv.toString()),
                "reverse-sde needs a diffusion model");
        assertOneLineError(cli("compare", "--scene", scene("two-points.json"), "--dynamics", "gradient-flow,sled", "--out", csv.toString()),
                "--dynamics sled: unknown dynamics");
        assertOneLineError(cli("compare", "--scene", scene("two-points.json"), "--dynamics", "gradient-flow", "--out", csv.toString()),
                "name 2 to 4 dynamics");
        assertOneLineError(cli("compare", "--scene", scene("two-points.json"), "--dynamics", "hopfield,hopfield-update", "--out", csv.toString()),
                "hopfield-update is named twice");
        assertOneLineError(cli("compare", "--scene", scene("two-points.json"), "--out", csv.toString(), "--agreement", csv.toString()),
                "the same file as --out");
        assertOneLineError(cli("compare", "--scene", scene("two-points.json"), "--steps", "-1", "--out", csv.toString()), "--steps -1");
        assertFalse(Files.exists(csv));
    }
}
