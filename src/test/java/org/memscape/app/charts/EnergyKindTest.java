package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Sampler;
import org.memscape.core.Simulation;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/** The energy chart's meaning (issue 9, point 4): a Lyapunov check only without time; for diffusion the Hopfield energy at β_eff. */
class EnergyKindTest {

    private static Scene scene(String model, String dynamics) throws Exception {
        return SceneReader.parse("{\"memscape\":1,\"memories\":[{\"point\":[2,1.5]},{\"point\":[-2,1.5]},{\"point\":[0,-2]},"
                + "{\"point\":[0,0.3]}],\"model\":" + model + ",\"dynamics\":" + dynamics + ",\"particles\":{\"count\":50}}", "t");
    }

    @Test
    void titlesSayWhatIsPlottedAndAskAboutRisingOnlyWithoutTime() throws Exception {
        EnergyKind hopfield = EnergyKind.of(scene("{\"type\":\"hopfield-distance\"}", "{}"));
        assertEquals("Energy per step (does it ever rise?)", hopfield.title());
        assertEquals("energy", hopfield.axis());
        EnergyKind sde = EnergyKind.of(scene("{\"type\":\"diffusion-vp\"}", "{}"));
        assertEquals("Hopfield energy at β_eff(τ) per step", sde.title());
        assertEquals("β_eff·E", sde.axis());
        EnergyKind ode = EnergyKind.of(scene("{\"type\":\"diffusion-ve\"}", "{\"sampler\":\"probability-flow-ode\"}"));
        assertEquals("Hopfield energy at β_eff(τ) per step", ode.title());
        assertEquals("β_eff·E", ode.axis());
        EnergyKind flow = EnergyKind.of(scene("{\"type\":\"diffusion-vp\"}", "{\"sampler\":\"gradient-flow\"}"));
        assertEquals("Hopfield energy (does it ever rise?)", flow.title());
        assertEquals(EnergyKind.PLAIN, EnergyKind.of(null));
    }

    /**
     * What the chart plots for a diffusion run is −log p minus log N + (D/2) log 2πs²(τ), which is
     * β_eff·E_β_eff(x/a), the distance-similarity Hopfield energy at β_eff (MATH.md §2.1), at every
     * step of a run.
     */
    @Test
    void theDiffusionChartPlotsBetaEffTimesTheHopfieldEnergyAtBetaEff() throws Exception {
        Scene s = scene("{\"type\":\"diffusion-vp\",\"schedule\":{\"type\":\"cosine\"}}", "{\"steps\":40}");
        EnergyKind kind = EnergyKind.of(s);
        DiffusionModel model = (DiffusionModel) SceneSetup.model(s);
        NoiseProcess process = model.process();
        Sampler sampler = SceneSetup.sampler(s, model);
        Simulation run = SceneSetup.simulation(s, model);
        List<Memory> memories = model.memories();
        while (true) {
            int k = run.step();
            double tau = sampler.tau(k);
            double a = process.signal(tau);
            double betaEff = process.betaEff(tau);
            DistanceHopfieldModel hopfield = new DistanceHopfieldModel(memories, betaEff);
            for (int p = 0; p < run.particleCount(); p++) {
                double[] x = run.canvasPosition(p);
                // the last step leaves particles in memory space: their landscape point is a·x
                double[] memorySpace = k == sampler.steps() ? x : new double[] {x[0] / a, x[1] / a};
                double expected = betaEff * hopfield.energy(memorySpace, 0, null);
                double plotted = run.energy(p) - kind.offset(k);
                assertEquals(expected, plotted, 1e-9 * Math.max(1, Math.abs(expected)), "step " + k + " particle " + p);
            }
            if (run.finished()) break;
            run.advance();
        }
    }
}
