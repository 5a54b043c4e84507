package org.memscape.learn;

import java.util.Objects;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;

/**
 * A network with what it was made from, as a network file holds it: the scene it was trained on
 * (whose model is the noise process), how it was trained, the loss of its last steps and the
 * program version that trained it.
 *
 * @param finalLoss the mean loss of the last 100 steps (of all of them when fewer), NaN untrained
 */
public record TrainedNetwork(Network network, Scene scene, TrainingSettings settings, long seed, double finalLoss,
                             String programVersion) {

    public TrainedNetwork {
        Objects.requireNonNull(network);
        Objects.requireNonNull(scene);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(programVersion);
    }

    /** The network's score as a model the core's samplers can run. */
    public LearnedScore model() { return new LearnedScore(network, scene.memories().size()); }

    /**
     * Why this network cannot stand for {@code other}'s score, or null when it can: the other
     * scene must be a diffusion model of the same kind and schedule, in the network's dimension.
     */
    public String mismatch(Scene other) {
        if (network.architecture().dim() != 2) {
            return "the network takes " + network.architecture().dim() + "-D points; the scene's are 2-D";
        }
        ModelSpec own = scene.model(), theirs = other.model();
        if (!theirs.isDiffusion()) {
            return "the scene's model is " + kind(theirs) + "; the network learned the score of a " + kind(own)
                    + " model: expected a scene with that model";
        }
        if (!own.equals(theirs)) {
            return "the network learned the score of " + describe(own) + "; the scene's model is " + describe(theirs)
                    + ": expected the same model and schedule";
        }
        return null;
    }

    /** True when the scene's memories are those the network was trained on. */
    public boolean trainedOn(Scene other) {
        return other.memories().equals(scene.memories());
    }

    static String kind(ModelSpec spec) {
        if (spec instanceof ModelSpec.DiffusionVp) return "diffusion-vp";
        if (spec instanceof ModelSpec.DiffusionVe) return "diffusion-ve";
        if (spec instanceof ModelSpec.HopfieldDistance) return "hopfield-distance";
        return "hopfield";
    }

    static String describe(ModelSpec spec) {
        if (spec instanceof ModelSpec.DiffusionVp vp) {
            if (vp.schedule() instanceof ModelSpec.ScheduleSpec.Linear l) {
                return "diffusion-vp with a linear schedule (betaMin " + l.betaMin() + ", betaMax " + l.betaMax() + ")";
            }
            if (vp.schedule() instanceof ModelSpec.ScheduleSpec.Constant c) {
                return "diffusion-vp with a constant schedule (gamma " + c.gamma() + ", theta " + c.theta() + ")";
            }
            return "diffusion-vp with a cosine schedule";
        }
        if (spec instanceof ModelSpec.DiffusionVe ve) return "diffusion-ve (sigmaMin " + ve.sigmaMin() + ", sigmaMax " + ve.sigmaMax() + ")";
        return kind(spec);
    }
}
