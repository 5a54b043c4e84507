package org.memscape.cli;

import org.memscape.files.AtomicFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file atomically ({@link AtomicFile}: a temporary file beside it, then a move), so that a failed or
 * interrupted command never leaves half a file where a good one was. "-" writes to stdout, and a
 * failed write there (a full disk, a closed pipe) is a failure too, not a silent exit 0.
 */
public final class CsvOutput {

    interface Body { void write(Writer out) throws IOException; }

    /** The reader of stdout went away (| head): not worth a message, but not a success either. */
    static final class OutputClosed extends RuntimeException {
        OutputClosed() { super("stdout was closed", null, false, false); }
    }

    private CsvOutput() {}

    /** @param stdout where "-" writes: the process's stdout itself, not a PrintStream that hides its errors */
    static void write(Path target, OutputStream stdout, Body body) {
        if (target.toString().equals("-")) {
            try {
                Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
                body.write(out);
                out.flush();
            } catch (IOException e) {
                if (closedPipe(e)) throw new OutputClosed();
                throw new UserError("--out -: cannot write to stdout (" + describe(e) + ")");
            }
            return;
        }
        if (Files.isDirectory(target)) throw new UserError(target + ": is a directory; expected a file name for --out");
        try {
            AtomicFile.write(target, bytes -> {
                Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                body.write(out);
                out.flush();
            });
        } catch (IOException e) {
            if (closedPipe(e)) throw new OutputClosed();   // --out naming a FIFO whose reader left
            throw new UserError(target + ": cannot write (" + describe(e) + ")");
        }
    }

    /** EPIPE as the JDK reports it on Linux and macOS, and ERROR_NO_DATA on Windows. */
    private static boolean closedPipe(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        return m.contains("broken pipe") || m.contains("pipe is being closed");
    }

    /** The reason in a few words (AtomicFile's messages name the file or folder in the user's terms already). */
    static String describe(IOException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        m = m.strip();
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /**
     * Refuses an output file that is the scene file itself (also through a link or another name):
     * writing would replace the scene with the output.
     */
    static void refuseSceneAsOutput(Path out, Path scene, String option) {
        if (out.toString().equals("-")) return;
        try {
            if (Files.exists(out) && Files.exists(scene) && Files.isSameFile(out, scene)) {
                throw new UserError(option + " " + out + ": is the scene file " + scene
                        + "; expected another file name (writing would replace the scene)");
            }
        } catch (IOException e) {
            // cannot tell: the write itself will say what is wrong
        }
    }

}
