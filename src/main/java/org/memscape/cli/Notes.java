package org.memscape.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes about a command's input (an unknown field, an unbounded landscape), held until the
 * command has succeeded: a command that fails says one line, its error, and nothing else.
 */
final class Notes {

    private final List<String> lines = new ArrayList<>();

    void add(String note) { lines.add("memscape: note: " + note); }

    /** After success: every note, one a line. */
    void printTo(PrintWriter err) {
        for (String line : lines) err.println(line);
        err.flush();
    }
}
