package org.memscape.app;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A particle drawn once, antialiased, to be blitted at every particle's place. */
final class ParticleSprite {

    private ParticleSprite() {}

    static WritableImage make(double radius, Color fill, Color edge) {
        int size = (int) Math.ceil(2 * radius + 3);
        Canvas canvas = new Canvas(size, size);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double c = size / 2.0;
        gc.setFill(fill);
        gc.fillOval(c - radius, c - radius, 2 * radius, 2 * radius);
        gc.setStroke(edge);
        gc.setLineWidth(1);
        gc.strokeOval(c - radius, c - radius, 2 * radius, 2 * radius);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }
}
