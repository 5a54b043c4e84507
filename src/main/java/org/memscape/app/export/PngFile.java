package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.memscape.output.Provenance;
import org.memscape.plot.PngWithText;

/**
 * A PNG with its provenance in text chunks (Title, Description, Software, Seed, and any extra
 * keywords), written atomically. Text that Latin-1 cannot hold (β, τ) goes in an iTXt chunk (UTF-8).
 */
public final class PngFile {

    private PngFile() {}

    /** The keywords and values a picture of a scene carries, in order. */
    public static Map<String, String> text(Provenance about, Map<String, String> extra) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", about.title());
        if (!about.description().isBlank()) text.put("Description", about.description());
        text.put("Software", about.software());
        text.put("Seed", Long.toString(about.seed()));
        text.putAll(extra);
        return text;
    }

    public static void write(BufferedImage image, Map<String, String> text, Path target) throws IOException {
        PngWithText.write(image, text, target);
    }
}
