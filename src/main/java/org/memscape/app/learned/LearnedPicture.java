package org.memscape.app.learned;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.EnergyRange;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.PlotLayer;
import org.memscape.app.landscape.RasterTint;
import org.memscape.app.landscape.paint.HeatmapPainter;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Frame;
import org.memscape.compute.Grid;
import org.memscape.compute.Streamlines;
import org.memscape.learn.LearnedLandscape;
import org.memscape.text.NumberText;

/**
 * How the learned model looks on the landscape. Orange is the learned score's colour throughout:
 * its arrows or streamlines, and the particles it moves. The heatmap shows the learned energy in
 * the exact energy's colours and range (so flicking between exact and learned compares the valleys
 * directly, and the colorbar stays right), or the curl on a diverging map (blue turns clockwise,
 * red anticlockwise), or the error map on inferno, each with a small key of its own in the corner.
 */
final class LearnedPicture {

    static final Color LEARNED = Color.web(org.memscape.plot.Palette.ORANGE);
    private static final Color KEY_BACKGROUND = Color.rgb(20, 22, 28, 0.82);
    private static final Colormap CURL_MAP = Colormap.load("coolwarm");
    private static final Colormap ERROR_MAP = Colormap.load("inferno");

    private final LearnedView view;
    private final LandscapeCanvas canvas;
    private LearnedParticles particles;

    LearnedPicture(LearnedView view, LandscapeCanvas canvas) {
        this.view = view;
        this.canvas = canvas;
    }

    /** The learned particles to draw at the frame's step, or null. */
    void setParticles(LearnedParticles shown) {
        particles = shown;
    }

    /** The range the heatmap of the chosen view is coloured over. */
    private EnergyRange range(LearnedView.Heatmap kind, LearnedLandscape l, Frame frame) {
        return switch (kind) {
            case ENERGY -> canvas.shownRange();
            case CURL -> {
                double m = Math.max(1e-12, LearnedView.percentile(l.curl(), 98, true));
                yield new EnergyRange(-m, m);
            }
            case ERROR -> new EnergyRange(0, Math.max(1e-300, LearnedView.percentile(l.error(), 99.5, false)));
        };
    }

    private Colormap colormap(LearnedView.Heatmap kind) {
        return switch (kind) {
            case ENERGY -> canvas.view().colormap();
            case CURL -> CURL_MAP;
            case ERROR -> ERROR_MAP;
        };
    }

    RasterTint tint() {
        return new RasterTint() {
            @Override public void tint(int[] heat, PlotFrame raster, int width, int height) {
                float[] values = view.heatValues();
                Frame frame = canvas.frame();
                if (values == null || frame == null) return;
                LearnedLandscape l = view.landscape();
                FieldBuffer buffer = FieldBuffer.energyOnly(l.grid());
                System.arraycopy(values, 0, buffer.energy(), 0, values.length);
                Color bg = canvas.view().look().background();
                int outside = 0xFF000000 | (int) Math.round(255 * bg.getRed()) << 16 | (int) Math.round(255 * bg.getGreen()) << 8
                        | (int) Math.round(255 * bg.getBlue());
                int[] painted = new HeatmapPainter(colormap(view.heatmap()), outside)
                        .paint(buffer, range(view.heatmap(), l, frame), raster, width, height);
                System.arraycopy(painted, 0, heat, 0, width * height);
            }

            @Override public Object state() {
                if (view.heatValues() == null) return null;
                return Arrays.asList(view.answer(), view.mode(), view.heatmap(), canvas.view().colormap(), canvas.shownRange());
            }
        };
    }

    PlotLayer layer() {
        return new PlotLayer() {
            @Override public void paint(GraphicsContext gc, PlotFrame plot, CanvasLook look) {
                LearnedView.Answer a = view.showing() ? view.answer() : null;
                if (a != null) {
                    gc.save();
                    gc.beginPath();
                    gc.rect(plot.left(), plot.top(), plot.width(), plot.height());
                    gc.clip();
                    if (a.arrows() != null && canvas.view().force() == ForceView.ARROWS) arrows(gc, plot, look, a.arrows());
                    if (a.streamlines() != null && canvas.view().force() == ForceView.STREAMLINES) streamlines(gc, plot, look, a.streamlines());
                    gc.restore();
                }
                Frame frame = canvas.frame();
                if (particles != null && frame != null) particles.paint(gc, plot, look, frame.step());
                if (a != null) key(gc, plot, a.landscape());
            }

            @Override public Object state() {
                Object shown = view.showing() ? Arrays.asList(view.answer(), view.mode(), view.heatmap(), canvas.view().force()) : null;
                Frame frame = canvas.frame();
                Object dots = particles == null || frame == null ? null : particles.state(frame.step());
                return shown == null && dots == null ? null : Arrays.asList(shown, dots);
            }
        };
    }

