package org.memscape.compute;

/**
 * A square G×G grid of cell centres over a rectangle, x_i = xmin + (i + ½)(xmax − xmin)/G
 * (likewise y); values are stored at index j·G + i, rows of constant y from the bottom up.
 */
public record Grid(double xmin, double xmax, double ymin, double ymax, int size) {

    public Grid {
        if (!(xmax > xmin) || !(ymax > ymin)) throw new IllegalArgumentException("empty grid rectangle");
        if (size < 1) throw new IllegalArgumentException("grid size must be at least 1");
    }

    public double x(int i) { return xmin + (i + 0.5) * (xmax - xmin) / size; }

    public double y(int j) { return ymin + (j + 0.5) * (ymax - ymin) / size; }

    public int cells() { return size * size; }

    public Grid withSize(int newSize) { return new Grid(xmin, xmax, ymin, ymax, newSize); }
}
