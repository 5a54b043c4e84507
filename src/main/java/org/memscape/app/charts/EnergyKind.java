package org.memscape.app.charts;

import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Sampler;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * What the energy chart shows for a scene, and under which title. For models without time, the
 * energy, a Lyapunov function of their samplers ("does it ever rise?"). For diffusion, the Hopfield
 * energy at β_eff, β_eff·E_β_eff(x/a) = −log p(x, τ) − log N − (D/2) log 2πs²(τ) (MATH.md §2.1),
 * the energy the lesson is about: −log p itself carries log 2πs²(τ), which falls as τ does whatever
 * the particles do. Along a diffusion run the landscape changes, so only a diffusion model's
 * samplers without time (at τ = tauMin) are asked whether it rises. No JavaFX, no JFreeChart.
 */
record EnergyKind(String title, String axis, DiffusionModel diffusion, Sampler sampler) {

    static final String ENERGY_TITLE = "Energy per step (does it ever rise?)";
    static final String HOPFIELD_TITLE = "Hopfield energy at β_eff(τ) per step";
    /** Short enough for the side panel; the axis says at which β. */
    static final String HOPFIELD_FIXED_TITLE = "Hopfield energy (does it ever rise?)";
    static final String ENERGY_AXIS = "energy";
    /** β_eff·E_β_eff(x/a), short: the rotated label must fit a small chart's height. */
    static final String HOPFIELD_AXIS = "β_eff·E";

    static final EnergyKind PLAIN = new EnergyKind(ENERGY_TITLE, ENERGY_AXIS, null, null);

    /** The kind for a scene; plain energy for none, or for a scene whose model cannot be built. */
    static EnergyKind of(Scene scene) {
        if (scene == null) return PLAIN;
        try {
            EnergyModel model = SceneSetup.model(scene);
            if (!(model instanceof DiffusionModel d)) return PLAIN;
            Sampler sampler = SceneSetup.sampler(scene, d);
            boolean timeless = !(sampler instanceof Sampler.ReverseSde || sampler instanceof Sampler.ProbabilityFlow);
            return new EnergyKind(timeless ? HOPFIELD_FIXED_TITLE : HOPFIELD_TITLE, HOPFIELD_AXIS, d, sampler);
        } catch (RuntimeException e) {
            return PLAIN;   // the schedule chart says why
        }
    }

    /** What is subtracted from the particles' energies at a step: the normalization of −log p, or 0. */
    double offset(int step) {
        return diffusion == null ? 0 : diffusion.logNormalization(sampler.tau(step));
    }
}