    /** Unit-length arrows, more opaque where the learned score is stronger (log scale), as the exact ones. */
    private static void arrows(GraphicsContext gc, PlotFrame plot, CanvasLook look, FieldBuffer arrows) {
        Grid g = arrows.grid();
        int n = g.size();
        double maxLog = Double.NEGATIVE_INFINITY, minLog = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n * n; k++) {
            double m = Math.log(Math.hypot(arrows.forceX()[k], arrows.forceY()[k]) + 1e-300);
            maxLog = Math.max(maxLog, m);
            minLog = Math.min(minLog, m);
        }
        double length = 0.36 * (g.xmax() - g.xmin()) / n * plot.scale();
        double head = 0.45 * length;
        gc.setLineWidth(1.6 * look.forceWidth());
        for (int k = 0; k < n * n; k++) {
            double fx = arrows.forceX()[k], fy = arrows.forceY()[k];
            double magnitude = Math.hypot(fx, fy);
            if (!(magnitude > 0) || !Double.isFinite(magnitude)) continue;
            double strength = maxLog > minLog ? (Math.log(magnitude) - minLog) / (maxLog - minLog) : 1;
            gc.setStroke(LEARNED.deriveColor(0, 1, 1, Math.min(1, look.forceOpacity() + 0.5 * strength)));
            double cx = plot.px(g.x(k % n)), cy = plot.py(g.y(k / n));
            double ux = fx / magnitude, uy = -fy / magnitude;
            double tipX = cx + ux * length, tipY = cy + uy * length;
            gc.strokeLine(cx - ux * length, cy - uy * length, tipX, tipY);
            gc.strokeLine(tipX - head * (ux * 0.8 - uy * 0.6), tipY - head * (uy * 0.8 + ux * 0.6), tipX, tipY);
            gc.strokeLine(tipX - head * (ux * 0.8 + uy * 0.6), tipY - head * (uy * 0.8 - ux * 0.6), tipX, tipY);
        }
    }

    private static void streamlines(GraphicsContext gc, PlotFrame plot, CanvasLook look, Streamlines lines) {
        gc.setLineWidth(1.4 * look.forceWidth());
        for (int l = 0; l < lines.lineCount(); l++) {
            gc.setStroke(LEARNED.deriveColor(0, 1, 1, Math.min(1, look.forceOpacity() + 0.1 + 0.5 * lines.strength(l))));
            gc.beginPath();
            gc.moveTo(plot.px(lines.x(lines.start(l))), plot.py(lines.y(lines.start(l))));
            for (int p = lines.start(l) + 1; p < lines.end(l); p++) gc.lineTo(plot.px(lines.x(p)), plot.py(lines.y(p)));
            gc.stroke();
        }
    }

    /** A key in the plot's top left corner: what the heatmap and the orange marks are, and the error. */
    private void key(GraphicsContext gc, PlotFrame plot, LearnedLandscape l) {
        LearnedView.Heatmap kind = view.heatmap();
        boolean ownHeat = view.heatValues() != null;
        String title = !ownHeat ? "orange: the learned score"
                : switch (kind) {
                    case ENERGY -> "learned energy: the potential nearest the learned score";
                    case CURL -> "curl of the learned score: what no potential explains";
                    case ERROR -> "error |s_learned \u2212 s_exact|\u00b2 weighted by p(x, \u03c4)";
                };
        String detail = "error " + LearnPanel.percent(l.relativeError(), 1) + " of the score, p-weighted; " + LearnPanel.percent(l.unexplained(), 1)
                + " rotates";
        Font font = org.memscape.app.ui.Fonts.regular(14);
        double x = plot.left() + 8, y = plot.top() + 8;
        boolean bar = ownHeat && kind != LearnedView.Heatmap.ENERGY;
        double w = Math.min(plot.width() - 16, 430), h = bar ? 74 : 48;
        gc.setFill(KEY_BACKGROUND);
        gc.fillRoundRect(x, y, w, h, 8, 8);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(ownHeat ? Color.WHITE : LEARNED);
        gc.fillText(title, x + 8, y + 6, w - 16);
        gc.setFill(Color.gray(0.85));
        gc.fillText(detail, x + 8, y + 26, w - 16);
        if (bar) {
            Colormap map = colormap(kind);
            double bx = x + 70, bw = w - 140, by = y + 50;
            for (int i = 0; i < bw; i++) {
                gc.setFill(map.color(i / (bw - 1)));
                gc.fillRect(bx + i, by, 1.5, 14);
            }
            EnergyRange r = range(kind, l, canvas.frame());
            gc.setFill(Color.gray(0.9));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(number(r.low()), bx - 6, by - 1);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(number(r.high()), bx + bw + 6, by - 1);
        }
    }

    private static String number(double v) {
        return NumberText.significant(v, 2);
    }
}
