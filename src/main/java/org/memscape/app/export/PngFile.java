package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.memscape.scene.AtomicFile;
import org.memscape.cli.Provenance;

/**
 * A PNG with its provenance in text chunks (Title, Description, Software, Seed, and any extra
 * keywords), written atomically. Text that Latin-1 cannot hold (β, τ) goes in an iTXt chunk (UTF-8).
 */
public final class PngFile {

    private static final String FORMAT = "javax_imageio_png_1.0";

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
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            metadata.mergeTree(FORMAT, textTree(text));
            AtomicFile.write(target, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, metadata), null);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode textTree(Map<String, String> text) {
        IIOMetadataNode latin = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : text.entrySet()) {
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(e.getValue())) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("value", e.getValue());
                latin.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", e.getKey());
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", e.getValue());
                international.appendChild(entry);
            }
        }
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        if (latin.hasChildNodes()) root.appendChild(latin);
        if (international.hasChildNodes()) root.appendChild(international);
        return root;
    }
}
