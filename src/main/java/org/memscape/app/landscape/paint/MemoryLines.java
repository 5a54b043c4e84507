package org.memscape.app.landscape.paint;

import org.memscape.app.ui.Style;
import org.memscape.app.landscape.MemoryHandles;
import org.memscape.app.landscape.PlotFrame;

import java.util.List;
import javafx.scene.paint.Color;
import org.memscape.scene.MemorySpec;

/**
 * The extended memories (segments, polylines, circles) with their square handles, drawn by hand
 * into a layer of the plot raster: a dark line with a thin, half-transparent white edge. Stamped
 * under the particles, so that particles which settle on a line or a ring show on it (an overlay
 * above the raster hid them), and the edge is light, so that what sits on it reads.
 *
 * <p>Each pixel's coverage comes from its distance to the shape (antialiased by half a pixel), the
 * largest over all memories, so crossings and a polyline's joins stay clean. The layer is made again
 * only when the memories, the plot or the size change; a frame costs one blend of its inked pixels.
 */
public final class MemoryLines {

    /** Layout pixels: the dark core's width, the white edge on each side, a handle's half width. */
    static final double CORE_WIDTH = 3;
    static final double EDGE = 1.5;
    static final double HANDLE = 5;
    /** The edge's opacity: enough to part the dark line from a dark valley, not enough to hide a particle. */
    static final double EDGE_OPACITY = 0.7;

    private static final Color CORE = Style.MEMORY_FILL;
    private static final Color EDGE_COLOUR = Style.MEMORY_OUTLINE;

    private final int width, height;
    private final double coreHalf, outerHalf, handleHalf, handleInner;
    /** Coverage of the dark core and of core plus edge, 0..255 per pixel (bytes: a 3x export has many pixels). */
    private final byte[] core, outer;
    /** The pixels with ink and their premultiplied colours, for a cheap {@link #stamp}. */
    private int[] inked = new int[0];
    private int[] colours = new int[0];

    private MemoryLines(int width, int height, double size) {
        this.width = width;
        this.height = height;
        coreHalf = size * CORE_WIDTH / 2;
        outerHalf = coreHalf + size * EDGE;
        handleHalf = size * HANDLE;
        handleInner = size * (HANDLE - EDGE);
        core = new byte[width * height];
        outer = new byte[width * height];
    }

    /**
     * The layer for {@code memories} in a width × height raster whose top left is the plot's, at
     * {@code size} times the usual line width (a projector's look times the raster's pixel scale).
     */
    public static MemoryLines of(List<MemorySpec> memories, PlotFrame raster, int width, int height, double size) {
        if (memories.stream().allMatch(m -> m instanceof MemorySpec.Point)) return NONE;   // no pixels to set aside
        MemoryLines layer = new MemoryLines(width, height, size);
        for (MemorySpec m : memories) {
            if (!(m instanceof MemorySpec.Point)) layer.shape(raster, m);
        }
        layer.collect(raster, memories);
        return layer;
    }

    /** The layer of a scene with point memories only: nothing. */
    private static final MemoryLines NONE = new MemoryLines(0, 0, 1);

    /** True when nothing is drawn (only point memories, or none in view). */
    boolean empty() { return inked.length == 0; }

    /** Blends the layer ("source over") into a raster of the same size. */
    public void stamp(int[] raster) {
        for (int k = 0; k < inked.length; k++) {
            int src = colours[k], i = inked[k];
            int sa = src >>> 24;
            if (sa == 255) {
                raster[i] = src;
                continue;
            }
            int dst = raster[i], keep = 255 - sa;
            raster[i] = sa + Sprite.times(dst >>> 24, keep) << 24
                    | (src >> 16 & 255) + Sprite.times(dst >> 16 & 255, keep) << 16
                    | (src >> 8 & 255) + Sprite.times(dst >> 8 & 255, keep) << 8
                    | (src & 255) + Sprite.times(dst & 255, keep);
        }
    }

    private void shape(PlotFrame raster, MemorySpec m) {
        if (m instanceof MemorySpec.Segment s) {
            segment(raster, s.start(), s.end());
        } else if (m instanceof MemorySpec.Polyline l) {
            for (int k = 1; k < l.points().size(); k++) segment(raster, l.points().get(k - 1), l.points().get(k));
        } else if (m instanceof MemorySpec.Circle c) {
            ring(x(raster, c.center().x()), y(raster, c.center().y()), c.radius() * raster.scale());
        }
    }

    private static double x(PlotFrame raster, double x) { return raster.px(x) - raster.left(); }

    private static double y(PlotFrame raster, double y) { return raster.py(y) - raster.top(); }

    /** Every pixel within reach of the segment, by its distance to it (round ends, so joins are round too). */
    private void segment(PlotFrame raster, MemorySpec.Point a, MemorySpec.Point b) {
        double x0 = x(raster, a.x()), y0 = y(raster, a.y()), x1 = x(raster, b.x()), y1 = y(raster, b.y());
        double reach = outerHalf + 1;
        int left = (int) Math.max(0, Math.floor(Math.min(x0, x1) - reach));
        int right = (int) Math.min(width - 1, Math.ceil(Math.max(x0, x1) + reach));
        int top = (int) Math.max(0, Math.floor(Math.min(y0, y1) - reach));
        int bottom = (int) Math.min(height - 1, Math.ceil(Math.max(y0, y1) + reach));
        double dx = x1 - x0, dy = y1 - y0, length2 = dx * dx + dy * dy;
        double inverse = length2 > 0 ? 1 / length2 : 0;
        for (int py = top; py <= bottom; py++) {
            for (int px = left; px <= right; px++) {
                double cx = px + 0.5 - x0, cy = py + 0.5 - y0;
                double t = Math.max(0, Math.min(1, (cx * dx + cy * dy) * inverse));
                cover(py * width + px, Math.hypot(cx - t * dx, cy - t * dy));
            }
        }
    }

