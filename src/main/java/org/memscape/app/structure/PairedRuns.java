package org.memscape.app.structure;

import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Placeholder: the paired runs come next. */
public final class PairedRuns {
    private final VBox panel = new VBox();

    Region panel() { return panel; }
}
