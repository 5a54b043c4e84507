package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.PlotFrame;

import javafx.scene.paint.Color;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Grid;

/**
 * The plot's raster: the heatmap (painted by {@link HeatmapPainter} at the plot's pixel size)
 * with the force arrows, the fading trails and the particles drawn over it by hand, one opaque
 * image a frame. Each new step dims the old trails and adds a short line per particle; each
 * particle is a stamped {@link Sprite}. Stepping back, a new run or a new view clears the trails.
 */
public final class ParticleLayer {

    /** Each step keeps this share (of 256) of the trails' opacity: they fade over ~10 steps. */
    private static final int FADE = 200;
    private static final int TRAIL_STRENGTH = 170;
    /** A jump longer than this many layout pixels (times the pixel scale in the raster) is a teleport (a reset), not a trail. */
    private static final int MAX_SEGMENT = 80;
    /** Past this many particles trails would only be noise, and discs shrink to dots. */
    static final int MAX_TRAILS = 20_000;

    /** The dark halo's opacity (of 256) at full arrow opacity: light arrows and streamlines stay visible on a light colour band. */
    private static final int HALO = 110;

    private final Sprite disc;
    private final Sprite dot;
    /** Raster pixels per layout pixel (an export at 2×): discs and arrows grow with it, to look as on screen. */
    private final int pixelScale;
    /** Arrow lines in raster pixels; streamlines' width as a multiple of the screen's. */
    private final int arrowWidth;
    private final double streamlineScale;
    /** The weakest arrow's opacity, 0..1. */
    private final double forceOpacity;
    private int width, height;
    private int[] trail = new int[0];
    private int[] arrowAlpha = new int[0];
    /** The arrows' mask widened by a pixel each way: where it exceeds the mask, a dark rim around every light line. */
    private int[] halo = new int[0];
    private boolean forceShown;
    private int[] argb = new int[0];
    private float[] previous = new float[0];
    private int lastStep = -1;
    private int count = -1;
    private PlotFrame plot;

    public ParticleLayer(double radius, Color fill, Color edge) {
        this(radius, fill, edge, 1);
    }

    /** A layer drawn at {@code pixelScale} raster pixels per layout pixel: give it a plot scaled alike. */
    public ParticleLayer(double radius, Color fill, Color edge, int pixelScale) {
        this(radius, fill, edge, pixelScale, CanvasLook.SCREEN);
    }

    /** A layer whose force arrows are as wide and as opaque as {@code look} asks (a projector needs them bolder). */
    public ParticleLayer(double radius, Color fill, Color edge, int pixelScale, CanvasLook look) {
        this.pixelScale = pixelScale;
        disc = Sprite.disc(radius * pixelScale, pixelScale, fill, edge);
        dot = Sprite.disc(1.2 * pixelScale, 0, fill, fill);
        arrowWidth = Math.max(1, (int) Math.round(look.forceWidth() * pixelScale));
        streamlineScale = look.forceWidth() / CanvasLook.SCREEN.forceWidth();
        forceOpacity = look.forceOpacity();
    }

    /**
     * Draws a frame's arrows and streamlines (each unless null) and the trails over {@code heat}
     * (the heatmap's opaque pixels, plot-sized) and, unless {@code coarse}, advances the trails;
     * returns the raster (row-major, plot-sized, premultiplied ARGB, opaque), without the
     * particles: they go on last, with {@link #stampParticles}, above the memories they settle on.
     * Drawing the same step again only redraws (e.g. when arrows are switched on or off).
     */
    public int[] draw(int step, float[] xy, int particles, PlotFrame frame, boolean coarse, FieldBuffer arrows,
               org.memscape.compute.Streamlines streamlines, int[] heat) {
        advance(step, xy, particles, frame, coarse);
        arrowLayer(arrows, frame);
        if (streamlines != null) {
            StreamlineRaster.draw(streamlines, frame, arrowAlpha, width, height, pixelScale * streamlineScale, forceOpacity + 0.1);
        }
        forceShown = arrows != null && arrows.forceX() != null || streamlines != null;
        if (forceShown) halo();
        compose(heat);
        return argb;
    }

