package org.memscape.app.landscape;

import org.memscape.app.ui.Style;
import org.memscape.app.landscape.paint.AxesPainter;
import org.memscape.app.landscape.paint.ColorbarPainter;
import org.memscape.app.landscape.paint.Contours;
import org.memscape.app.landscape.paint.HeatmapPainter;
import org.memscape.app.landscape.paint.MemoryLines;
import org.memscape.app.landscape.paint.MemoryPainter;
import org.memscape.app.landscape.paint.ParticleLayer;
import org.memscape.app.landscape.paint.Sprite;

import java.nio.IntBuffer;
import java.util.List;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.memscape.compute.Frame;
import org.memscape.scene.Domain;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * The landscape: the newest frame's heatmap (aspect ratio 1, y up), force arrows or streamlines, the
 * document's memories (drawn from the document, so a dragged memory follows the hand even before its
 * field arrives), and particles with fading trails above every memory (at the end of a run they sit
 * on the memories, and must show there), with axes and a colorbar. Painting only: {@link org.memscape.app.edit.CanvasEditor}
 * handles the mouse.
 *
 * <p>Four layers, so that a frame costs the renderer one opaque image and little else (the
 * software renderer of a projector laptop or Xvfb redraws whatever changed): the axes (repainted
 * when the view or size changes), the plot raster (heatmap, arrows, trails, memories and particles,
 * composed by hand), the colorbar (when the range changes) and an overlay for contours, selections
 * and memory numbers, hidden when it has nothing to show.
 */
public final class LandscapeCanvas extends Region {

    public static final double MARGIN_LEFT = 78;
    static final double MARGIN_TOP = 34;
    static final double MARGIN_BOTTOM = 44;
    public static final double MARGIN_RIGHT = 12;
    private static final double PARTICLE_RADIUS = 3.5;
    private static final Color PARTICLE = Color.web("#ffffff");
    private static final Color PARTICLE_EDGE = Color.web("#101216");
    private static final Color SELECTED = Color.web("#ff6e4a");

    private final Canvas axes = new Canvas();
    private final ImageView plotView = new ImageView();
    private final ColorbarPainter colorbarPainter = new ColorbarPainter();
    private final Canvas colorbar = new Canvas();
    private final Canvas overlay = new Canvas();
    /** Structure views (fixed points, paired runs) above the raster, and their recolouring of the heatmap. */
    private final Canvas layerCanvas = new Canvas();
    private PlotLayer layer;
    private Object layerState;
    private RasterTint tint;
    /** The learned model's views (app.learned): a heatmap of their own, and the learned force and particles. */
    private PlotLayer learnedLayer;
    private RasterTint learnedTint;
    private boolean hideFrameForce;
    private HeatmapPainter heatmapPainter;
    private Colormap colormap;
    private boolean showContours;
    private EnergyRange lockedRange;
    private ParticleLayer particles = new ParticleLayer(PARTICLE_RADIUS, PARTICLE, PARTICLE_EDGE);
    private Sprite memoryDot = MemoryPainter.dot(1);
    private CanvasLook look = CanvasLook.SCREEN;
    /** Raster pixels per layout pixel (2 for an export at 2×, so that it is sharp, not enlarged). */
    private int pixelScale = 1;
    private boolean showColorbar = true;
    private Scene scene;
    private Domain view;
    private Frame frame;
    private EnergyRange range = new EnergyRange(0, 1);
    private ForceView forceView = ForceView.ARROWS;
    private Set<Integer> selectedMemories = Set.of();
    /** The rubber band of a box selection, in canvas pixels {x0, y0, x1, y1}, or null. */
    private double[] band;
    private int selectedParticle = -1;
    private String placeholder = "Computing the energy landscape\u2026";

