package org.memscape.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.memscape.files.AtomicFile;

/**
 * A chart as a file, written atomically: SVG (JFreeSVG, with where it came from in an XML comment)
 * or PNG at twice the layout's pixels (with the same text as PNG text chunks: tEXt where Latin-1
 * holds it, iTXt otherwise), as the window's chart export does.
 */
public final class ChartOutput {

    /** PNG pixels per layout pixel: sharp on slides. */
    public static final int PNG_SCALE = 2;

    /** The file kinds, by the name's ending. */
    public enum Kind { PNG, SVG }

    private ChartOutput() {}

    /** The kind a file name asks for, or null if it ends in neither .png nor .svg. */
    public static Kind kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return Kind.PNG;
        if (name.endsWith(".svg")) return Kind.SVG;
        return null;
    }

    /**
     * Writes the chart, laid out at width × height, as the file's name asks. {@code about} holds
     * keyword → text (Title, Software, Seed, …) for the PNG chunks and the SVG comment.
     */
    public static void write(JFreeChart chart, int width, int height, Map<String, String> about, Path target) throws IOException {
        Kind kind = kindOf(target);
        if (kind == null) throw new IllegalArgumentException(target + ": expected a name ending in .png or .svg");
        if (kind == Kind.SVG) {
            String svg = svg(chart, width, height, about);
            AtomicFile.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
        } else {
            writePng(png(chart, width, height, PNG_SCALE), about, target);
        }
    }

    /** The chart as an SVG document with {@code about} in an XML comment after the declaration. */
    public static String svg(JFreeChart chart, int width, int height, Map<String, String> about) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        String svg = g.getSVGDocument();
        String text = about.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        String comment = "<!-- " + text.replace("--", "- -") + " -->\n";
        int afterDeclaration = svg.startsWith("<?xml") ? svg.indexOf("?>") + 2 : 0;
        return svg.substring(0, afterDeclaration) + (afterDeclaration > 0 ? "\n" : "") + comment
                + svg.substring(afterDeclaration).stripLeading();
    }

    /** The chart as a picture, {@code scale} pixels per layout pixel. */
    public static BufferedImage png(JFreeChart chart, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return image;
    }

    public static void writePng(BufferedImage image, Map<String, String> text, Path target) throws IOException {
        PngWithText.write(image, text, target);
    }
}
