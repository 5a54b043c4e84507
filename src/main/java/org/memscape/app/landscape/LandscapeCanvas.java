package org.memscape.app.landscape;

import org.memscape.app.ui.Style;
import org.memscape.app.landscape.paint.AxesPainter;
import org.memscape.app.landscape.paint.ColorbarPainter;

import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.memscape.compute.Frame;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;

/**
 * The landscape: the newest frame's heatmap (aspect ratio 1, y up), force arrows or streamlines, the
 * document's memories (drawn from the document, so a dragged memory follows the hand even before its
 * field arrives), and particles with fading trails above every memory (at the end of a run they sit
 * on the memories, and must show there), with axes and a colorbar. Painting only: what to show (zoom,
 * colours, force field, contours, selection) is a {@link LandscapeView}, which this observes, and
 * {@code app.edit.CanvasEditor} handles the mouse.
 *
 * <p>Four layers, so that a frame costs the renderer one opaque image and little else (the
 * software renderer of a projector laptop or Xvfb redraws whatever changed): the axes (repainted
 * when the view or size changes), the plot raster ({@link PlotRaster}: heatmap, arrows, trails,
 * memories and particles), the colorbar (when the range changes) and an overlay ({@link PlotOverlay})
 * for contours, selections and memory numbers, hidden when it has nothing to show.
 */
public final class LandscapeCanvas extends Region {

    public static final double MARGIN_LEFT = 78;
    static final double MARGIN_TOP = 34;
    static final double MARGIN_BOTTOM = 44;
    public static final double MARGIN_RIGHT = 12;

    /** What the colorbar was last painted for. */
    private record ColorbarKey(PlotFrame plot, EnergyRange range, Colormap colormap, CanvasLook look) {}

    private final LandscapeView view;
    private final Canvas axes = new Canvas();
    private final ImageView plotView = new ImageView();
    private final ColorbarPainter colorbarPainter = new ColorbarPainter();
    private final Canvas colorbar = new Canvas();
    private final Canvas overlayCanvas = new Canvas();
    private final PlotRaster raster;
    private final PlotOverlay overlay = new PlotOverlay(overlayCanvas);
    /** Structure views (fixed points, paired runs) above the raster and under the selection. */
    private final Canvas layerCanvas = new Canvas();
    private PlotLayer layer;
    private LayerKey layerKey;

    private record LayerKey(PlotFrame plot, CanvasLook look, Object state) {}
    private Scene scene;
    private Frame frame;
    private EnergyRange range = new EnergyRange(0, 1);
    private String placeholder = "Computing the energy landscape\u2026";

    /** What the axes and the colorbar were last painted for, and where the bar's left edge went. */
    private PlotFrame axesPlot;
    private double barLeft;
    private double nameEnd;
    private ColorbarKey colorbarKey;
    /** Frames shown so far: the overlay's contours and particle ring follow the frame, its lines only the scene. */
    private long frameCount;

    /** A canvas that shows {@code view} and repaints whenever it changes. */
    public LandscapeCanvas(LandscapeView view) {
        this.view = view;
        this.raster = new PlotRaster(plotView, view.colormap(), view.look());
        getChildren().addAll(axes, plotView, colorbar, layerCanvas, overlayCanvas);
        for (var layer : getChildren()) layer.setMouseTransparent(true);   // the editor listens on this region
        setMinSize(300, 200);
        view.colormapProperty().addListener((o, was, now) -> restyle(false));
        view.lookProperty().addListener((o, was, now) -> restyle(true));
        view.forceProperty().addListener((o, was, now) -> compose());   // arrows and streamlines are drawn into the frame's raster
        view.lockedRangeProperty().addListener((o, was, now) -> {
            if (frame != null) range = now != null ? now : frameRange(frame);
            compose();
        });
        view.onAnyChange(this::redraw);
    }

    public LandscapeView view() { return view; }

    /** Draws {@code newLayer} over the plot and lets {@code newTint} recolour the heatmap (either may be null). */
    public void setStructure(PlotLayer newLayer, RasterTint newTint) {
        layer = newLayer;
        raster.setTint(newTint);
        structureChanged();
    }

    /** The structure layer's or tint's state changed: repaint them at the next pulse. */
    public void structureChanged() {
        layerKey = null;
        compose();
        redraw();
    }

    public void setScene(Scene newScene) {
        scene = newScene;
        redraw();
    }

    /** New colours, or a new look (the frame, labels, and the size of memories and particles). */
    private void restyle(boolean look) {
        if (look) {
            raster.marks(view.look(), raster.pixelScale());
            axesPlot = null;
            colorbarKey = null;
        }
        raster.colours(view.colormap(), view.look());
        compose();
    }

    /** Draws the plot raster at {@code scale} pixels per layout pixel, for a snapshot at that scale. */
    public void setPixelScale(int scale) {
        raster.marks(view.look(), scale);
        compose();
        redraw();
    }

    /** The colour range shown now: the locked one, or the frame's own. */
    public EnergyRange shownRange() { return range; }

    private static EnergyRange frameRange(Frame f) {
        return new EnergyRange(f.rangeLow(), f.rangeHigh());
    }

    /** Paints a new frame; the caller may reuse the previous one afterwards. */
    public void show(Frame newFrame) {
        frame = newFrame;
        frameCount++;
        range = view.lockedRange() != null ? view.lockedRange() : frameRange(newFrame);
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
        if (plot != null) raster.feedTrails(plot, trailFrame);
    }

