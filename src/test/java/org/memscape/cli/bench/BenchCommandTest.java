package org.memscape.cli.bench;

import org.memscape.cli.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Grid;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.scene.Domain;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.CriticalPoints;
import org.memscape.structure.FixedPoints;

/** The bench's output format only: timings are the machine's business, never asserted. */
class BenchCommandTest {

    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");
    private static final Pattern MS = Pattern.compile("\\d+\\.\\d{2}");

    /** The key=value pairs of a line after "bench <figure>". */
    private static Map<String, String> pairs(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(line);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    @Test
    void quickBenchPrintsOneKeyValueLinePerFigure() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[]{"bench", "--quick"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());

        List<String> lines = out.toString().lines().toList();
        int kinds = BenchScenes.KINDS.size();
        assertEquals(17 + kinds, lines.size(), out.toString());
        for (String line : lines) assertTrue(line.startsWith("bench "), line);

        Map<String, String> machine = pairs(lines.get(0));
        assertTrue(lines.get(0).startsWith("bench machine "), lines.get(0));
        assertTrue(machine.get("cores").matches("\\d+"), lines.get(0));
        assertTrue(machine.get("simd").matches("true|false"), lines.get(0));
        assertTrue(machine.containsKey("java"), lines.get(0));

        int[] counts = BenchCommand.MEMORY_COUNTS;
        for (int k = 0; k < counts.length; k++) {
            String line = lines.get(1 + k);
            Map<String, String> p = pairs(line);
            assertTrue(line.startsWith("bench field "), line);
            assertEquals("64", p.get("grid"), line);
            assertEquals(String.valueOf(counts[k]), p.get("memories"), line);
            assertEquals("point", p.get("kind"), line);
            assertTrue(MS.matcher(p.get("ms")).matches(), line);
            assertTrue(p.get("runs").matches("\\d+") && Integer.parseInt(p.get("runs")) >= 1, line);
            if (p.containsKey("numpy_ms")) {
                assertTrue(MS.matcher(p.get("numpy_ms")).matches(), line);
                // both sides computed the same field, or the ratio would be missing
                assertTrue(p.containsKey("ratio") && MS.matcher(p.get("ratio")).matches(), line + "\n" + err);
            } else {
                assertTrue(!p.containsKey("ratio"), line);
            }
        }
        for (int k = 0; k < kinds; k++) {
            String line = lines.get(1 + counts.length + k);
            Map<String, String> p = pairs(line);
            assertTrue(line.startsWith("bench field grid=64 memories=64 kind=" + BenchScenes.KINDS.get(k) + " "), line);
            assertTrue(MS.matcher(p.get("ms")).matches(), line);
            if (p.containsKey("numpy_ms")) {
                assertEquals("segment", p.get("kind"), line);
                // the peer computed the same field, or the ratio would be missing
                assertTrue(p.containsKey("ratio") && MS.matcher(p.get("ratio")).matches(), line + "\n" + err);
            }
        }
        for (int k = 0; k < counts.length; k++) {
            String line = lines.get(1 + counts.length + kinds + k);
            Map<String, String> p = pairs(line);
            assertTrue(line.startsWith("bench particles "), line);
            assertEquals("2000", p.get("count"), line);
            assertEquals(String.valueOf(counts[k]), p.get("memories"), line);
            assertEquals("reverse-sde", p.get("sampler"), line);
            assertTrue(MS.matcher(p.get("ms")).matches(), line);
            assertTrue(p.get("runs").matches("\\d+"), line);
        }
        String last = lines.get(7 + kinds);
        Map<String, String> latency = pairs(last);
        assertTrue(last.startsWith("bench latency "), last);
        assertEquals("64", latency.get("memories"));
        assertTrue(MS.matcher(latency.get("ms")).matches() && MS.matcher(latency.get("full_ms")).matches(), last);
        assertTrue(Integer.parseInt(latency.get("answered")) >= 1, last);
        assertTrue(Integer.parseInt(latency.get("answered")) <= Integer.parseInt(latency.get("requests")), last);
        Map<String, String> fixedPoints = pairs(lines.get(8 + kinds));
        assertTrue(lines.get(8 + kinds).startsWith("bench fixed-points "), lines.get(8 + kinds));
        assertEquals("64", fixedPoints.get("memories"));
        assertTrue(MS.matcher(fixedPoints.get("ms")).matches(), lines.get(8 + kinds));
        // the 64 memories of the field figure at β = 4 blur into a few valleys: the counts keep the Euler characteristic
        assertEquals(1, Integer.parseInt(fixedPoints.get("minima")) - Integer.parseInt(fixedPoints.get("saddles"))
                + Integer.parseInt(fixedPoints.get("maxima")), lines.get(8 + kinds));
        for (int k = 0; k < BenchCommand.BASIN_MEMORY_COUNTS.length; k++) {
            String line = lines.get(9 + kinds + k);
            Map<String, String> p = pairs(line);
            assertTrue(line.startsWith("bench basins "), line);
            assertEquals("32", p.get("grid"), line);
            assertEquals(String.valueOf(BenchCommand.BASIN_MEMORY_COUNTS[k]), p.get("memories"), line);
            assertTrue(MS.matcher(p.get("ms")).matches(), line);
        }
        assertExperimentLines(lines.subList(11 + kinds, 15 + kinds));
        assertTrainLines(lines.subList(15 + kinds, 17 + kinds));
    }

