package org.memscape.app;

import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Frame;
import org.memscape.compute.Grid;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;

/**
 * The landscape: the newest frame's heatmap (aspect ratio 1, y up), force arrows, particles with
 * fading trails, and the document's memories on top (drawn from the document, so a dragged
 * memory follows the hand even before its field arrives), with axes and a colorbar. Painting
 * only: {@link CanvasEditor} handles the mouse.
 */
final class LandscapeCanvas extends Region {

    static final double MARGIN_LEFT = 78;
    static final double MARGIN_TOP = 34;
    static final double MARGIN_BOTTOM = 44;
    static final double MARGIN_RIGHT = 12;
    private static final double PARTICLE_RADIUS = 3.5;
    private static final Color PARTICLE = Color.web("#ffffff");
    private static final Color PARTICLE_EDGE = Color.web("#101216");
    private static final Color SELECTED = Color.web("#ff6e4a");

    private final Canvas canvas = new Canvas();
    private HeatmapPainter heatmapPainter;
    private Colormap colormap;
    private boolean showContours;
    private EnergyRange lockedRange;
    private ParticleLayer particles = new ParticleLayer(PARTICLE_RADIUS, PARTICLE, PARTICLE_EDGE);
    /** Raster pixels per layout pixel of the particle layer and the memories (2 for an export at 2×). */
    private int pixelScale = 1;
    private WritableImage particleImage;
    private Scene scene;
    private Domain view;
    private Frame frame;
    private WritableImage heatmap;
    private EnergyRange range = new EnergyRange(0, 1);
    private boolean showArrows = true;
    private boolean showColorbar = true;
    private java.util.Set<Integer> selectedMemories = java.util.Set.of();
    /** The rubber band of a box selection, in canvas pixels {x0, y0, x1, y1}, or null. */
    private double[] band;
    private int selectedParticle = -1;
    private String placeholder = "Computing the energy landscape\u2026";

    LandscapeCanvas(Colormap colormap) {
        this.colormap = colormap;
        this.heatmapPainter = new HeatmapPainter(colormap);
        getChildren().add(canvas);
        setMinSize(300, 200);
    }

    void setScene(Scene newScene) {
        if (scene == null || !scene.domain().equals(newScene.domain())) view = newScene.domain();
        scene = newScene;
        redraw();
    }

    Domain view() { return view; }

    void setView(Domain newView) {
        view = newView;
        redraw();
    }

    void setShowArrows(boolean show) {
        showArrows = show;
        if (frame != null) show(frame);   // the arrows are drawn into the frame's raster
    }

    void setShowContours(boolean show) {
        showContours = show;
        redraw();
    }

    void setColormap(Colormap map) {
        colormap = map;
        heatmapPainter = new HeatmapPainter(map);
        if (frame != null) heatmap = heatmapPainter.paint(frame.heatmap(), range);
        redraw();
    }

    /** Keeps the colour range as it is now (to compare frames), or with false follows each frame again. */
    void lockRange(boolean lock) {
        lockedRange = lock ? range : null;
    }

    void select(int memory, int particle) {
        selectedMemories = memory < 0 ? java.util.Set.of() : java.util.Set.of(memory);
        selectedParticle = particle;
        redraw();
    }

    /** The one selected memory, or −1 when none or several are. */
    int selectedMemory() { return selectedMemories.size() == 1 ? selectedMemories.iterator().next() : -1; }

    java.util.Set<Integer> selectedMemories() { return selectedMemories; }

    void selectMemories(java.util.Set<Integer> memories) {
        selectedMemories = java.util.Set.copyOf(memories);
        redraw();
    }

    /** Shows (or with null hides) the rubber band of a box selection. */
    void showBand(double[] pixels) {
        band = pixels;
        redraw();
    }

    int selectedParticle() { return selectedParticle; }

    /** Paints a new frame; the caller may reuse the previous one afterwards. */
    void show(Frame newFrame) {
        frame = newFrame;
        range = lockedRange != null ? lockedRange : new EnergyRange(newFrame.rangeLow(), newFrame.rangeHigh());
        heatmap = heatmapPainter.paint(newFrame.heatmap(), range);
        PlotFrame plot = plot();
        if (plot != null) {
            particleImage = particles.draw(newFrame.step(), newFrame.particleXY(), newFrame.particleCount(), plot.scaled(pixelScale),
                    newFrame.coarse(), showArrows ? newFrame.arrows() : null);
        }
        redraw();
    }

    /** Forgets the shown trails (a new run, or the particles were reset). */
    void clearTrails() {
        particles.clear();
    }

