package org.memscape.app.landscape;

import java.nio.IntBuffer;
import java.util.List;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.memscape.app.landscape.paint.HeatmapPainter;
import org.memscape.app.landscape.paint.MemoryLines;
import org.memscape.app.landscape.paint.MemoryPainter;
import org.memscape.app.landscape.paint.ParticleLayer;
import org.memscape.app.landscape.paint.Sprite;
import org.memscape.compute.Frame;
import org.memscape.compute.Grid;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * The landscape's plot as one opaque image, composed by hand: the frame's heatmap, arrows or
 * streamlines and fading trails ({@link #compose}, once a frame), then the point memories, the
 * extended memories' lines and the particles stamped on ({@link #paint}, once a paint). The
 * image wraps the pixel array, so a frame costs the renderer one upload and no copy.
 */
final class PlotRaster {

    private static final double PARTICLE_RADIUS = 3.5;
    private static final Color PARTICLE = Color.web("#ffffff");
    private static final Color PARTICLE_EDGE = Color.web("#101216");

    /** What the heatmap's pixels were painted from: a playing run of a model without time brings the same field every step. */
    private record HeatKey(Scene scene, Grid grid, double tau, boolean coarse, EnergyRange range, PlotFrame raster, HeatmapPainter painter,
            Object tint) {}

    /** What the extended memories' layer was drawn for (besides the memories themselves). */
    private record LinesKey(PlotFrame raster, int width, int height, double markScale) {}

    private final ImageView view;
    private HeatmapPainter heatmapPainter;
    private ParticleLayer particles = new ParticleLayer(PARTICLE_RADIUS, PARTICLE, PARTICLE_EDGE);
    private Sprite memoryDot = MemoryPainter.dot(1);
    private double markScale = 1;
    /** Raster pixels per layout pixel (2 for an export at 2×, so that it is sharp, not enlarged). */
    private int pixelScale = 1;

    /** The frame's raster for {@link #composedPlot} (heatmap, arrows or streamlines, trails), before memories and particles. */
    private int[] composed;
    private PlotFrame composedPlot;
    private int[] heat;
    /** Another part's recolouring of the heatmap (basins, responsibilities), or null. */
    private RasterTint tint;
    private HeatKey heatKey;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private MemoryLines lines;
    private LinesKey linesKey;
    private List<MemorySpec> linesOf;

    PlotRaster(ImageView view, Colormap colormap, CanvasLook look) {
        this.view = view;
        view.setSmooth(false);
        colours(colormap, look);
    }

    /** The heatmap's colours, on the look's background where the field is undefined. */
    void colours(Colormap map, CanvasLook look) {
        Color c = look.background();
        int background = 0xFF000000 | (int) Math.round(255 * c.getRed()) << 16 | (int) Math.round(255 * c.getGreen()) << 8 | (int) Math.round(255 * c.getBlue());
        heatmapPainter = new HeatmapPainter(map, background);
    }

    /** Particles and point memories at the look's size and the raster's scale (the trails start afresh). */
    void marks(CanvasLook look, int scale) {
        pixelScale = scale;
        markScale = look.markScale();
        particles = new ParticleLayer(PARTICLE_RADIUS * markScale, PARTICLE, PARTICLE_EDGE, pixelScale, look);
        memoryDot = MemoryPainter.dot(markScale * pixelScale);
    }

    int pixelScale() { return pixelScale; }

    void setTint(RasterTint newTint) { tint = newTint; }

    /** The plot the raster was last composed for, or null. */
    PlotFrame composedPlot() { return composedPlot; }

    /** The frame's heatmap, arrows or streamlines and trails at {@code plot}'s raster size. */
    void compose(PlotFrame plot, Frame frame, EnergyRange range, ForceView force) {
        PlotFrame raster = plot.scaled(pixelScale);
        int w = rasterSize(raster.width()), h = rasterSize(raster.height());
        Object tintState = tint == null ? null : tint.state();
        HeatKey key = new HeatKey(frame.request().scene(), frame.heatmap().grid(), frame.tau(), frame.coarse(), range, raster, heatmapPainter,
                tintState);
        if (!key.equals(heatKey)) {
            heat = heatmapPainter.paint(frame.heatmap(), range, raster, w, h);
            if (tintState != null) tint.tint(heat, raster, w, h);
            heatKey = key;
        }
        composed = particles.draw(frame.step(), frame.particleXY(), frame.particleCount(), raster,
                frame.coarse(), force == ForceView.ARROWS ? frame.arrows() : null,
                force == ForceView.STREAMLINES ? frame.streamlines() : null, heat);
        composedPlot = plot;
    }

    /** Advances the trails by a frame without composing it (see {@link LandscapeCanvas#feedTrails}). */
    void feedTrails(PlotFrame plot, Frame frame) {
        particles.advance(frame.step(), frame.particleXY(), frame.particleCount(), plot.scaled(pixelScale), frame.coarse());
    }

    void clearTrails() {
        particles.clear();
    }

    /** The composed frame with the point memories and then the particles stamped on, shown as one opaque image. */
    void paint(PlotFrame plot, Scene scene, Frame frame) {
        PlotFrame raster = plot.scaled(pixelScale);
        int w = rasterSize(raster.width()), h = rasterSize(raster.height());
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            pixels = new int[w * h];
            // The image wraps our pixel array (premultiplied ARGB, what the renderers keep): no copy per frame.
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            view.setFitWidth(pixelScale == 1 ? 0 : (double) w / pixelScale);   // shown at layout size
            view.setFitHeight(pixelScale == 1 ? 0 : (double) h / pixelScale);
        }
        System.arraycopy(composed, 0, pixels, 0, pixels.length);
        for (MemorySpec m : scene.memories()) {
            if (m instanceof MemorySpec.Point p) memoryDot.stamp(pixels, w, h, raster.px(p.x()) - raster.left(), raster.py(p.y()) - raster.top());
        }
        memoryLines(scene.memories(), raster, w, h).stamp(pixels);
        // particles last: at the end of a run they sit on the memories (points, lines, rings), and must show there
        particles.stampParticles(pixels, frame.particleXY(), frame.particleCount(), raster);
        buffer.updateBuffer(b -> null);
        view.setVisible(true);
    }

    /** The extended memories' layer for this raster, made again only when the memories or the raster changed. */
    private MemoryLines memoryLines(List<MemorySpec> memories, PlotFrame raster, int w, int h) {
        LinesKey key = new LinesKey(raster, w, h, markScale * pixelScale);
        if (lines == null || !key.equals(linesKey) || (linesOf != memories && !linesOf.equals(memories))) {
            lines = MemoryLines.of(memories, raster, w, h, markScale * pixelScale);
            linesKey = key;
            linesOf = memories;
        }
        return lines;
    }

    private static int rasterSize(double pixels) {
        return Math.max(1, (int) Math.ceil(pixels));
    }
}
