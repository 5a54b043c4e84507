package org.memscape.app;

import org.memscape.core.EnergyModel;
import org.memscape.core.GridField;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/** A scene with its energy evaluated on the grid and the colour range chosen; no JavaFX. */
record Landscape(Scene scene, GridField field, EnergyRange range) {

    static final int GRID = 256;

    /** The slow part: evaluate the scene's energy over its domain. Call off the FX thread. */
    static Landscape compute(Scene scene, int grid) {
        EnergyModel model = SceneSetup.model(scene);
        double tau = model.timeDependent() ? scene.dynamics().tauMin() : Double.NaN;
        var d = scene.domain();
        GridField field = GridField.evaluate(model, d.xmin(), d.xmax(), d.ymin(), d.ymax(), grid, tau);
        return new Landscape(scene, field, EnergyRange.of(field.energy()));
    }
}