    /** Forgets the shown trails (a new run, or the particles were reset). */
    public void clearTrails() {
        raster.clearTrails();
    }

    /** Where the view is drawn at the current size (on whole pixels), or null before the first scene. */
    public PlotFrame plot() {
        Domain d = view.domain();
        if (d == null) return null;
        double freeWidth = getWidth() - MARGIN_LEFT - MARGIN_RIGHT - (view.colorbar() ? ColorbarPainter.reservedWidth(view.look()) : 0);
        double freeHeight = getHeight() - marginTop() - MARGIN_BOTTOM;
        PlotFrame fit = PlotFrame.fit(d, MARGIN_LEFT, marginTop(), Math.max(1, freeWidth), Math.max(1, freeHeight));
        return new PlotFrame(d, Math.round(fit.left()), Math.round(fit.top()), fit.scale());
    }

    public Frame frame() { return frame; }

    /** Room above the plot for the names "y" and "energy" over the top tick labels: more for a projector's larger type. */
    private double marginTop() {
        CanvasLook look = view.look();
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
        Domain d = view.domain() != null ? view.domain() : new Domain(-1, 1, -1, 1);
        double plotHeight = Math.max(1, height - marginTop() - MARGIN_BOTTOM);
        return MARGIN_LEFT + MARGIN_RIGHT + (view.colorbar() ? ColorbarPainter.reservedWidth(view.look()) : 0)
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
        raster.compose(plot, frame, range, view.force());
    }

    /** Paints now (tests and snapshots; the window paints once per pulse through {@link #redraw}). */
    public void paint() {
        dirty = false;
        PlotFrame plot = plot();
        if (plot == null || frame == null || scene == null) {
            paintPlaceholder();
            return;
        }
        if (!plot.equals(raster.composedPlot())) compose();   // resized, zoomed or panned since the frame came
        if (!plot.equals(axesPlot)) paintAxes(plot);
        paintColorbar(plot);
        raster.paint(plot, scene, frame);
        paintLayer(plot);
        overlay.paint(plot, scene, frame, frameCount, view);
    }

    private void paintLayer(PlotFrame plot) {
        Object state = layer == null ? null : layer.state();
        layerCanvas.setVisible(state != null);
        LayerKey key = state == null ? null : new LayerKey(plot, view.look(), state);
        if (key == null || key.equals(layerKey)) {
            layerKey = key;
            return;
        }
        layerKey = key;
        layerCanvas.relocate(plot.left(), plot.top());
        layerCanvas.setWidth(Math.ceil(plot.width()));
        layerCanvas.setHeight(Math.ceil(plot.height()));
        GraphicsContext gc = layerCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, layerCanvas.getWidth(), layerCanvas.getHeight());
        gc.save();
        gc.translate(-plot.left(), -plot.top());
        layer.paint(gc, plot, view.look());
        gc.restore();
    }

    private void paintPlaceholder() {
        axesPlot = null;
        colorbarKey = null;
        plotView.setVisible(false);
        overlay.hide();
        layerCanvas.setVisible(false);
        colorbar.setVisible(false);
        GraphicsContext gc = axes.getGraphicsContext2D();
        gc.setFill(view.look().background());
        gc.fillRect(0, 0, axes.getWidth(), axes.getHeight());
        gc.setFill(Style.MUTED_TEXT);
        gc.setFont(Style.MESSAGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(placeholder, axes.getWidth() / 2, axes.getHeight() / 2);
    }

    private void paintAxes(PlotFrame plot) {
        axesPlot = plot;
        CanvasLook look = view.look();
        GraphicsContext gc = axes.getGraphicsContext2D();
        gc.clearRect(0, 0, axes.getWidth(), axes.getHeight());   // a full clear drops earlier commands
        gc.setFill(look.background());
        gc.fillRect(0, 0, axes.getWidth(), axes.getHeight());
        nameEnd = AxesPainter.paint(gc, plot, look);
        plotView.relocate(plot.left(), plot.top());
        overlay.place(plot);
        // clear of the x axis labels and of the name after them, whatever their width
        barLeft = Math.max(plot.right() + ColorbarPainter.gap(look), Math.ceil(nameEnd) + 12);
        double x = Math.floor(barLeft) - 2;
        colorbar.relocate(x, 0);
        colorbar.setWidth(Math.max(1, axes.getWidth() - x));
        colorbar.setHeight(axes.getHeight());
    }

    /** The colorbar, only when its range, colours or place changed. */
    private void paintColorbar(PlotFrame plot) {
        CanvasLook look = view.look();
        ColorbarKey key = new ColorbarKey(plot, range, view.colormap(), look);
        colorbar.setVisible(view.colorbar());
        if (key.equals(colorbarKey)) return;
        colorbarKey = key;
        GraphicsContext gc = colorbar.getGraphicsContext2D();
        gc.clearRect(0, 0, colorbar.getWidth(), colorbar.getHeight());
        gc.setFill(look.background());
        gc.fillRect(0, 0, colorbar.getWidth(), colorbar.getHeight());
        gc.save();
        gc.translate(-colorbar.getLayoutX(), 0);
        colorbarPainter.paint(gc, plot, barLeft, view.colormap(), range, look);
        gc.restore();
    }
}
