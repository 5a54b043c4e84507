package org.memscape.cli;

import java.nio.file.Path;
import org.memscape.text.NumberText;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.NoiseProcess;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/**
 * Reads the scene a command names; its warnings become {@link Notes}, its errors a {@link UserError}.
 * Also the checks that need the model built: the noise floor, and notes about settings whose
 * numbers would be nonsense without a word (an unbounded landscape, an unstable step, a run that
 * ends still blurred).
 */
final class SceneInput {

    /** MATH.md holds energies finite down to a noise scale of 1e-6, not below. */
    static final double MIN_NOISE = 1e-6;
    /** Euler on gradient flow is stable where the energy's curvature h satisfies step·h < 2; at a retrieved memory h = 1. */
    static final double STABLE_STEP = 2;
    /** At tauMin the noise blurs the landscape over s/a; wider than this part of the domain, nothing is retrieved. */
    static final double MAX_END_BLUR = 0.1;

    private SceneInput() {}

    /** A problem with the scene's content found after reading it: the message names the file, as the reader's do. */
    static UserError sceneError(Path file, String message) {
        return new UserError(file + ": " + message);
    }

    /**
     * Refuses a noise level whose noise scale s(τ) is below {@link #MIN_NOISE}. {@code file} is
     * the scene when the level comes from it (dynamics.tauMin), null when it is an option (--tau).
     */
    static void checkNoiseFloor(EnergyModel model, double tau, String what, Path file) {
        if (!(model instanceof DiffusionModel diffusion)) return;
        double s = Math.sqrt(Math.max(0, diffusion.process().variance(tau)));
        if (!(s >= MIN_NOISE)) {
            String message = what + " " + tau + " leaves a noise scale s = " + show(s) + "; expected a noise level whose s is at least " + MIN_NOISE;
            throw file == null ? new UserError(message) : sceneError(file, message);
        }
    }

    /**
     * The noise level a command evaluates a diffusion model at: {@code --tau} if given, else the
     * scene's tauMin; refused outside (0, 1] or below the noise floor. NaN for timeless models,
     * with a note when {@code --tau} was given to one.
     */
    static double noiseLevel(EnergyModel model, Scene scene, Double tau, Path file, Notes notes) {
        if (!model.timeDependent()) {
            if (tau != null) notes.add("--tau ignored: the " + file.getFileName() + " model does not depend on time");
            return Double.NaN;
        }
        double t = tau == null ? scene.dynamics().tauMin() : tau;
        if (!(t > 0 && t <= 1)) throw new UserError("--tau " + tau + ": expected a noise level in (0, 1]");
        checkNoiseFloor(model, t, tau == null ? "dynamics.tauMin" : "--tau", tau == null ? file : null);
        return t;
    }

    /** A note when particles will run off to infinity, so that the numbers that follow are not a surprise. */
    static void noteIfUnbounded(EnergyModel model, Notes notes) {
        if (model instanceof HopfieldModel hopfield && hopfield.unboundedBelow()) {
            notes.add("this model's energy is unbounded below (quadratic features with "
                    + "classical memories whose Hebbian weights have an eigenvalue above 1, a power above 2, or exp): particles run off");
        }
    }

    /**
     * Notes for dynamics that cannot do what they are for, though every number is allowed: a
     * gradient-flow or Langevin step above 2 overshoots every memory of a distance or diffusion
     * landscape (its curvature there is 1, the step counted in units of the noise variance for
     * diffusion), and a diffusion run whose noise at tauMin still blurs the landscape over much of
     * the domain ends before anything is retrieved.
     */
    static void noteIfUnfit(Scene scene, EnergyModel model, Notes notes) {
        DynamicsSpec d = scene.dynamics();
        boolean distance = model instanceof DistanceHopfieldModel || model instanceof DiffusionModel;
        boolean euler = d.sampler() == DynamicsSpec.Sampler.GRADIENT_FLOW || d.sampler() == DynamicsSpec.Sampler.LANGEVIN;
        if (distance && euler && d.step() > STABLE_STEP) {
            notes.add("dynamics.step " + show(d.step()) + " is above " + show(STABLE_STEP) + ": each step overshoots a memory by more than"
                    + " it started away from it (the landscape's curvature there is 1), so particles swing out instead of settling");
        }
        if (model instanceof DiffusionModel diffusion) {
            NoiseProcess process = diffusion.process();
            double blur = Math.sqrt(process.variance(d.tauMin())) / process.signal(d.tauMin());
            double side = Math.min(scene.domain().width(), scene.domain().height());
            if (blur > MAX_END_BLUR * side) {
                notes.add("at dynamics.tauMin " + show(d.tauMin()) + " the noise still blurs the landscape over s/a = " + show(blur)
                        + " (" + Math.round(100 * blur / side) + "% of the domain's shorter side): the run ends before the particles"
                        + " reach the memories; expected a smaller tauMin or a schedule that removes the noise by then");
            }
        }
    }

    /** Reads the scene; unknown fields become notes. */
    static Scene read(Path file, Notes notes) {
        if (file.toString().isEmpty()) throw new UserError("--scene \"\": an empty file name; expected the name of a scene file");
        try {
            SceneReader.Result result = SceneReader.readWithWarnings(file);
            for (String warning : result.warnings()) notes.add(warning);
            return result.scene();
        } catch (SceneException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** A number in a message: three significant digits, and never "-0.0". */
    static String show(double v) {
        return NumberText.typable(v, 3);
    }
}