    /** The frame's raster for {@link #composedPlot} (heatmap, arrows or streamlines, trails), before memories and particles. */
    private int[] composed;
    private PlotFrame composedPlot;
    /** What the axes and the colorbar were last painted for, and where the bar's left edge went. */
    private PlotFrame axesPlot;
    private double barLeft;
    private double nameEnd;
    private List<Object> colorbarState;
    /** Frames shown so far: the overlay's contours and particle ring follow the frame, its lines only the scene. */
    private long frameCount;
    private List<Object> overlayState;
    /** The heatmap's pixels, and what they were painted from. */
    private int[] heat;
    private List<Object> heatField;
    private int[] pixels = new int[0];
    /** Segments, polylines and rings, and what they were drawn for. */
    private MemoryLines lines;
    private List<Object> linesState;
    private List<MemorySpec> linesOf;
    private PixelBuffer<IntBuffer> buffer;

    public LandscapeCanvas(Colormap colormap) {
        this.colormap = colormap;
        this.heatmapPainter = heatmapPainter(colormap, look);
        plotView.setSmooth(false);
        getChildren().addAll(axes, plotView, colorbar, layerCanvas, overlay);
        for (var layer : getChildren()) layer.setMouseTransparent(true);   // the editor listens on this region
        setMinSize(300, 200);
    }

    private static HeatmapPainter heatmapPainter(Colormap map, CanvasLook look) {
        Color c = look.background();
        int background = 0xFF000000 | (int) Math.round(255 * c.getRed()) << 16 | (int) Math.round(255 * c.getGreen()) << 8 | (int) Math.round(255 * c.getBlue());
        return new HeatmapPainter(map, background);
    }

    public void setScene(Scene newScene) {
        if (scene == null || !scene.domain().equals(newScene.domain())) view = newScene.domain();
        scene = newScene;
        redraw();
    }

    public Domain view() { return view; }

    /** Draws {@code newLayer} over the plot and lets {@code newTint} recolour the heatmap (either may be null). */
    public void setStructure(PlotLayer newLayer, RasterTint newTint) {
        layer = newLayer;
        tint = newTint;
        structureChanged();
    }

    /**
     * Draws {@code newLayer} over the plot under the structure's layer, lets {@code newTint} repaint
     * the heatmap before the structure's tint, and with {@code hideForce} leaves out the frame's
     * arrows and streamlines (the learned score's take their place); repaint with {@link #structureChanged}.
     */
    public void setLearned(PlotLayer newLayer, RasterTint newTint, boolean hideForce) {
        learnedLayer = newLayer;
        learnedTint = newTint;
        hideFrameForce = hideForce;
        structureChanged();
    }

    /** The structure layer's or tint's state changed: repaint them at the next pulse. */
    public void structureChanged() {
        compose();
        redraw();
    }

    public void setView(Domain newView) {
        view = newView;
        redraw();
    }

    /** Arrows, streamlines (the frame pump asks the engine for them) or nothing. */
    public void setForceView(ForceView view) {
        forceView = view;
        compose();   // arrows and streamlines are drawn into the frame's raster
        redraw();
    }

    public ForceView forceView() { return forceView; }

    public void setShowContours(boolean show) {
        showContours = show;
        redraw();
    }

    public void setColormap(Colormap map) {
        colormap = map;
        heatmapPainter = heatmapPainter(map, look);
        compose();
        redraw();
    }

    public Colormap colormap() { return colormap; }

    public CanvasLook look() { return look; }

    /** Screen or projector: the frame, labels, and the size of memories and particles. */
    public void setLook(CanvasLook newLook) {
        look = newLook;
        marks();
        heatmapPainter = heatmapPainter(colormap, look);
        axesPlot = null;
        colorbarState = null;
        compose();
        redraw();
    }

    /** Draws the plot raster at {@code scale} pixels per layout pixel, for a snapshot at that scale. */
    public void setPixelScale(int scale) {
        pixelScale = scale;
        marks();
        compose();
        redraw();
    }

    /** Particles and point memories at the look's size and the raster's scale. */
    private void marks() {
        particles = new ParticleLayer(PARTICLE_RADIUS * look.markScale(), PARTICLE, PARTICLE_EDGE, pixelScale, look);
        memoryDot = MemoryPainter.dot(look.markScale() * pixelScale);
    }