    /** Where the view is drawn at the current size, or null before the first scene. */
    PlotFrame plot() {
        if (view == null) return null;
        double freeWidth = getWidth() - MARGIN_LEFT - MARGIN_RIGHT - (showColorbar ? ColorbarPainter.RESERVED_WIDTH : 0);
        double freeHeight = getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        return PlotFrame.fit(view, MARGIN_LEFT, MARGIN_TOP, Math.max(1, freeWidth), Math.max(1, freeHeight));
    }

    /** The heatmap as last painted (one pixel per cell, top row = largest y), or null. */
    WritableImage heatmap() { return heatmap; }

    Frame frame() { return frame; }

    @Override protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override protected double computePrefWidth(double height) { return 900; }

    @Override protected double computePrefHeight(double width) { return 640; }

    /**
     * Asks for a repaint at the next pulse: several changes in one pulse (a drag edits the scene
     * and brings a frame) cost one paint, since a canvas renders every command it was given.
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

    /** Paints now (tests and snapshots; the window paints once per pulse through {@link #redraw}). */
    void paint() {
        dirty = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());   // a full clear drops earlier commands
        gc.setFill(Style.BACKGROUND);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        PlotFrame plot = plot();
        if (plot == null || frame == null) {
            drawPlaceholder(gc);
            return;
        }
        gc.save();
        gc.beginPath();
        gc.rect(plot.left(), plot.top(), plot.width(), plot.height());
        gc.clip();
        Grid grid = frame.heatmap().grid();
        gc.setImageSmoothing(true);
        gc.drawImage(heatmap, plot.px(grid.xmin()), plot.py(grid.ymax()),
                (grid.xmax() - grid.xmin()) * plot.scale(), (grid.ymax() - grid.ymin()) * plot.scale());
        if (showContours) {
            gc.setStroke(Color.gray(1, 0.55));
            gc.setLineWidth(1.4);
            Contours.stroke(gc, plot, frame.heatmap(), contourLevels());
        }
        drawParticles(gc, plot);
        gc.restore();
        MemoryPainter.paint(gc, plot, scene.memories(), pixelScale);
        for (int m : selectedMemories) {
            if (m < scene.memories().size()) MemoryPainter.highlight(gc, plot, scene.memories().get(m));
        }
        if (band != null) {
            gc.setStroke(Style.SELECTION);
            gc.setLineWidth(2);
            gc.setLineDashes(8, 6);
            gc.strokeRect(Math.min(band[0], band[2]), Math.min(band[1], band[3]), Math.abs(band[2] - band[0]), Math.abs(band[3] - band[1]));
            gc.setLineDashes();
        }
        AxesPainter.paint(gc, plot);
        if (showColorbar) ColorbarPainter.paint(gc, plot, colormap, range);
    }

    /** Draws the rasters (particles, arrows, memories) for snapshots at {@code scale} pixels per layout pixel. */
    void setPixelScale(int scale) {
        pixelScale = scale;
        particles = new ParticleLayer(PARTICLE_RADIUS, PARTICLE, PARTICLE_EDGE, scale);
    }

    /** What the user chose to see, so that an export paints another canvas alike. */
    CanvasLook look() { return new CanvasLook(view, colormap, showArrows, showContours, lockedRange, showColorbar); }

    /** Takes another canvas's look (after {@link #setScene}, which would reset the view). */
    void setLook(CanvasLook look) {
        view = look.view();
        showArrows = look.arrows();
        showContours = look.contours();
        lockedRange = look.lockedRange();
        showColorbar = look.colorbar();
        setColormap(look.colormap());
    }

    /** The frame's levels, or evenly spaced ones inside a locked range. */
    private float[] contourLevels() {
        if (lockedRange == null) return frame.contourLevels();
        float[] levels = new float[frame.contourLevels().length];
        for (int k = 0; k < levels.length; k++) levels[k] = (float) lockedRange.at((k + 0.5) / levels.length);
        return levels;
    }

    /** The particle layer, if it was drawn for this very plot (a resize or zoom waits for the next frame). */
    private void drawParticles(GraphicsContext gc, PlotFrame plot) {
        if (particleImage != null && plot.scaled(pixelScale).equals(particles.plot())) {
            gc.drawImage(particleImage, plot.left(), plot.top(), particleImage.getWidth() / pixelScale, particleImage.getHeight() / pixelScale);
        }
        int n = frame.particleCount();
        if (selectedParticle >= 0 && selectedParticle < n) {
            float[] xy = frame.particleXY();
            double x = plot.px(xy[2 * selectedParticle]), y = plot.py(xy[2 * selectedParticle + 1]);
            gc.setStroke(SELECTED);
            gc.setLineWidth(3);
            gc.strokeOval(x - 9, y - 9, 18, 18);
        }
    }

    private void drawPlaceholder(GraphicsContext gc) {
        gc.setFill(Style.MUTED_TEXT);
        gc.setFont(Style.MESSAGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(placeholder, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }
}
