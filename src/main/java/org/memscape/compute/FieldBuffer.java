package org.memscape.compute;

/**
 * Energy and force over a grid, in float arrays (a colour needs no more) reused from frame to frame: a buffer grows
 * when a larger grid asks for it and is never shrunk. The force arrays may be absent (null)
 * when only the energy was asked for.
 */
public final class FieldBuffer {

    private Grid grid;
    private float[] energy = new float[0];
    private float[] forceX;
    private float[] forceY;

    /** An energy-only buffer for the grid, to be filled through {@link #energy()} (tests, pictures made by hand). */
    public static FieldBuffer energyOnly(Grid grid) {
        FieldBuffer buffer = new FieldBuffer();
        buffer.prepare(grid, false);
        return buffer;
    }

    /** A buffer with force for the grid, to be filled through {@link #forceX()} and {@link #forceY()} (a learned score's streamlines). */
    public static FieldBuffer withForce(Grid grid) {
        FieldBuffer buffer = new FieldBuffer();
        buffer.prepare(grid, true);
        return buffer;
    }

    /** Makes room for the grid; allocates only when it is larger than anything seen before. */
    void prepare(Grid newGrid, boolean withForce) {
        grid = newGrid;
        int cells = newGrid.cells();
        if (energy.length < cells) energy = new float[cells];
        if (withForce && (forceX == null || forceX.length < cells)) {
            forceX = new float[cells];
            forceY = new float[cells];
        }
    }

    public Grid grid() { return grid; }

    public float[] energy() { return energy; }

    public float[] forceX() { return forceX; }

    public float[] forceY() { return forceY; }
}
