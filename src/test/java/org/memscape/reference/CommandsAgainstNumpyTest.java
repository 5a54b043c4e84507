package org.memscape.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memscape.cli.Cli;

/**
 * The `field` and `run` commands against the independent NumPy implementation of MATH.md. The
 * issue asks for 1e-4 relative on fields and 1e-3 on deterministic trajectories; both sides
 * compute in double, so the tests hold them to 1e-9, which a wrong factor could never meet.
 */
class CommandsAgainstNumpyTest {

    private static final double FIELD_RELATIVE = 1e-9;
    private static final double TRAJECTORY_RELATIVE = 1e-9;

    @TempDir Path dir;

    static Stream<Arguments> fieldCases() {
        return cases("field_cases.json");
    }

    static Stream<Arguments> trajectoryCases() {
        return cases("trajectory_cases.json");
    }

    private static Stream<Arguments> cases(String file) {
        JsonNode all = ReferenceData.load(file);
        return Stream.iterate(0, i -> i < all.size(), i -> i + 1).map(i -> Arguments.of(all.get(i).get("name").asText(), all.get(i)));
    }

    private List<String[]> runCli(JsonNode scene, String... args) throws Exception {
        Path sceneFile = dir.resolve("scene.json");
        Files.writeString(sceneFile, new ObjectMapper().writeValueAsString(scene));
        Path out = dir.resolve("out.csv");
        String[] full = Stream.concat(Stream.of(args), Stream.of("--scene", sceneFile.toString(), "--out", out.toString()))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(full, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        List<String> lines = Files.readAllLines(out).stream().filter(line -> !line.startsWith("#")).toList();   // # provenance
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    /** |a − b| ≤ tol · max(1, |b|): relative where values are large, absolute near zero. */
    private static void assertNear(double expected, String actual, double tolerance, String what) {
        double value = Double.parseDouble(actual);
        assertEquals(expected, value, tolerance * Math.max(1, Math.abs(expected)), what);
    }

    /** Energies are defined up to a constant: compare them after removing each side's mean. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldCases")
    void field(String name, JsonNode c) throws Exception {
        String[] args = c.get("tau").isNull()
                ? new String[] {"field", "--grid", c.get("grid").asText()}
                : new String[] {"field", "--grid", c.get("grid").asText(), "--tau", c.get("tau").asText()};
        List<String[]> rows = runCli(c.get("scene"), args);
        JsonNode expected = c.get("rows");
        assertEquals(expected.size(), rows.size());
        double meanExpected = 0, meanActual = 0;
        for (int k = 0; k < rows.size(); k++) {
            meanExpected += expected.get(k).get(2).asDouble() / rows.size();
            meanActual += Double.parseDouble(rows.get(k)[2]) / rows.size();
        }
        for (int k = 0; k < rows.size(); k++) {
            JsonNode e = expected.get(k);
            String[] a = rows.get(k);
            String where = name + " row " + k;
            assertNear(e.get(0).asDouble(), a[0], 1e-12, "x of " + where);
            assertNear(e.get(1).asDouble(), a[1], 1e-12, "y of " + where);
            assertNear(e.get(2).asDouble() - meanExpected, String.valueOf(Double.parseDouble(a[2]) - meanActual),
                    FIELD_RELATIVE, "energy of " + where);
            assertNear(e.get(3).asDouble(), a[3], FIELD_RELATIVE, "fx of " + where);
            assertNear(e.get(4).asDouble(), a[4], FIELD_RELATIVE, "fy of " + where);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trajectoryCases")
    void run(String name, JsonNode c) throws Exception {
        List<String[]> rows = runCli(c.get("scene"), "run");
        JsonNode expected = c.get("rows");
        assertEquals(expected.size(), rows.size(), name);
        for (int k = 0; k < rows.size(); k++) {
            JsonNode e = expected.get(k);
            String[] a = rows.get(k);
            String where = name + " row " + k;
            assertEquals(e.get(0).asInt(), Integer.parseInt(a[0]), "step of " + where);
            if (e.get(1).isNull()) {
                assertEquals("", a[1], "tau of " + where);
            } else {
                assertNear(e.get(1).asDouble(), a[1], 1e-12, "tau of " + where);
            }
            assertEquals(e.get(2).asInt(), Integer.parseInt(a[2]), "particle of " + where);
            assertNear(e.get(3).asDouble(), a[3], TRAJECTORY_RELATIVE, "x of " + where);
            assertNear(e.get(4).asDouble(), a[4], TRAJECTORY_RELATIVE, "y of " + where);
            assertNear(e.get(5).asDouble(), a[5], TRAJECTORY_RELATIVE, "energy of " + where);
        }
    }
}
