package org.memscape.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Paths;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Cancellation;
import org.memscape.scene.Domain;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;

/** Sweeps over β: the survey's two memories at ±(1.5, 1.5) share one valley until β·4.5 = 1. */
class BifurcationSweepTest {

    @Test
    void theSurveysTwoMemoriesSplitAtBetaTwoNinths() throws Exception {
        Scene scene = SceneReader.read(Paths.get("presets", "survey-figure-1.json"));
        assertEquals(BifurcationSweep.Parameter.BETA, BifurcationSweep.parameterOf(scene.model()));
        double[] betas = BifurcationSweep.geometric(0.05, 2, 12);
        List<BifurcationSweep.Slice> slices = BifurcationSweep.of(scene, betas, Cancellation.NEVER);
        assertEquals(betas.length, slices.size());
        for (BifurcationSweep.Slice slice : slices) {
            long minima = slice.fixedPoints().count(CriticalPoint.Kind.MINIMUM);
            assertEquals(slice.value() * 4.5 < 1 ? 1 : 2, minima, slice.toString());
            assertEquals(slice.value(), slice.betaEff());
        }
    }

    @Test
    void modelsWithoutBetaOrTauCannotBeSwept() {
        assertNull(BifurcationSweep.parameterOf(new ModelSpec.Hopfield(ModelSpec.Features.QUADRATIC, ModelSpec.MemoryFunction.CLASSICAL, 1, 2)));
        assertEquals(BifurcationSweep.Parameter.BETA,
                BifurcationSweep.parameterOf(new ModelSpec.Hopfield(ModelSpec.Features.TANH, ModelSpec.MemoryFunction.LSE, 1, 2)));
        FixedPoints none = new FixedPoints(new Domain(0, 1, 0, 1), List.of(), 0, OptionalInt.empty(), false);
        assertThrows(IllegalArgumentException.class, () -> BifurcationSweep.split(beta -> none, 1, 2, 0.1), "no change of count to find");
    }
}
