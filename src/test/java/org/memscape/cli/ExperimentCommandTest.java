package org.memscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.experiment.Monitor;
import org.memscape.experiment.Repetitions;
import org.memscape.experiment.RetrievalExperiment;
import org.w3c.dom.Node;

class ExperimentCommandTest {

    @TempDir Path dir;

    record Outcome(int code, String out, String err) {}

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static void assertOneLineError(Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line expected, got:\n" + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    private static List<String> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    }

    @Test
    void retrievalWritesTheTableAndTheCsvOfTheIssue() throws IOException {
        Path csv = dir.resolve("table.csv");
        Outcome o = cli("experiment", "retrieval", "--reps", "40", "--bootstrap", "50", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = rows(csv);
        assertTrue(lines.get(0).startsWith("task,dim,patterns,reps,diffusion,classic,true,"), lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("denoising,10,10,40,"), lines.get(1));
        assertTrue(lines.get(6).startsWith("completion,10,30,40,"), lines.get(6));
        assertTrue(Files.readString(csv).startsWith("# title: experiment retrieval: task denoising+completion, dim 10"));
        // the table: a header and six rows whose columns line up (each column ends at the same place)
        List<String> table = o.out().lines().collect(Collectors.toList());
        assertTrue(table.get(0).startsWith("task"), table.get(0));
        int end = table.get(0).indexOf("patterns") + "patterns".length();
        for (int r = 1; r <= 6; r++) assertEquals(' ', table.get(r).charAt(end), table.get(r));
        for (int r = 1; r <= 6; r++) assertTrue(Character.isDigit(table.get(r).charAt(end - 1)), table.get(r));
        // the CSV's numbers are the experiment's
        String[] first = lines.get(1).split(",", -1);
        RetrievalExperiment.Row row;
        try (Repetitions runner = new Repetitions(1)) {
            RetrievalExperiment.Settings s = new RetrievalExperiment.Settings(List.of(org.memscape.experiment.Task.DENOISING), 10,
                    new int[] {10}, 40, org.memscape.experiment.Protocol.PAPER, 1, 50);
            row = RetrievalExperiment.run(s, runner, Monitor.NONE, r -> {}).get(0);
        }
        assertEquals(row.diffusion().value(), Double.parseDouble(first[4]), 0);
        assertEquals(row.classic().value(), Double.parseDouble(first[5]), 0);
        assertEquals(row.truth().value(), Double.parseDouble(first[6]), 0);
        assertEquals(row.diffusion().low(), Double.parseDouble(first[7]), 0);
        assertEquals(row.classicError().value(), Double.parseDouble(first[19]), 0);
    }

    @Test
    void retrievalRepeatsOnOneAndTwoThreads() throws IOException {
        Path one = dir.resolve("one.csv"), two = dir.resolve("two.csv");
        String[] common = {"experiment", "retrieval", "--task", "completion", "--dim", "12", "--patterns", "5,15", "--reps", "60",
                "--theta", "0.5", "--beta", "8", "--iterations", "20", "--steps", "100", "--seed", "9", "--bootstrap", "30"};
        assertEquals(0, cli(concat(common, "--threads", "1", "--out", one.toString())).code());
        assertEquals(0, cli(concat(common, "--threads", "2", "--out", two.toString())).code());
        assertEquals(Files.readAllLines(one), Files.readAllLines(two));
        assertTrue(Files.readString(one).contains("theta 0.5, beta 8.0, iterations 20, steps 100"));
        assertEquals(3, rows(one).size());
    }

    @Test
    void csvToStdoutReplacesTheTable() {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        Outcome o;
        try {
            System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
            o = cli("experiment", "retrieval", "--task", "denoising", "--patterns", "3", "--reps", "10", "--bootstrap", "0", "--out", "-");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.out(), "no table when the CSV goes to stdout");
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
        assertEquals(2, lines.size(), o.out());
        String[] row = lines.get(1).split(",", -1);
        assertEquals("", row[7], "no interval without resamples");
    }

    @Test
    void capacityWritesRowsThePlotAndTheTable() throws Exception {
        Path csv = dir.resolve("capacity.csv"), png = dir.resolve("capacity.png"), svg = dir.resolve("capacity.svg");
        Outcome o = cli("experiment", "capacity", "--model", "hopfield,classic", "--dims", "5:7", "--reps", "30", "--curves", "2,8",
                "--bootstrap", "40", "--out", csv.toString(), "--plot", png.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = rows(csv);
        assertEquals("model,dim,patterns,error,low,high,retrieved,capacity", lines.get(0));
        for (String model : new String[] {"hopfield", "classic"}) {
            for (int dim = 5; dim <= 7; dim++) {
                int d = dim;
                String prefix = model + "," + d + ",";
                List<String[]> at = lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.split(",")).collect(Collectors.toList());
                assertTrue(at.stream().anyMatch(r -> r[2].equals("8")), "curve n = 8 at " + prefix);
                int capacity = Integer.parseInt(at.get(0)[7]);
                for (String[] r : at) {
                    assertEquals(capacity, Integer.parseInt(r[7]));
                    assertEquals(Double.parseDouble(r[3]) <= 0.03, Boolean.parseBoolean(r[6]));
                    assertTrue(Double.parseDouble(r[4]) <= Double.parseDouble(r[3]) && Double.parseDouble(r[3]) <= Double.parseDouble(r[5]));
                }
                assertTrue(o.out().lines().anyMatch(l -> l.matches(model + "\\s+" + d + "\\s+" + capacity + "\\s.*")), o.out());
            }
        }
        assertEquals(6, o.err().lines().filter(l -> l.startsWith("memscape experiment capacity: ")).count(), o.err());
        var image = ImageIO.read(png.toFile());
        assertEquals(2 * org.memscape.plot.ExperimentCharts.CAPACITY_WIDTH, image.getWidth());
        assertTrue(pngText(png).contains("experiment capacity: model hopfield,classic"), pngText(png));

        assertEquals(0, cli("experiment", "capacity", "--model", "classic", "--dims", "5", "--reps", "10", "--bootstrap", "0",
                "--plot", svg.toString()).code());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains("<!-- Title: experiment capacity: model classic"), text.substring(0, 300));
        assertTrue(text.contains("<svg"));
    }

    @Test
    void trajectoriesWriteEveryPathAndThePicture() throws IOException {
        Path csv = dir.resolve("paths.csv"), png = dir.resolve("paths.png");
        Outcome o = cli("experiment", "trajectories", "--steps", "50", "--out", csv.toString(), "--plot", png.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = rows(csv);
        assertEquals("method,step,progress,t,x1,x2,x3,x4,x5", lines.get(0));
        assertEquals(1 + 4 + 51 + 51 + 5, lines.size());
        assertEquals(4, lines.stream().filter(l -> l.startsWith("pattern,")).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ode,50,1.0,0.0,")), "the ODE's last row is at t = 0");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("hopfield,4,1.0,,")));
        assertEquals(2 * org.memscape.plot.ExperimentCharts.TRAJECTORY_WIDTH, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void helpIsCleanForEveryExperiment() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream tracer = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(tracer, true, StandardCharsets.UTF_8));   // picocli warns there
            for (String command : new String[] {"", "retrieval", "capacity", "trajectories"}) {
                Outcome o = command.isEmpty() ? cli("experiment", "--help") : cli("experiment", command, "--help");
                assertEquals(0, o.code());
                assertEquals("", o.err());
                assertTrue(o.out().contains("Figure") || o.out().contains("Table"), o.out());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", tracer.toString(StandardCharsets.UTF_8), "no formatting warnings");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        Path csv = dir.resolve("never.csv");
        assertOneLineError(cli("experiment"), "name an experiment");
        assertOneLineError(cli("experiment", "retrieval", "--theta", "1", "--out", csv.toString()), "--theta 1.0", "between 0 and 1");
        assertOneLineError(cli("experiment", "retrieval", "--task", "sorting"), "--task sorting", "denoising, completion or both");
        assertOneLineError(cli("experiment", "retrieval", "--patterns", "10,x"), "--patterns 10,x", "whole numbers");
        assertOneLineError(cli("experiment", "retrieval", "--patterns", "0"), "--patterns 0", "out of range");
        assertOneLineError(cli("experiment", "retrieval", "--dim", "0"), "--dim 0");
        assertOneLineError(cli("experiment", "retrieval", "--reps", "0"), "--reps 0");
        assertOneLineError(cli("experiment", "retrieval", "--beta", "-1"), "--beta -1.0");
        assertOneLineError(cli("experiment", "retrieval", "--reps", "ten"), "--reps");
        assertOneLineError(cli("experiment", "retrieval", "--dim", "5000", "--patterns", "1000"), "entries");
        assertOneLineError(cli("experiment", "capacity", "--dims", "40:5"), "--dims 40:5", "FROM:TO");
        assertOneLineError(cli("experiment", "capacity", "--model", "transformer"), "--model transformer", "diffusion, hopfield or classic");
        assertOneLineError(cli("experiment", "capacity", "--threshold", "1.5"), "--threshold 1.5");
        assertOneLineError(cli("experiment", "capacity", "--dims", "5", "--plot", dir.resolve("x.pdf").toString()), "x.pdf", ".png or .svg");
        assertOneLineError(cli("experiment", "capacity", "--dims", "5", "--plot", dir.resolve("no/such/x.png").toString()), "no such directory");
        assertOneLineError(cli("experiment", "trajectories"), "nothing to write");
        assertOneLineError(cli("experiment", "trajectories", "--steps", "0", "--out", csv.toString()), "--steps 0");
        assertOneLineError(cli("experiment", "retrieval", "--reps", "5", "--out", dir.resolve("missing/t.csv").toString()),
                "cannot write", "does not exist");
        assertFalse(Files.exists(csv));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The PNG's text chunks as keyword=value lines. */
    private static String pngText(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            StringBuilder s = new StringBuilder();
            collect(meta.getAsTree("javax_imageio_png_1.0"), s);
            return s.toString();
        }
    }

    private static void collect(Node node, StringBuilder s) {
        if (node.getNodeName().equals("tEXtEntry")) {
            s.append(node.getAttributes().getNamedItem("keyword").getNodeValue()).append('=')
                    .append(node.getAttributes().getNamedItem("value").getNodeValue()).append('\n');
        }
        if (node.getNodeName().equals("iTXtEntry")) {
            s.append(node.getAttributes().getNamedItem("keyword").getNodeValue()).append('=')
                    .append(node.getAttributes().getNamedItem("text").getNodeValue()).append('\n');
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) collect(c, s);
    }
}
