package org.memscape.cli;

import org.memscape.scene.AtomicFile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file atomically ({@link AtomicFile}: a temporary file beside it, then a move), so that a failed or
 * interrupted command never leaves half a file where a good one was. "-" writes to stdout.
 */
final class CsvOutput {

    interface Body { void write(Writer out) throws IOException; }

    private CsvOutput() {}

    static void write(Path target, Body body) {
        if (target.toString().equals("-")) {
            try {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                body.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UserError("cannot write to stdout: " + e.getMessage());
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
            throw new UserError(target + ": cannot write (" + describe(e) + ")");
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage();
    }

    /** A number as CSV text: the shortest decimal that reads back to the same double; empty for NaN. */
    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
