package org.memscape.output;


import java.util.ArrayList;
import java.util.List;
import org.memscape.scene.Scene;

/**
 * What an exported file says about where it came from: the scene's title and description, the
 * particles' seed (with the scene, enough to make the same file again) and the program version.
 * CSV files carry it as comment lines, PNGs as text chunks, GIFs as a comment, SVGs as an XML comment.
 */
public record Provenance(String title, String description, long seed, String version) {

    public static Provenance of(Scene scene) {
        return new Provenance(scene.title(), scene.description(), scene.particles().seed(), Version.current());
    }

    /** "Memscape 0.1.0", the PNG Software keyword's value. */
    public String software() { return "Memscape " + version; }

    /** The comment lines that open a CSV file (each with its newline); readers skip lines starting with #. */
    public String csvComment() {
        StringBuilder s = new StringBuilder();
        for (String line : lines()) s.append("# ").append(line).append('\n');
        return s.toString();
    }

    /** title, seed and version, one item a line (a title's own line breaks become spaces). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + oneLine(title));
        lines.add("seed: " + seed);
        lines.add("memscape " + version);
        return lines;
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ").strip();
    }
}