    /** The pixels near a ring, row by row within the band around it (a large ring costs its outline, not its area). */
    private void ring(double cx, double cy, double radius) {
        double reach = outerHalf + 1;
        int top = (int) Math.max(0, Math.floor(cy - radius - reach));
        int bottom = (int) Math.min(height - 1, Math.ceil(cy + radius + reach));
        for (int py = top; py <= bottom; py++) {
            double dy = py + 0.5 - cy;
            double outerX = Math.sqrt(Math.max(0, (radius + reach) * (radius + reach) - dy * dy));
            double inner = radius - reach;
            double innerX = inner > 0 && inner > Math.abs(dy) ? Math.sqrt(inner * inner - dy * dy) : 0;
            span(py, cx - outerX, cx - innerX, cx, cy, radius);
            span(py, cx + innerX, cx + outerX, cx, cy, radius);
        }
    }

    private void span(int py, double from, double to, double cx, double cy, double radius) {
        int left = (int) Math.max(0, Math.floor(from));
        int right = (int) Math.min(width - 1, Math.ceil(to));
        for (int px = left; px <= right; px++) {
            cover(py * width + px, Math.abs(Math.hypot(px + 0.5 - cx, py + 0.5 - cy) - radius));
        }
    }

    /** Raises a pixel's coverages for a shape {@code distance} pixels from its centre. */
    private void cover(int i, double distance) {
        if (distance >= outerHalf + 0.5) return;
        int o = (int) Math.round(255 * clamp(outerHalf + 0.5 - distance));
        int c = (int) Math.round(255 * clamp(coreHalf + 0.5 - distance));
        if (o > (outer[i] & 255)) outer[i] = (byte) o;
        if (c > (core[i] & 255)) core[i] = (byte) c;
    }

    private static double clamp(double v) {
        return v <= 0 ? 0 : Math.min(1, v);
    }

    /** The inked pixels' colours: the core over its edge, then each handle (a dark square in a white one) over the lines. */
    private void collect(PlotFrame raster, List<MemorySpec> memories) {
        int[] argb = new int[width * height];
        int n = 0;
        for (int i = 0; i < argb.length; i++) {
            if (outer[i] == 0) continue;
            double c = (core[i] & 255) / 255.0, edge = Math.max(0, (outer[i] & 255) / 255.0 - c) * EDGE_OPACITY;
            argb[i] = premultiplied(c, CORE, edge, EDGE_COLOUR);
            n++;
        }
        for (MemorySpec m : memories) {
            if (m instanceof MemorySpec.Point) continue;
            for (MemorySpec.Point h : MemoryHandles.of(m)) n += handle(argb, x(raster, h.x()), y(raster, h.y()));
        }
        inked = new int[n];
        colours = new int[n];
        int k = 0;
        for (int i = 0; i < argb.length && k < n; i++) {
            if (argb[i] == 0) continue;
            inked[k] = i;
            colours[k++] = argb[i];
        }
        if (k < n) {   // a handle over a line counted its pixels twice
            inked = java.util.Arrays.copyOf(inked, k);
            colours = java.util.Arrays.copyOf(colours, k);
        }
    }

    /** A handle's square over whatever is drawn there; returns how many pixels it inked. */
    private int handle(int[] argb, double cx, double cy) {
        int n = 0;
        int left = (int) Math.max(0, Math.floor(cx - handleHalf - 1)), right = (int) Math.min(width - 1, Math.ceil(cx + handleHalf + 1));
        int top = (int) Math.max(0, Math.floor(cy - handleHalf - 1)), bottom = (int) Math.min(height - 1, Math.ceil(cy + handleHalf + 1));
        for (int py = top; py <= bottom; py++) {
            for (int px = left; px <= right; px++) {
                double d = Math.max(Math.abs(px + 0.5 - cx), Math.abs(py + 0.5 - cy));
                double all = clamp(handleHalf + 0.5 - d), inside = clamp(handleInner + 0.5 - d);
                if (all == 0) continue;
                int i = py * width + px;
                int square = premultiplied(inside, CORE, all - inside, EDGE_COLOUR);
                argb[i] = over(square, argb[i]);
                n++;
            }
        }
        return n;
    }

    /** Two colours at the given coverages side by side in one pixel, premultiplied ARGB. */
    private static int premultiplied(double a1, Color c1, double a2, Color c2) {
        double a = Math.min(1, a1 + a2);
        int r = (int) Math.round(255 * (a1 * c1.getRed() + a2 * c2.getRed()));
        int g = (int) Math.round(255 * (a1 * c1.getGreen() + a2 * c2.getGreen()));
        int b = (int) Math.round(255 * (a1 * c1.getBlue() + a2 * c2.getBlue()));
        return (int) Math.round(255 * a) << 24 | Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b);
    }

    private static int over(int src, int dst) {
        int keep = 255 - (src >>> 24);
        return (src >>> 24) + Sprite.times(dst >>> 24, keep) << 24
                | (src >> 16 & 255) + Sprite.times(dst >> 16 & 255, keep) << 16
                | (src >> 8 & 255) + Sprite.times(dst >> 8 & 255, keep) << 8
                | (src & 255) + Sprite.times(dst & 255, keep);
    }
}
