package org.memscape.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The `compare` command against make_paired_reference.py, which runs the same starts under the
 * gradient flow, the Hopfield update and the probability-flow ODE its own way (from MATH.md) and
 * counts, for each pair, the particles that end at one memory, the same (weight above ½).
 */
class PairedAgainstNumpyTest {

    @TempDir Path dir;

    static Stream<Arguments> cases() {
        JsonNode all = ReferenceData.load("paired_cases.json");
        return StreamSupport.stream(all.spliterator(), false).map(c -> Arguments.of(c.get("scene").get("title").asText(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEndMemoriesAndTheAgreementAreNumpys(String name, JsonNode c) throws Exception {
        Path sceneFile = dir.resolve("scene.json");
        Files.writeString(sceneFile, new ObjectMapper().writeValueAsString(c.get("scene")));
        List<String> dynamics = new ArrayList<>();
        c.get("dynamics").forEach(d -> dynamics.add(d.asText()));
        Path out = dir.resolve("out.csv");
        Path table = dir.resolve("agreement.csv");
        StringWriter err = new StringWriter();
        String[] args = {"compare", "--scene", sceneFile.toString(), "--dynamics", String.join(",", dynamics), "--out", out.toString(),
                "--agreement", table.toString()};
        assertEquals(0, Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());

        List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
        String[] header = lines.get(0).split(",");
        for (int d = 0; d < dynamics.size(); d++) {
            int column = List.of(header).indexOf(dynamics.get(d) + "_memory");
            JsonNode expected = c.get("memories").get(d);
            assertEquals(expected.size(), lines.size() - 1);
            for (int p = 0; p < expected.size(); p++) {
                assertEquals(expected.get(p).asInt(), Integer.parseInt(lines.get(p + 1).split(",")[column]),
                        dynamics.get(d) + ", particle " + p);
            }
        }
        List<String> rows = Files.readAllLines(table);
        assertEquals("a,b,same,particles,share", rows.get(0));
        int pairs = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int same = c.get("same").get(f[0] + "/" + f[1]).asInt();
            int particles = c.get("memories").get(0).size();
            assertEquals(same, Integer.parseInt(f[2]), row);
            assertEquals(particles, Integer.parseInt(f[3]), row);
            assertEquals((double) same / particles, Double.parseDouble(f[4]), 1e-15, row);
            pairs++;
        }
        assertEquals(c.get("same").size(), pairs);
    }
}
