package org.memscape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/** Reads the scene a command names; its warnings go to stderr, its errors become a {@link UserError}. */
final class SceneInput {

    /** MATH.md holds energies finite down to a noise scale of 1e-6, not below. */
    static final double MIN_NOISE = 1e-6;

    private SceneInput() {}

    /** Refuses a noise level whose noise scale s(τ) is below {@link #MIN_NOISE}. */
    static void checkNoiseFloor(EnergyModel model, double tau, String what) {
        if (!(model instanceof DiffusionModel diffusion)) return;
        double s = Math.sqrt(diffusion.process().variance(tau));
        if (!(s >= MIN_NOISE)) {
            throw new UserError(what + " " + tau + " leaves a noise scale s = " + s + "; expected a noise level whose s is at least " + MIN_NOISE);
        }
    }

    /**
     * The noise level a command evaluates a diffusion model at: {@code --tau} if given, else the
     * scene's tauMin; refused outside (0, 1] or below the noise floor. NaN for timeless models,
     * with a note when {@code --tau} was given to one.
     */
    static double noiseLevel(EnergyModel model, Scene scene, Double tau, Path file, PrintWriter err) {
        if (!model.timeDependent()) {
            if (tau != null) err.println("memscape: note: --tau ignored: the " + file.getFileName() + " model does not depend on time");
            return Double.NaN;
        }
        double t = tau == null ? scene.dynamics().tauMin() : tau;
        if (!(t > 0 && t <= 1)) throw new UserError("--tau " + tau + ": expected a noise level in (0, 1]");
        checkNoiseFloor(model, t, tau == null ? "dynamics.tauMin" : "--tau");
        return t;
    }

    /** A note when particles will run off to infinity, so that the numbers that follow are not a surprise. */
    static void noteIfUnbounded(EnergyModel model, PrintWriter err) {
        if (model instanceof HopfieldModel hopfield && hopfield.unboundedBelow()) {
            err.println("memscape: note: this model's energy is unbounded below (quadratic features with "
                    + "classical memories whose Hebbian weights have an eigenvalue above 1, a power above 2, or exp): particles run off");
        }
    }

    static Scene read(Path file, PrintWriter err) {
        try {
            SceneReader.Result result = SceneReader.readWithWarnings(file);
            for (String warning : result.warnings()) err.println("memscape: note: " + warning);
            return result.scene();
        } catch (SceneException e) {
            throw new UserError(e.getMessage());
        }
    }
}