    /**
     * Only the trails' part of {@link #draw}: fades them, adds the step's lines and remembers the
     * positions. The steps before an exported still need nothing else, and composing the raster
     * (at 3x many megapixels) for each would hold the window's FX thread for seconds.
     */
    public void advance(int step, float[] xy, int particles, PlotFrame frame, boolean coarse) {
        int w = Math.max(1, (int) Math.ceil(frame.width())), h = Math.max(1, (int) Math.ceil(frame.height()));
        boolean trails = particles <= MAX_TRAILS;
        if (w != width || h != height || !frame.equals(plot) || particles != count || step < lastStep || !trails) {
            reset(w, h, frame, particles);
        } else if (!coarse && lastStep >= 0 && step > lastStep) {   // lastStep < 0: no previous positions yet
            fade();
            for (int p = 0; p < particles; p++) {
                line(frame.px(previous[2 * p]) - frame.left(), frame.py(previous[2 * p + 1]) - frame.top(),
                        frame.px(xy[2 * p]) - frame.left(), frame.py(xy[2 * p + 1]) - frame.top());
            }
        }
        if (!coarse) {
            lastStep = step;
            if (previous.length < 2 * particles) previous = new float[2 * particles];
            System.arraycopy(xy, 0, previous, 0, 2 * particles);
        }
    }

