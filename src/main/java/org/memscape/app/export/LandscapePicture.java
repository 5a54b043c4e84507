package org.memscape.app.export;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;
import org.memscape.text.NumberText;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.LandscapeView;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.ViewSettings;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.memscape.compute.Frame;
import org.memscape.scene.Scene;

/**
 * An offscreen {@link LandscapeCanvas} (the window's own painter, so an export cannot drift from
 * the screen), optionally under a caption, laid out at the picture's size and snapshotted at its
 * scale: a canvas first rendered at 2× draws its lines and text at 2×, not blown up. FX thread only.
 */
final class LandscapePicture {

    private final LandscapeCanvas canvas;
    private final VBox root = new VBox();
    private final PictureOptions options;
    /** τ and the step of a diffusion run's frame, above the plot's top right corner: a frame read on its own says when it is. */
    private final Text time = new Text();
    private final int lastStep;
    private final boolean fixedTau;
    private Frame shown;

    /** {@code fixedTau}: the landscape is shown at one τ of the user's, not the particles' own. */
    LandscapePicture(Scene scene, ViewSettings settings, PictureOptions options, boolean fixedTau) {
        this.options = options;
        this.lastStep = scene.dynamics().steps();
        this.fixedTau = fixedTau;
        canvas = new LandscapeCanvas(LandscapeView.of(settings.withColorbar(options.colorbar())));
        canvas.setScene(scene);
        canvas.setPixelScale(options.scale());
        canvas.setMinSize(1, 1);
        if (options.caption()) root.getChildren().add(caption(scene, options.width()));
        time.setFont(canvas.view().look().tickFont());
        time.setFill(canvas.view().look().text());
        time.setTextOrigin(javafx.geometry.VPos.BOTTOM);
        time.setManaged(false);
        javafx.scene.layout.Pane plotArea = new javafx.scene.layout.Pane(canvas, time) {
            @Override protected void layoutChildren() {
                canvas.resizeRelocate(0, 0, getWidth(), getHeight());
                PlotFrame plot = canvas.plot();
                if (plot != null) time.relocate(plot.right() - time.getLayoutBounds().getWidth(), plot.top() - 6 - time.getLayoutBounds().getHeight());
            }
        };
        root.getChildren().add(plotArea);
        VBox.setVgrow(plotArea, Priority.ALWAYS);
        root.setBackground(Background.fill(Style.BACKGROUND));
        new javafx.scene.Scene(root, options.width(), options.height());   // CSS and layout need a scene
        root.resize(options.width(), options.height());
        root.applyCss();
        root.layout();
    }

    /**
     * Shows a frame, as the window does on each step (its trails advance); returns the frame
     * shown before, which the canvas no longer reads.
     */
    Frame feed(Frame frame) {
        canvas.show(frame);
        time.setText(timeLabel(frame.tau(), frame.step(), lastStep, fixedTau));
        Frame before = shown;
        shown = frame;
        return before;
    }

    /** Lays down a frame's trails only (see {@link LandscapeCanvas#feedTrails}); the frame is free again on return. */
    void feedTrails(Frame frame) {
        canvas.feedTrails(frame);
    }

    /**
     * "τ = 0.512 · step 120 / 400", or with the landscape at a τ of the user's "landscape at
     * τ = 0.300 · step 120 / 400"; empty for a model without time (its pictures are the window's).
     */
    static String timeLabel(double tau, int step, int lastStep, boolean fixedTau) {
        if (Double.isNaN(tau)) return "";
        return (fixedTau ? "landscape at " : "") + "\u03C4 = " + NumberText.decimals(tau, 3) + " \u00B7 step " + NumberText.count(step) + " / " + NumberText.count(lastStep);
    }

    /** Where the plot (the heatmap's square) lies in the picture, in layout pixels. */
    PlotFrame plot() {
        PlotFrame plot = canvas.plot();
        double top = canvas.localToScene(0, 0).getY();
        return new PlotFrame(plot.domain(), plot.left() + canvas.localToScene(0, 0).getX(), plot.top() + top, plot.scale());
    }

    /** Paints the last frame fed and returns the picture, opaque, at the file's pixel size. */
    BufferedImage snapshot() {
        canvas.paint();
        root.layout();   // the τ label's width follows its text
        int w = options.pixelWidth(), h = options.pixelHeight();
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(options.scale(), options.scale()));
        p.setFill(Style.BACKGROUND);
        p.setViewport(new Rectangle2D(0, 0, w, h));
        WritableImage image = root.snapshot(p, new WritableImage(w, h));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return rgb;
    }

    /**
     * The title in the window's header style, the description under it, wrapped to the width.
     * Its type follows the picture's width (28 px from 1008 wide up, never under 14): at a fixed 28 px a
     * picture of the window's size (680 × 510) gave the caption a third of its height.
     */
    private static VBox caption(Scene scene, double width) {
        double size = Math.max(14, Math.min(28, width / 36));
        Text title = new Text(scene.title());
        title.setFont(Fonts.bold(size));
        title.setFill(Style.TEXT);
        VBox box = new VBox(4, title);
        if (!scene.description().isBlank()) {
            Text description = new Text(scene.description());
            description.setFont(Fonts.regular(Math.round(size * 0.65)));
            description.setFill(Style.MUTED_TEXT);
            description.setWrappingWidth(width - 40);
            box.getChildren().add(description);
        }
        title.setWrappingWidth(width - 40);
        box.setPadding(new Insets(12, 20, 6, 20));
        return box;
    }
}
