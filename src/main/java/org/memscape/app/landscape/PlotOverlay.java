package org.memscape.app.landscape;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.memscape.app.landscape.paint.Contours;
import org.memscape.app.landscape.paint.MemoryPainter;
import org.memscape.app.ui.Style;
import org.memscape.compute.Frame;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * The layer above the plot for contours, the selected memories, the selected particle (with the
 * memories' numbers, which the weights chart names them by) and a box selection's rubber band.
 * Hidden, and so free, when it has nothing to show; repainted only when what it shows changed: a
 * playing run brings a frame a pulse, and the software renderer redraws a repainted layer whole.
 */
final class PlotOverlay {

    private static final Color SELECTED = Color.web("#ff6e4a");

    /**
     * What the layer shows. The contours and the particle's ring follow the frame (counted by
     * {@code frame}, −1 when not shown); the rest only the scene and the view.
     */
    private record Key(PlotFrame plot, CanvasLook look, List<MemorySpec> memories, Set<Integer> selected,
                       LandscapeView.Band band, long particleFrame, long contourFrame, EnergyRange contourRange) {}

    private final Canvas canvas;
    private Key shown;

    PlotOverlay(Canvas canvas) {
        this.canvas = canvas;
    }

    /** Places the layer over the plot. */
    void place(PlotFrame plot) {
        canvas.relocate(plot.left(), plot.top());
        canvas.setWidth(Math.ceil(plot.width()));
        canvas.setHeight(Math.ceil(plot.height()));
    }

    void hide() {
        canvas.setVisible(false);
    }

    /** @param frameCount frames shown so far, which tells one frame from the next */
    void paint(PlotFrame plot, Scene scene, Frame frame, long frameCount, LandscapeView view) {
        int selectedParticle = view.selectedParticle();
        boolean particle = selectedParticle >= 0 && selectedParticle < frame.particleCount();
        boolean contours = view.contours();
        Set<Integer> selected = view.selectedMemories();
        LandscapeView.Band band = view.band();
        CanvasLook look = view.look();
        boolean used = contours || !selected.isEmpty() || band != null || particle;
        canvas.setVisible(used);
        Key key = used ? new Key(plot, look, scene.memories(), selected, band, particle ? frameCount : -1,
                contours ? frameCount : -1, contours ? view.lockedRange() : null) : null;
        if (key == null || key.equals(shown)) {
            shown = key;
            return;
        }
        shown = key;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.save();
        gc.translate(-plot.left(), -plot.top());   // the painters draw in the landscape's coordinates
        if (contours) {
            // light lines on a dark halo: they read on the dark valleys and on a light colour band alike
            Contours.trace(gc, plot, frame.heatmap(), contourLevels(frame, view.lockedRange()));
            gc.setStroke(Color.gray(0, 0.5));
            gc.setLineWidth(1.4 * look.frameWidth() + 2);
            gc.stroke();
            gc.setStroke(Color.gray(1, 0.6));
            gc.setLineWidth(1.4 * look.frameWidth());
            gc.stroke();
        }
        for (int m : selected) {
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
            gc.strokeRect(Math.min(band.x0(), band.x1()), Math.min(band.y0(), band.y1()),
                    Math.abs(band.x1() - band.x0()), Math.abs(band.y1() - band.y0()));
            gc.setLineDashes();
        }
        gc.restore();
    }

    /** The frame's levels, or evenly spaced ones inside a locked range. */
    private static float[] contourLevels(Frame frame, EnergyRange locked) {
        if (locked == null) return frame.contourLevels();
        float[] levels = new float[frame.contourLevels().length];
        for (int k = 0; k < levels.length; k++) levels[k] = (float) locked.at((k + 0.5) / levels.length);
        return levels;
    }
}
