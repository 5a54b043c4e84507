package org.memscape.app;

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
    private Frame shown;

    LandscapePicture(Scene scene, ViewSettings settings, PictureOptions options) {
        this.options = options;
        canvas = new LandscapeCanvas(settings.colormap());
        canvas.setScene(scene);
        canvas.setViewSettings(settings.withColorbar(options.colorbar()));
        canvas.setPixelScale(options.scale());
        canvas.setMinSize(1, 1);
        if (options.caption()) root.getChildren().add(caption(scene, options.width()));
        root.getChildren().add(canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
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
        Frame before = shown;
        shown = frame;
        return before;
    }

    /** Lays down a frame's trails only (see {@link LandscapeCanvas#feedTrails}); the frame is free again on return. */
    void feedTrails(Frame frame) {
        canvas.feedTrails(frame);
    }

    /** Paints the last frame fed and returns the picture, opaque, at the file's pixel size. */
    BufferedImage snapshot() {
        canvas.paint();
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

    /** The title in the window's header style, the description under it, wrapped to the width. */
    private static VBox caption(Scene scene, double width) {
        Text title = new Text(scene.title());
        title.setFont(Font.font(null, FontWeight.BOLD, 28));
        title.setFill(Style.TEXT);
        VBox box = new VBox(4, title);
        if (!scene.description().isBlank()) {
            Text description = new Text(scene.description());
            description.setFont(Font.font(18));
            description.setFill(Style.MUTED_TEXT);
            description.setWrappingWidth(width - 40);
            box.getChildren().add(description);
        }
        title.setWrappingWidth(width - 40);
        box.setPadding(new Insets(12, 20, 6, 20));
        return box;
    }
}
