package org.memscape.scene;

/** The visible rectangle of the canvas, in canvas coordinates. */
public record Domain(double xmin, double xmax, double ymin, double ymax) {
    public double width() { return xmax - xmin; }
    public double height() { return ymax - ymin; }
}
