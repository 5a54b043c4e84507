package org.memscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the commands' output goes and what becomes of it: stdout that cannot take it (a full
 * disk, a closed pipe) is no success; the scene file is never the output; a FIFO's reader gets
 * the CSV and a symlink stays a link. Two tests run the program as a user would, in another JVM.
 */
class OutputTargetsTest {

    @TempDir Path dir;

    private static final String SCENE = "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}], \"particles\": {\"count\": 3}}";

    private static CliTest.Outcome cli(OutputStream stdout, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), null, stdout);
        return new CliTest.Outcome(code, out.toString(), err.toString());
    }

    /** A stream that takes {@code room} bytes, then fails as the system would. */
    private static OutputStream failingAfter(int room, String reason) {
        return new OutputStream() {
            int written;
            @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
            @Override public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > room) throw new IOException(reason);
                written += len;
            }
        };
    }

    private Path scene() throws IOException {
        Path scene = dir.resolve("scene.json");
        Files.writeString(scene, SCENE);
        return scene;
    }

    @Test
    void aFullDiskOnStdoutIsAnErrorOfOneLine() throws IOException {
        CliTest.Outcome o = cli(failingAfter(1000, "No space left on device"), "field", "--scene", scene().toString(), "--grid", "64", "--out", "-");
        assertEquals(2, o.code());
        assertEquals(List.of("memscape: --out -: cannot write to stdout (no space left on device)"), o.err().lines().toList());
    }

    @Test
    void aClosedPipeOnStdoutEndsQuietlyButNotWithSuccess() throws IOException {
        CliTest.Outcome o = cli(failingAfter(1000, "Broken pipe"), "run", "--scene", scene().toString(), "--steps", "1000", "--out", "-");
        assertEquals(Cli.OUTPUT_CLOSED, o.code());
        assertEquals("", o.err());
    }

    @Test
    void theSceneFileIsNeverTheOutput() throws IOException {
        Path scene = scene();
        Path link = dir.resolve("also-the-scene.csv");
        Files.createSymbolicLink(link, scene);
        for (String[] args : List.of(
                new String[] {"field", "--scene", scene.toString(), "--grid", "2", "--out", scene.toString()},
                new String[] {"run", "--scene", scene.toString(), "--out", dir.resolve("./scene.json").toString()},
                new String[] {"run", "--scene", scene.toString(), "--out", link.toString()})) {
            CliTest.Outcome o = CliTest.cli(args);
            assertEquals(2, o.code(), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().contains("is the scene file"), o.err());
            assertEquals(SCENE, Files.readString(scene), "the scene is untouched");
        }
    }

    @Test
    void aFifoGetsTheCsvAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        CliTest.Outcome o = CliTest.cli("field", "--scene", scene().toString(), "--grid", "2", "--out", fifo.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(reader.get(30, TimeUnit.SECONDS).startsWith("x,y,energy,fx,fy\n"));
        assertFalse(Files.isRegularFile(fifo), "still a FIFO");
    }

    @Test
    void aSymlinkedOutputStaysALink() throws IOException {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, real);
        CliTest.Outcome o = CliTest.cli("field", "--scene", scene().toString(), "--grid", "2", "--out", link.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("x,y,energy,fx,fy\n"));
    }

    /** The program in a JVM of its own, its stdout going where the caller says; returns its exit code, with its stderr in {@code err}. */
    private static int program(ProcessBuilder.Redirect stdout, boolean closeStdout, StringBuilder err, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.memscape.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(stdout).start();
        if (closeStdout) p.getInputStream().close();   // the reader goes away, as head does after its lines
        err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the program ends");
        return p.exitValue();
    }

    @Test
    void stdoutToDevFullExitsTwoWithOneLine() throws Exception {
        Assumptions.assumeTrue(new File("/dev/full").exists());
        StringBuilder err = new StringBuilder();
        int code = program(ProcessBuilder.Redirect.to(new File("/dev/full")), false, err,
                "field", "--scene", scene().toString(), "--grid", "64", "--out", "-");
        assertEquals(2, code, err.toString());
        assertEquals(List.of("memscape: --out -: cannot write to stdout (no space left on device)"), err.toString().lines().toList());
    }

    @Test
    void stdoutIntoAClosedPipePrintsNoTrace() throws Exception {
        StringBuilder err = new StringBuilder();
        int code = program(ProcessBuilder.Redirect.PIPE, true, err,
                "run", "--scene", scene().toString(), "--steps", "100000", "--out", "-");
        assertEquals(Cli.OUTPUT_CLOSED, code, err.toString());
        assertEquals("", err.toString());
    }
}