    /** What the user chose to see, so that an export paints another canvas alike. */
    public ViewSettings viewSettings() { return new ViewSettings(view, colormap, forceView, showContours, lockedRange, showColorbar); }

    /** Takes another canvas's settings (after {@link #setScene}, which would reset the view). */
    public void setViewSettings(ViewSettings settings) {
        view = settings.view();
        forceView = settings.force();
        showContours = settings.contours();
        lockedRange = settings.lockedRange();
        showColorbar = settings.colorbar();
        setColormap(settings.colormap());
    }

    /** Keeps the colour range as it is now (to compare frames), or with false follows each frame again. */
    public void lockRange(boolean lock) {
        lockedRange = lock ? range : null;
    }

    public void select(int memory, int particle) {
        selectedMemories = memory < 0 ? Set.of() : Set.of(memory);
        boolean newParticle = particle != selectedParticle;
        selectedParticle = particle;
        redraw();
        if (newParticle) onSelect.run();
    }

    /** Told when another particle (or none) is selected. */
    public void onSelect(Runnable listener) {
        onSelect = listener;
    }

    private Runnable onSelect = () -> { };

    /** The one selected memory, or −1 when none or several are. */
    public int selectedMemory() { return selectedMemories.size() == 1 ? selectedMemories.iterator().next() : -1; }

    public Set<Integer> selectedMemories() { return selectedMemories; }

    public void selectMemories(Set<Integer> memories) {
        selectedMemories = Set.copyOf(memories);
        redraw();
    }

    /** Shows (or with null hides) the rubber band of a box selection. */
    public void showBand(double[] pixels) {
        band = pixels;
        redraw();
    }

    public int selectedParticle() { return selectedParticle; }

    /** Paints a new frame; the caller may reuse the previous one afterwards. */
    public void show(Frame newFrame) {
        frame = newFrame;
        frameCount++;
        range = lockedRange != null ? lockedRange : new EnergyRange(newFrame.rangeLow(), newFrame.rangeHigh());
        compose();
        redraw();
    }

    /**
     * Advances the trails by a frame without painting it, for the steps before an exported still:
     * composing each of them (heatmap, arrows, blend at the export's scale) would cost as much as
     * the still itself, on the FX thread. The frame is not kept; show the still's frame next, at
     * the same size, and the picture is the one showing every frame would give.
     */
    public void feedTrails(Frame trailFrame) {
        PlotFrame plot = plot();
        if (plot == null) return;
        particles.advance(trailFrame.step(), trailFrame.particleXY(), trailFrame.particleCount(), plot.scaled(pixelScale),
                trailFrame.coarse());
    }

    /** Forgets the shown trails (a new run, or the particles were reset). */
    public void clearTrails() {
        particles.clear();
    }

    /** Where the view is drawn at the current size (on whole pixels), or null before the first scene. */
    public PlotFrame plot() {
        if (view == null) return null;
        double freeWidth = getWidth() - MARGIN_LEFT - MARGIN_RIGHT - (showColorbar ? ColorbarPainter.reservedWidth(look) : 0);
        double freeHeight = getHeight() - marginTop() - MARGIN_BOTTOM;
        PlotFrame fit = PlotFrame.fit(view, MARGIN_LEFT, marginTop(), Math.max(1, freeWidth), Math.max(1, freeHeight));
        return new PlotFrame(view, Math.round(fit.left()), Math.round(fit.top()), fit.scale());
    }

    public Frame frame() { return frame; }

    /** Room above the plot for the names "y" and "energy" over the top tick labels: more for a projector's larger type. */
    private double marginTop() {
        return Math.max(MARGIN_TOP, Math.ceil(look.tickFont().getSize() / 2 + look.axisNameFont().getSize() + 6));
    }

    /** Where the x axis's name ends, and where the colorbar's layer (opaque) begins, as last painted. */
    public double axisNameEnd() { return nameEnd; }

