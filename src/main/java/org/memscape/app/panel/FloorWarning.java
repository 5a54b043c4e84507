package org.memscape.app.panel;

import java.util.Optional;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/** The model panel's warning about a Hopfield energy without a floor, in plain words. No JavaFX here. */
final class FloorWarning {

    private FloorWarning() {}

    /**
     * A warning when the energy has no floor (MATH.md §1: classical memories with Hebbian
     * weights above 1, powers above 2, the exponential), so particles run off; empty otherwise.
     */
    static Optional<String> of(Scene s) {
        if (!(s.model() instanceof ModelSpec.Hopfield spec)) {
            return Optional.empty();
        }
        EnergyModel model;
        try {
            model = SceneSetup.model(s);
        } catch (RuntimeException e) {
            return Optional.empty(); // not this panel's message to give
        }
        if (!(model instanceof HopfieldModel h) || !h.unboundedBelow()) {
            return Optional.empty();
        }
        String why;
        String fix;
        if (spec.memory() == MemoryFunction.EXP) {
            why = "the exponential memory outgrows the \u00bd|x|\u00b2 that holds particles in";
            fix = "Tanh features or the log-sum-exp memory give it a floor.";
        } else if (spec.memory() != MemoryFunction.CLASSICAL && spec.power() > 2) {
            why = "a power p = " + Shown.sig(spec.power(), 3) + ", above 2, outgrows the \u00bd|x|\u00b2 that holds"
                    + " particles in";
            fix = "Tanh features, p = 2 or the log-sum-exp memory give it a floor.";
        } else {
            why = "the Hebbian weights W = Y\u1d40Y have an eigenvalue of " + Shown.sig(h.largestHebbianEigenvalue(), 3)
                    + ", above 1";
            fix = "Memories closer to the centre, tanh features or the log-sum-exp memory give it a floor.";
        }
        return Optional.of("This energy has no floor: particles will run off to infinity (" + why + "). " + fix);
    }
}
