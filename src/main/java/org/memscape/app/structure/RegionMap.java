package org.memscape.app.structure;

import java.util.List;
import org.memscape.compute.Grid;
import org.memscape.structure.CriticalPoint;

/**
 * A partition of the view into regions, cell by cell (index j·G + i, as {@link Grid}): what the
 * basins and responsibilities views colour. {@code label} is a memory's index, {@link #spurious}
 * of the k-th spurious minimum, or {@link #NONE} (a descent that ended at no known minimum, a
 * mixture); {@code strength} in [0, 1] how clearly the cell belongs (1 for basins). No JavaFX.
 *
 * @param kind      which view made it
 * @param spurious  the spurious minima the labels below −1 name, in order
 */
public record RegionMap(Kind kind, Grid grid, int[] label, float[] strength, List<CriticalPoint> spurious) {

    public enum Kind {
        BASINS("Basins of attraction (descent on the shown landscape)"),
        SAMPLER_BASINS("The sampler's basins (probability-flow ODE to τ min)"),
        RESPONSIBILITIES("Responsibilities (the dominant memory's softmax weight)");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public static final int NONE = -1;

    public RegionMap {
        spurious = List.copyOf(spurious);
    }

    /** The label of the k-th spurious minimum (k from 0): −2, −3, … */
    public static int spurious(int k) {
        return -2 - k;
    }

    /** Which spurious minimum a label names (from 0), or −1 for a memory or {@link #NONE}. */
    public static int spuriousIndex(int label) {
        return label <= -2 ? -2 - label : -1;
    }

    /** The number of cells with this label. */
    public int cells(int of) {
        int n = 0;
        for (int l : label) if (l == of) n++;
        return n;
    }
}
