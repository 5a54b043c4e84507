package org.memscape.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scene files that are not plain UTF-8 text files: devices, FIFOs, files the file system gives no
 * size for, oversized files, other encodings, stray byte-order marks. Each gets one line in plain
 * words, promptly (a FIFO is not opened, /dev/zero not read to the end), and none of the JSON
 * library's own wording.
 */
class OddFilesTest {

    @TempDir Path dir;

    private static final String GOOD = "{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}]}";

    /** Reads, expecting a failure; the hang guard is for the FIFO, which a plain open would wait on forever. */
    private static SceneException refused(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(SceneException.class, () -> SceneReader.read(file)));
    }

    private static void assertPlain(SceneException e) {
        String m = e.getMessage();
        for (String leak : new String[] {"JSON spec", "jSON", "'NaN'", "+INF", "CTRL-CHAR", "0xfeff", "Exception", "`"}) {
            assertFalse(m.contains(leak), "'" + leak + "' leaks into: " + m);
        }
        assertFalse(m.contains("\n"));
    }

    @Test
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            SceneException e = refused(Path.of(device));
            assertEquals(device + ": is not a regular file (a device); expected a scene file (JSON text)", e.getMessage());
        }
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("scene.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertEquals(fifo + ": is not a regular file (a named pipe); expected a scene file (JSON text)", refused(fifo).getMessage());
    }

    @Test
    void aFileWithNoSizeIsReadByWhatItHolds() {
        Path proc = Path.of("/proc/self/status");   // a regular file whose size the system gives as 0
        Assumptions.assumeTrue(Files.isRegularFile(proc));
        SceneException e = refused(proc);
        assertTrue(e.getMessage().startsWith(proc + ":1:") && e.getMessage().contains("unrecognized word 'Name'"), e.getMessage());
    }

    @Test
    void aFileOverFiftyMegabytesIsRefused() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SceneLimits.MAX_DOCUMENT_CHARS + 1L);   // sparse: no disk used
        }
        assertEquals(big + ": the file is too large (50,000,001 bytes); expected at most 50 MB", refused(big).getMessage());
    }

    @Test
    void otherEncodingsAreNamed() throws Exception {
        Path u16 = dir.resolve("u16.json");
        Files.write(u16, GOOD.getBytes(StandardCharsets.UTF_16LE));
        assertTrue(refused(u16).getMessage().contains("the text is in UTF-16 or UTF-32 (it has zero bytes), not UTF-8"));
        Files.write(u16, GOOD.getBytes(StandardCharsets.UTF_16));   // big-endian with its byte-order mark
        assertTrue(refused(u16).getMessage().contains("the text is in UTF-16, not UTF-8"));
        Path u32 = dir.resolve("u32.json");
        Files.write(u32, ("\uFEFF" + GOOD).getBytes("UTF-32LE"));
        assertTrue(refused(u32).getMessage().contains("the text is in UTF-32, not UTF-8"));
        for (Path p : new Path[] {u16, u32}) assertPlain(refused(p));
    }

    @Test
    void aSecondByteOrderMarkIsNamed() throws Exception {
        Path f = dir.resolve("bom.json");
        Files.writeString(f, "\uFEFF\uFEFF" + GOOD);
        SceneException e = refused(f);
        assertTrue(e.getMessage().contains("a second byte-order mark"), e.getMessage());
        assertPlain(e);
        Files.writeString(f, "\uFEFF" + GOOD);
        assertEquals(1, SceneReader.read(f).memories().size(), "one mark is fine");
    }

    @Test
    void parserWordingIsInPlainWords() throws Exception {
        String[][] cases = {
                {"{\"memscape\": 1, \"memories\": [{\"point\": [+1, 1]}]}", "a number without a plus sign"},
                {"{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}]\u00a0}", "invisible character U+00A0"},
                {"{\"memscape\": 1, \"memories\": [{\"point\": [\uFEFF1, 1]}]}", "invisible character U+FEFF (a byte-order mark)"},
                {"{\"memscape\": 1, \"memories\": [{\"point\": [1, 1]}]}" + " ".repeat(80) + "\u0000", "unexpected control character (code 0)"},
                {"{\"memscape\": 1, \"memories\": [{\"point\": [NaN, 1]}]}", "expected a finite number"},
        };
        for (String[] c : cases) {
            SceneException e = assertThrows(SceneException.class, () -> SceneReader.parse(c[0], "s.json"));
            assertTrue(e.getMessage().contains(c[1]), "missing '" + c[1] + "' in: " + e.getMessage());
            assertPlain(e);
        }
    }
}