    /** Unit-length arrows on the arrow grid, more opaque where the force is stronger (log scale). */
    private void arrowLayer(FieldBuffer arrows, PlotFrame frame) {
        java.util.Arrays.fill(arrowAlpha, 0);
        if (arrows == null || arrows.forceX() == null) return;
        Grid g = arrows.grid();
        int n = g.size();
        double maxLog = Double.NEGATIVE_INFINITY, minLog = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n * n; k++) {
            double m = Math.log(Math.hypot(arrows.forceX()[k], arrows.forceY()[k]) + 1e-300);
            maxLog = Math.max(maxLog, m);
            minLog = Math.min(minLog, m);
        }
        double length = 0.36 * (g.xmax() - g.xmin()) / n * frame.scale();
        double head = 0.45 * length;
        for (int k = 0; k < n * n; k++) {
            double fx = arrows.forceX()[k], fy = arrows.forceY()[k];
            double magnitude = Math.hypot(fx, fy);
            if (!(magnitude > 0) || !Double.isFinite(magnitude)) continue;
            double strength = maxLog > minLog ? (Math.log(magnitude) - minLog) / (maxLog - minLog) : 1;
            int alpha = (int) (255 * Math.min(1, forceOpacity + 0.5 * strength));
            double cx = frame.px(g.x(k % n)) - frame.left(), cy = frame.py(g.y(k / n)) - frame.top();
            double ux = fx / magnitude, uy = -fy / magnitude;   // screen y points down
            double tipX = cx + ux * length, tipY = cy + uy * length;
            thickLine(cx - ux * length, cy - uy * length, tipX, tipY, alpha);
            thickLine(tipX - head * (ux * 0.8 - uy * 0.6), tipY - head * (uy * 0.8 + ux * 0.6), tipX, tipY, alpha);
            thickLine(tipX - head * (ux * 0.8 + uy * 0.6), tipY - head * (uy * 0.8 - ux * 0.6), tipX, tipY, alpha);
        }
    }

    /** A line {@link #arrowWidth} pixels wide (DDA, repeated across its direction) into the arrow layer. */
    private void thickLine(double x0, double y0, double x1, double y1, int alpha) {
        double dx = x1 - x0, dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        boolean flat = Math.abs(dx) >= Math.abs(dy);
        for (int s = 0; s <= steps; s++) {
            int x = (int) (x0 + (steps == 0 ? 0 : dx * s / steps)), y = (int) (y0 + (steps == 0 ? 0 : dy * s / steps));
            for (int t = 0; t < arrowWidth; t++) arrowPixel(flat ? x : x + t, flat ? y + t : y, alpha);
        }
    }

    private void arrowPixel(int x, int y, int alpha) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            int i = y * width + x;
            arrowAlpha[i] = Math.max(arrowAlpha[i], alpha);
        }
    }

    public void clear() {
        lastStep = -1;
        java.util.Arrays.fill(trail, 0);
    }

    private void reset(int w, int h, PlotFrame frame, int particles) {
        plot = frame;
        count = particles;
        lastStep = -1;
        if (w != width || h != height) {
            width = w;
            height = h;
            trail = new int[w * h];
            arrowAlpha = new int[w * h];
            halo = new int[w * h];
            argb = new int[w * h];
        } else {
            java.util.Arrays.fill(trail, 0);
        }
    }

    private void fade() {
        for (int i = 0; i < trail.length; i++) trail[i] = trail[i] * FADE >> 8;
    }

    /**
     * A line one layout pixel wide (pixelScale raster pixels, so that an export's trails are as thick
     * as on screen) by equal steps (DDA), widened across its direction; pixels outside the plot are skipped.
     */
    private void line(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0, dy = y1 - y0;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        if (steps > MAX_SEGMENT * pixelScale || steps == 0) return;
        boolean flat = Math.abs(dx) >= Math.abs(dy);
        for (int s = 0; s <= steps; s++) {
            int x = (int) (x0 + dx * s / steps), y = (int) (y0 + dy * s / steps);
            for (int t = 0; t < pixelScale; t++) {
                int tx = flat ? x : x + t, ty = flat ? y + t : y;
                if (tx >= 0 && tx < width && ty >= 0 && ty < height) {
                    int i = ty * width + tx;
                    trail[i] = Math.min(255, trail[i] + TRAIL_STRENGTH);
                }
            }
        }
    }

    /**
     * The halo mask: the largest arrow opacity within {@code pixelScale} pixels of each pixel (a
     * square), spread from the inked pixels only (a fraction of the plot). {@link #compose} keeps the
     * part above the pixel's own opacity: a rim around the lines, not a shade under them.
     */
    private void halo() {
        java.util.Arrays.fill(halo, 0);
        int r = pixelScale;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = arrowAlpha[y * width + x];
                if (a == 0) continue;
                for (int ny = Math.max(0, y - r); ny <= Math.min(height - 1, y + r); ny++) {
                    int row = ny * width;
                    for (int nx = Math.max(0, x - r); nx <= Math.min(width - 1, x + r); nx++) {
                        if (halo[row + nx] < a) halo[row + nx] = a;
                    }
                }
            }
        }
    }

    private void compose(int[] heat) {
        for (int i = 0; i < argb.length; i++) {
            // white trails over light-grey arrows (premultiplied by their opacity), over their dark halo, over the heatmap
            int t = trail[i];
            int arrow = Sprite.times(arrowAlpha[i], 255 - t);
            int a = t + arrow;
            int under = heat[i];
            int rim = forceShown ? Sprite.times(Math.max(0, halo[i] - arrowAlpha[i]), HALO) : 0;
            if (rim > 0) {
                int keepUnder = 255 - rim;
                under = 0xFF000000 | Sprite.times(under >> 16 & 255, keepUnder) << 16
                        | Sprite.times(under >> 8 & 255, keepUnder) << 8 | Sprite.times(under & 255, keepUnder);
            }
            if (a == 0) {
                argb[i] = under;
                continue;
            }
            int c = t + Sprite.times(arrow, 235);
            int keep = 255 - a;
            argb[i] = 0xFF000000 | c + Sprite.times(under >> 16 & 255, keep) << 16
                    | c + Sprite.times(under >> 8 & 255, keep) << 8 | c + Sprite.times(under & 255, keep);
        }
    }

    /** The particles, as discs (as dots past {@link #MAX_TRAILS}), into a raster the size of the last {@link #draw}. */
    public void stampParticles(int[] raster, float[] xy, int particles, PlotFrame frame) {
        Sprite sprite = particles <= MAX_TRAILS ? disc : dot;
        for (int p = 0; p < particles; p++) {
            sprite.stamp(raster, width, height, frame.px(xy[2 * p]) - frame.left(), frame.py(xy[2 * p + 1]) - frame.top());
        }
    }
}
