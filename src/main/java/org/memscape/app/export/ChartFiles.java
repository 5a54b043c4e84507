package org.memscape.app.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetUtils;
import org.jfree.svg.SVGGraphics2D;
import org.memscape.files.AtomicFile;
import org.memscape.output.Provenance;

/**
 * The charts as one file, stacked as the Charts tab shows them: SVG (vector, through JFreeSVG,
 * for papers) or PNG (for slides). Draw on the FX thread, where the charts' data changes.
 */
public final class ChartFiles {

    private ChartFiles() {}

    /** An SVG document of the charts, each {@code width}×{@code height}, with the provenance in an XML comment. */
    public static String svg(List<JFreeChart> charts, int width, int height, Provenance about) {
        SVGGraphics2D g = new SVGGraphics2D(width, (double) height * charts.size());
        draw(g, charts, width, height);
        String svg = g.getSVGDocument();
        String comment = "<!-- " + String.join("; ", about.lines()).replace("--", "- -") + " -->\n";
        int afterDeclaration = svg.startsWith("<?xml") ? svg.indexOf("?>") + 2 : 0;
        return svg.substring(0, afterDeclaration) + (afterDeclaration > 0 ? "\n" : "") + comment + svg.substring(afterDeclaration).stripLeading();
    }

    /** The charts as a picture, {@code scale} pixels per layout pixel. */
    public static BufferedImage png(List<JFreeChart> charts, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale * charts.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        draw(g, charts, width, height);
        g.dispose();
        return image;
    }

    public static void writeSvg(String svg, Path target) throws IOException {
        AtomicFile.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    public static void writePng(BufferedImage image, Provenance about, Path target) throws IOException {
        PngFile.write(image, PngFile.text(about, Map.of()), target);
    }

    /**
     * The charts that show something: a chart with no data shows a hint for the window ("click a
     * particle"), which has no place in a paper.
     */
    public static List<JFreeChart> withData(List<JFreeChart> charts) {
        return charts.stream().filter(ChartFiles::hasData).toList();
    }

    private static boolean hasData(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDatasetCount(); i++) if (!DatasetUtils.isEmptyOrNull(plot.getDataset(i))) return true;
            return false;
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            for (int i = 0; i < plot.getDatasetCount(); i++) if (!DatasetUtils.isEmptyOrNull(plot.getDataset(i))) return true;
            return false;
        }
        return true;
    }

    private static void draw(Graphics2D g, List<JFreeChart> charts, int width, int height) {
        for (int k = 0; k < charts.size(); k++) {
            JFreeChart chart = charts.get(k);
            Rectangle2D area = new Rectangle2D.Double(0, (double) k * height, width, height);
            if (chart.getBackgroundPaint() != null) {
                g.setPaint(chart.getBackgroundPaint());
                g.fill(area);
            } else {
                g.setPaint(Color.WHITE);
            }
            chart.draw(g, area);
        }
    }
}
