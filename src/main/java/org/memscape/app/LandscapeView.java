package org.memscape.app;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * The landscape canvas: the energy heatmap with aspect ratio 1 and y up, the memories on top,
 * axes, and a colorbar. The heatmap image is painted once per landscape; a resize only redraws.
 */
public final class LandscapeView extends Region {

    static final double MARGIN_LEFT = 78;
    static final double MARGIN_TOP = 44;
    static final double MARGIN_BOTTOM = 44;
    static final double MARGIN_RIGHT = 12;

    private final Canvas canvas = new Canvas();
    private final Colormap colormap;
    private Landscape landscape;
    private WritableImage heatmap;
    private String placeholder = "";

    public LandscapeView(Colormap colormap) {
        this.colormap = colormap;
        getChildren().add(canvas);
        setMinSize(200, 150);
    }

    /** Shows a computed landscape. FX thread only. */
    void show(Landscape newLandscape) {
        landscape = newLandscape;
        heatmap = HeatmapImage.paint(newLandscape.field(), newLandscape.range(), colormap);
        redraw();
    }

    /** Shows a short text instead of a landscape (e.g. while computing). */
    void showPlaceholder(String text) {
        landscape = null;
        heatmap = null;
        placeholder = text;
        redraw();
    }

    /** The heatmap as painted (one pixel per grid cell, top row = largest y), or null. */
    WritableImage heatmap() { return heatmap; }

    Landscape landscape() { return landscape; }

    /** Where the domain is drawn at the current size, or null before a landscape is shown. */
    PlotFrame frame() {
        if (landscape == null) return null;
        double freeWidth = getWidth() - MARGIN_LEFT - MARGIN_RIGHT - ColorbarPainter.RESERVED_WIDTH;
        double freeHeight = getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        return PlotFrame.fit(landscape.scene().domain(), MARGIN_LEFT, MARGIN_TOP, Math.max(1, freeWidth), Math.max(1, freeHeight));
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 900; }

    @Override
    protected double computePrefHeight(double width) { return 600; }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Style.BACKGROUND);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (landscape == null) {
            drawPlaceholder(gc);
            return;
        }
        PlotFrame frame = frame();
        gc.setImageSmoothing(true);
        gc.drawImage(heatmap, frame.left(), frame.top(), frame.width(), frame.height());
        MemoryPainter.paint(gc, frame, landscape.scene().memories());
        AxesPainter.paint(gc, frame);
        ColorbarPainter.paint(gc, frame, colormap, landscape.range());
    }

    private void drawPlaceholder(GraphicsContext gc) {
        gc.setFill(Style.MUTED_TEXT);
        gc.setFont(Style.MESSAGE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(placeholder, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }
}