    public double colorbarLeft() { return colorbar.getLayoutX(); }

    /**
     * How wide this canvas must be for the view, at {@code height}, to fill the height: the window
     * gives the rest of its width to the side panel rather than leaving strips beside the plot.
     */
    public double widthFor(double height) {
        Domain d = view != null ? view : new Domain(-1, 1, -1, 1);
        double plotHeight = Math.max(1, height - marginTop() - MARGIN_BOTTOM);
        return MARGIN_LEFT + MARGIN_RIGHT + (showColorbar ? ColorbarPainter.reservedWidth(look) : 0)
                + Math.ceil(plotHeight * d.width() / d.height()) + 2;
    }

    @Override protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (axes.getWidth() != w || axes.getHeight() != h) {
            axes.setWidth(w);
            axes.setHeight(h);
            axesPlot = null;
            redraw();
        }
    }

    @Override protected double computePrefWidth(double height) { return 900; }

    @Override protected double computePrefHeight(double width) { return 640; }

    /**
     * Asks for a repaint at the next pulse: several changes in one pulse (a drag edits the scene
     * and brings a frame) cost one paint.
     */
    void redraw() {
        dirty = true;
        if (!scheduled) {
            scheduled = true;
            painter.start();
        }
    }

    private boolean dirty;
    private boolean scheduled;
    private final AnimationTimer painter = new AnimationTimer() {
        @Override public void handle(long now) {
            scheduled = false;
            stop();
            if (dirty) paint();
        }
    };

    /** The frame's heatmap, arrows, trails and particles at the current plot's raster size. */
    private void compose() {
        PlotFrame plot = plot();
        if (plot == null || frame == null) return;
        PlotFrame raster = plot.scaled(pixelScale);
        int w = rasterSize(raster.width()), h = rasterSize(raster.height());
        // A playing run of a model without time brings the same field every step: colour it once.
        List<Object> field = List.of(frame.request().scene(), frame.heatmap().grid(), frame.tau(), frame.coarse(),
                range, raster, heatmapPainter, java.util.Objects.requireNonNullElse(tint == null ? null : tint.state(), "no tint"),
                java.util.Objects.requireNonNullElse(learnedTint == null ? null : learnedTint.state(), "no learned tint"));
        if (!field.equals(heatField)) {
            heat = heatmapPainter.paint(frame.heatmap(), range, raster, w, h);
            if (learnedTint != null && learnedTint.state() != null) learnedTint.tint(heat, raster, w, h);
            if (tint != null && tint.state() != null) tint.tint(heat, raster, w, h);
            heatField = field;
        }
        composed = particles.draw(frame.step(), frame.particleXY(), frame.particleCount(), raster,
                frame.coarse(), forceView == ForceView.ARROWS && !hideFrameForce ? frame.arrows() : null,
                forceView == ForceView.STREAMLINES && !hideFrameForce ? frame.streamlines() : null, heat);
        composedPlot = plot;
    }

    /** Paints now (tests and snapshots; the window paints once per pulse through {@link #redraw}). */
    public void paint() {
        dirty = false;
        PlotFrame plot = plot();
        if (plot == null || frame == null) {
            paintPlaceholder();
            return;
        }
        if (!plot.equals(composedPlot)) compose();   // resized, zoomed or panned since the frame came
        if (!plot.equals(axesPlot)) paintAxes(plot);
        paintColorbar(plot);
        paintRaster(plot);
        paintLayer(plot);
        paintOverlay(plot);
    }

    private void paintLayer(PlotFrame plot) {
        Object own = layer == null ? null : layer.state();
        Object learned = learnedLayer == null ? null : learnedLayer.state();
        Object state = own == null && learned == null ? null : java.util.Arrays.asList(own, learned);
        layerCanvas.setVisible(state != null);
        List<Object> key = state == null ? null : java.util.Arrays.asList(plot, look, state);
        if (key == null || key.equals(layerState)) {
            layerState = key;
            return;
        }
        layerState = key;
        GraphicsContext gc = layerCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, layerCanvas.getWidth(), layerCanvas.getHeight());
        gc.save();
        gc.translate(-plot.left(), -plot.top());
        if (learned != null) learnedLayer.paint(gc, plot, look);
        if (own != null) layer.paint(gc, plot, look);
        gc.restore();
    }

    private void paintPlaceholder() {
        axesPlot = null;
        colorbarState = null;
        plotView.setVisible(false);
        overlay.setVisible(false);
        layerCanvas.setVisible(false);
        colorbar.setVisible(false);
        GraphicsContext gc = axes.getGraphicsContext2D();
        gc.setFill(look.background());
        gc.fillRect(0, 0, axes.getWidth(), axes.getHeight());
        gc.setFill(Style.MUTED_TEXT);
        gc.setFont(Style.MESSAGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(placeholder, axes.getWidth() / 2, axes.getHeight() / 2);
    }

    private void paintAxes(PlotFrame plot) {
        axesPlot = plot;
        GraphicsContext gc = axes.getGraphicsContext2D();
        gc.clearRect(0, 0, axes.getWidth(), axes.getHeight());   // a full clear drops earlier commands
        gc.setFill(look.background());
        gc.fillRect(0, 0, axes.getWidth(), axes.getHeight());
        nameEnd = AxesPainter.paint(gc, plot, look);
        plotView.relocate(plot.left(), plot.top());
        overlay.relocate(plot.left(), plot.top());
        overlay.setWidth(Math.ceil(plot.width()));
        overlay.setHeight(Math.ceil(plot.height()));
        layerCanvas.relocate(plot.left(), plot.top());
        layerCanvas.setWidth(Math.ceil(plot.width()));
        layerCanvas.setHeight(Math.ceil(plot.height()));
        layerState = null;
        // clear of the x axis labels and of the name after them, whatever their width
        barLeft = Math.max(plot.right() + ColorbarPainter.gap(look), Math.ceil(nameEnd) + 12);
        double x = Math.floor(barLeft) - 2;
        colorbar.relocate(x, 0);
        colorbar.setWidth(Math.max(1, axes.getWidth() - x));
        colorbar.setHeight(axes.getHeight());
    }

    /** The colorbar, only when its range, colours or place changed. */
    private void paintColorbar(PlotFrame plot) {
        List<Object> state = List.of(plot, range, colormap, look);
        colorbar.setVisible(showColorbar);
        if (state.equals(colorbarState)) return;
        colorbarState = state;
        GraphicsContext gc = colorbar.getGraphicsContext2D();
        gc.clearRect(0, 0, colorbar.getWidth(), colorbar.getHeight());
        gc.setFill(look.background());
        gc.fillRect(0, 0, colorbar.getWidth(), colorbar.getHeight());
        gc.save();
        gc.translate(-colorbar.getLayoutX(), 0);
        colorbarPainter.paint(gc, plot, barLeft, colormap, range, look);
        gc.restore();
    }

    private static int rasterSize(double pixels) {
        return Math.max(1, (int) Math.ceil(pixels));
    }

    /** The composed frame with the point memories and then the particles stamped on, shown as one opaque image. */
    private void paintRaster(PlotFrame plot) {
        PlotFrame raster = plot.scaled(pixelScale);
        int w = rasterSize(raster.width()), h = rasterSize(raster.height());
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            pixels = new int[w * h];
            // The image wraps our pixel array (premultiplied ARGB, what the renderers keep): no copy per frame.
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            plotView.setImage(new WritableImage(buffer));
            plotView.setFitWidth(pixelScale == 1 ? 0 : (double) w / pixelScale);   // shown at layout size
            plotView.setFitHeight(pixelScale == 1 ? 0 : (double) h / pixelScale);
        }
        System.arraycopy(composed, 0, pixels, 0, pixels.length);
        for (MemorySpec m : scene.memories()) {
            if (m instanceof MemorySpec.Point p) memoryDot.stamp(pixels, w, h, raster.px(p.x()) - raster.left(), raster.py(p.y()) - raster.top());
        }
        memoryLines(raster, w, h).stamp(pixels);
        // particles last: at the end of a run they sit on the memories (points, lines, rings), and must show there
        particles.stampParticles(pixels, frame.particleXY(), frame.particleCount(), raster);
        buffer.updateBuffer(b -> null);
        plotView.setVisible(true);
    }

    /** The extended memories' layer for this raster, made again only when the memories or the raster changed. */
    private MemoryLines memoryLines(PlotFrame raster, int w, int h) {
        List<Object> state = List.of(raster, w, h, look.markScale() * pixelScale);
        if (lines == null || !state.equals(linesState) || (linesOf != scene.memories() && !linesOf.equals(scene.memories()))) {
            lines = MemoryLines.of(scene.memories(), raster, w, h, look.markScale() * pixelScale);
            linesState = state;
            linesOf = scene.memories();
        }
        return lines;
    }

    /** Contours, selections and memory numbers; the layer stays hidden (costs nothing) when there are none. */
    private void paintOverlay(PlotFrame plot) {
        boolean particle = selectedParticle >= 0 && selectedParticle < frame.particleCount();
        boolean used = showContours || !selectedMemories.isEmpty() || band != null || particle;
        overlay.setVisible(used);
        // Repainted only when what it shows changed: a playing run brings a frame a pulse, and the
        // software renderer redraws a repainted overlay whole.
        List<Object> state = used ? java.util.Arrays.asList(plot, look, scene.memories(), selectedMemories,
                band == null ? null : java.util.Arrays.stream(band).boxed().toList(),
                particle ? frameCount : -1, showContours ? List.of(frameCount, String.valueOf(lockedRange)) : null) : null;
        if (state == null || state.equals(overlayState)) {
            overlayState = state;
            return;
        }
        overlayState = state;
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        gc.save();
        gc.translate(-plot.left(), -plot.top());   // the painters draw in this region's coordinates
        if (showContours) {
            // light lines on a dark halo: they read on the dark valleys and on a light colour band alike
            Contours.trace(gc, plot, frame.heatmap(), contourLevels());
            gc.setStroke(Color.gray(0, 0.5));
            gc.setLineWidth(1.4 * look.frameWidth() + 2);
            gc.stroke();
            gc.setStroke(Color.gray(1, 0.6));
            gc.setLineWidth(1.4 * look.frameWidth());
            gc.stroke();
        }
        for (int m : selectedMemories) {
            if (m < scene.memories().size()) MemoryPainter.highlight(gc, plot, scene.memories().get(m), look.markScale());
        }
        if (particle) {
            MemoryPainter.numbers(gc, plot, scene.memories(), look.markScale());   // the weights chart names them so
            float[] xy = frame.particleXY();
            double x = plot.px(xy[2 * selectedParticle]), y = plot.py(xy[2 * selectedParticle + 1]);
            gc.setStroke(SELECTED);
            gc.setLineWidth(3);
            gc.strokeOval(x - 9, y - 9, 18, 18);
        }
        if (band != null) {
            gc.setStroke(Style.SELECTION);
            gc.setLineWidth(2);
            gc.setLineDashes(8, 6);
            gc.strokeRect(Math.min(band[0], band[2]), Math.min(band[1], band[3]), Math.abs(band[2] - band[0]), Math.abs(band[3] - band[1]));
            gc.setLineDashes();
        }
        gc.restore();
    }

    /** The frame's levels, or evenly spaced ones inside a locked range. */
    private float[] contourLevels() {
        if (lockedRange == null) return frame.contourLevels();
        float[] levels = new float[frame.contourLevels().length];
        for (int k = 0; k < levels.length; k++) levels[k] = (float) lockedRange.at((k + 0.5) / levels.length);
        return levels;
    }
}
