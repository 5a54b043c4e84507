package org.memscape.structure;

import org.memscape.compute.Grid;

/**
 * Where the descent from each cell centre of a grid ends (index j·G + i, as {@link Grid}), and
 * the memory it retrieves there (−1: a mixture, or no memory). {@code unconverged} counts the
 * cells whose descent had not arrived after its step limit (their ends are where it stopped);
 * an end is NaN where the descent ran off to infinity.
 */
public record BasinMap(Grid grid, double[] endX, double[] endY, int[] memory, FixedPoints fixedPoints, int unconverged) {

    /** The number of cells whose descent ended at no memory. */
    public int mixtureCells() {
        int count = 0;
        for (int m : memory) if (m < 0) count++;
        return count;
    }
}