    /** The learned score's figures: a training's steps per second and its kernel against EJML. */
    private static void assertTrainLines(List<String> lines) {
        Map<String, String> t = pairs(lines.get(0));
        assertTrue(lines.get(0).startsWith("bench train memories=5 width=16 batch=512 steps=30 "), lines.get(0));
        assertTrue(MS.matcher(t.get("ms")).matches() && MS.matcher(t.get("steps_per_s")).matches(), lines.get(0));
        Map<String, String> k = pairs(lines.get(1));
        assertTrue(lines.get(1).startsWith("bench train-kernel rows=64 in=128 out=128 vector="), lines.get(1));
        assertTrue(MS.matcher(k.get("own_gflops")).matches() && MS.matcher(k.get("ejml_gflops")).matches(), lines.get(1));
    }

    @Test
    void trainAloneGivesItsTwoLines() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[]{"bench", "--quick", "--train"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("bench machine "), lines.get(0));
        assertTrainLines(lines.subList(1, 3));
    }

    /** The experiments' figures: the kernel twice (fused and EJML), the retrieval table, the capacity search. */
    private static void assertExperimentLines(List<String> lines) {
        for (int k = 0; k < 2; k++) {
            Map<String, String> p = pairs(lines.get(k));
            assertTrue(lines.get(k).startsWith("bench experiment-kernel "), lines.get(k));
            assertTrue(MS.matcher(p.get("fused_us")).matches() && MS.matcher(p.get("ejml_us")).matches(), lines.get(k));
        }
        assertTrue(lines.get(2).startsWith("bench experiment-retrieval "), lines.get(2));
        assertEquals("6", pairs(lines.get(2)).get("cells"), lines.get(2));
        assertTrue(MS.matcher(pairs(lines.get(2)).get("ms")).matches(), lines.get(2));
        assertTrue(lines.get(3).startsWith("bench experiment-capacity model=diffusion dims=5:6 "), lines.get(3));
        assertTrue(MS.matcher(pairs(lines.get(3)).get("ms")).matches(), lines.get(3));
    }

    @Test
    void experimentsAloneGiveTheirFourLines() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[]{"bench", "--quick", "--experiments"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(5, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("bench machine "), lines.get(0));
        assertExperimentLines(lines.subList(1, 5));
    }

    @Test
    void helpExitsZero() {
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[]{"bench", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertTrue(out.toString().contains("--quick"), out.toString());
    }

    @Test
    void harnessReportsTheMedianOfTheTimedRuns() {
        assertEquals(2.0, BenchHarness.median(new double[]{5, 1, 2}));
        assertEquals(2.5, BenchHarness.median(new double[]{4, 1, 3, 2}));
        int[] calls = {0, 0};
        BenchHarness.Timing t = BenchHarness.median(() -> calls[0]++, () -> calls[1]++, 2, 15);
        assertEquals(15, t.runs());
        assertEquals(17, calls[0]);
        assertEquals(17, calls[1]);
        assertEquals("bench latency memories=64 ms=1.50 runs=15",
                BenchHarness.line("latency").put("memories", 64).put(new BenchHarness.Timing(1.5, 15)).toString());
    }

    @Test
    void numpyOutputIsParsedAndComparedAgainstItsScale() {
        var result = BenchNumpy.parse("ms=12.34 runs=7 numpy=2.0 energy_sum=-10.0 energy_abs_sum=20.0 energy_moment=3.0 force_abs_sum=50.0\n");
        assertTrue(result.isPresent());
        assertEquals(12.34, result.get().medianMs());
        assertEquals(7, result.get().runs());
        assertTrue(BenchNumpy.parse("Traceback (most recent call last):").isEmpty());

        Grid grid = new Grid(-3, 3, -3, 3, 4);
        var java = new BenchNumpy.FieldSums(-10.0, 20.0, 3.0, 50.0);
        assertNull(BenchNumpy.disagreement(java, result.get().sums(), grid, 1e-3));
        assertNull(BenchNumpy.disagreement(new BenchNumpy.FieldSums(-10.01, 20.0, 3.0, 50.0), result.get().sums(), grid, 1e-3));
        String differs = BenchNumpy.disagreement(new BenchNumpy.FieldSums(-10.0, 20.0, 3.0, 51.0), result.get().sums(), grid, 1e-3);
        assertTrue(differs != null && differs.contains("force_abs_sum"), differs);
    }

    /** README: the 64 memories of the field figure at β = 4 blur into 9 valleys, all spurious. */
    @Test
    void theBenchLandscapeHasNineSpuriousValleys() {
        double h = BenchCommand.HALF_WIDTH;
        FixedPoints found = CriticalPoints.find(new DistanceHopfieldModel(BenchCommand.memories(64), BenchCommand.BETA), Double.NaN,
                new Domain(-h, h, -h, h));
        assertEquals(9, found.count(CriticalPoint.Kind.MINIMUM));
        assertEquals(9, found.spuriousCount());
    }
}
