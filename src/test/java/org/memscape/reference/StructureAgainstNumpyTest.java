package org.memscape.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memscape.cli.Cli;

/**
 * The `fixed-points` and `basins` commands against make_structure_reference.py, which finds
 * critical points its own way (scipy's hybrid Powell root finder from a dense grid and from the
 * Delaunay triangulation of the memories) and descends explicitly from every cell centre. Cases:
 * the pitchfork of two memories at ±m on both sides of β|m|² = 1, a three-memory triangle
 * (three minima, three saddles, a maximum at the centre), and every model kind; each case
 * confines with every critical point in view, so its count satisfies the Euler characteristic.
 */
class StructureAgainstNumpyTest {

    /** Critical points and basin ends are located to 1e-9 of the domain's width (the issue's promise). */
    private static final double LOCATED = 1e-9;
    private static final double ENERGY_RELATIVE = 1e-9;

    @TempDir Path dir;

    static Stream<Arguments> fixedPointCases() {
        return cases("fixed-points");
    }

    static Stream<Arguments> basinCases() {
        return cases("basins");
    }

    private static Stream<Arguments> cases(String kind) {
        JsonNode all = ReferenceData.load("structure_cases.json");
        return StreamSupport.stream(all.spliterator(), false).filter(c -> c.get("kind").asText().equals(kind))
                .map(c -> Arguments.of(c.get("name").asText(), c));
    }

    private List<String[]> runCli(JsonNode c, String... args) throws Exception {
        Path sceneFile = dir.resolve("scene.json");
        Files.writeString(sceneFile, new ObjectMapper().writeValueAsString(c.get("scene")));
        Path out = dir.resolve("out.csv");
        List<String> full = new ArrayList<>(List.of(args));
        full.addAll(List.of("--scene", sceneFile.toString(), "--out", out.toString()));
        if (!c.get("tau").isNull()) full.addAll(List.of("--tau", c.get("tau").asText()));
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(full.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        List<String> lines = Files.readAllLines(out).stream().filter(line -> !line.startsWith("#")).toList();
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    private static double width(JsonNode c) {
        JsonNode d = c.get("scene").get("domain");
        return Math.max(d.get(1).asDouble() - d.get(0).asDouble(), d.get(3).asDouble() - d.get(2).asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixedPointCases")
    void fixedPoints(String name, JsonNode c) throws Exception {
        List<String[]> rows = runCli(c, "fixed-points");
        JsonNode expected = c.get("points");
        double width = width(c);
        assertEquals(expected.size(), rows.size(), name + ": number of critical points");
        int index = 0;
        for (JsonNode e : expected) {
            String[] match = null;
            for (String[] row : rows) {
                if (row[0].equals(e.get("kind").asText()) && Math.hypot(Double.parseDouble(row[1]) - e.get("x").asDouble(),
                        Double.parseDouble(row[2]) - e.get("y").asDouble()) <= LOCATED * width) {
                    match = row;
                }
            }
            if (match == null) fail(name + ": no " + e.get("kind").asText() + " within 1e-9 of the width of (" + e.get("x") + ", " + e.get("y") + ")");
            double energy = e.get("energy").asDouble();
            assertEquals(energy, Double.parseDouble(match[3]), ENERGY_RELATIVE * Math.max(1, Math.abs(energy)), name + ": energy");
            assertEquals(e.get("memory").asInt(), Integer.parseInt(match[4]), name + ": memory");
            index += e.get("kind").asText().equals("saddle") ? -1 : 1;
        }
        assertEquals(1, index, name + ": minima − saddles + maxima (Euler characteristic of the plane)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("basinCases")
    void basins(String name, JsonNode c) throws Exception {
        List<String[]> rows = runCli(c, "basins", "--grid", c.get("grid").asText());
        JsonNode expected = c.get("rows");
        double width = width(c);
        assertEquals(expected.size(), rows.size(), name);
        for (int k = 0; k < rows.size(); k++) {
            JsonNode e = expected.get(k);
            String[] a = rows.get(k);
            String where = name + " cell " + k;
            assertEquals(e.get(0).asDouble(), Double.parseDouble(a[0]), 1e-12 * width, "x of " + where);
            assertEquals(e.get(1).asDouble(), Double.parseDouble(a[1]), 1e-12 * width, "y of " + where);
            assertEquals(e.get(4).asInt(), Integer.parseInt(a[4]), "memory of " + where);
            assertTrue(Math.hypot(e.get(2).asDouble() - Double.parseDouble(a[2]), e.get(3).asDouble() - Double.parseDouble(a[3]))
                    <= LOCATED * width, "end of " + where + ": expected (" + e.get(2) + ", " + e.get(3) + "), got (" + a[2] + ", " + a[3] + ")");
        }
    }
}
