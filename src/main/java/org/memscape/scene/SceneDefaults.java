package org.memscape.scene;

import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.ParticleSpec.Init;

/**
 * What a scene file gets for a field it leaves out (README, "Scene files"), in one place: the
 * reader fills omitted fields from here, and the window's model panel takes a new model, schedule
 * or sampler from here too, so a model chosen in the window is the one a file naming only its
 * type would give. Several defaults depend on the model: diffusion models sample with the
 * reverse SDE from their own noise, the others roll downhill from an even spread; tanh features
 * show the box (-1, 1)².
 */
public final class SceneDefaults {

    public static final String TITLE = "Untitled";
    public static final String DESCRIPTION = "";

    // ---- model ----
    public static final double BETA = 4;
    public static final Features FEATURES = Features.QUADRATIC;
    public static final MemoryFunction MEMORY = MemoryFunction.LSE;
    public static final double POWER = 3;
    /** The "power" memory needs an even power (an odd one is unbounded below), so its default differs. */
    public static final double EVEN_POWER = 4;
    public static final ModelSpec MODEL = new ModelSpec.HopfieldDistance(BETA);
    public static final ScheduleSpec.Linear LINEAR_SCHEDULE = new ScheduleSpec.Linear(0.1, 20);
    public static final ScheduleSpec.Constant CONSTANT_SCHEDULE = new ScheduleSpec.Constant(0.8, 0.01);
    public static final ScheduleSpec SCHEDULE = LINEAR_SCHEDULE;
    public static final double SIGMA_MIN = 0.01;
    public static final double SIGMA_MAX = 3;

    // ---- domain ----
    public static final Domain DOMAIN = new Domain(-3, 3, -3, 3);
    /** tanh activations live in (-1, 1)², so that box is the whole picture. */
    public static final Domain TANH_DOMAIN = new Domain(-1, 1, -1, 1);

    // ---- dynamics ----
    public static final double STEP = 0.05;
    public static final int STEPS = 200;
    public static final double TEMPERATURE = 0.05;
    public static final Integrator INTEGRATOR = Integrator.EULER;
    public static final double TAU_MAX = 1;
    public static final double TAU_MIN = 0.001;

    // ---- particles ----
    public static final int COUNT = 100;
    public static final long SEED = 0;

    private SceneDefaults() {}

    /** The power a Hopfield model with this memory function gets when the file names none. */
    public static double power(MemoryFunction memory) {
        return memory == MemoryFunction.POWER ? EVEN_POWER : POWER;
    }

    /** The dot-product Hopfield model of a file that names only its type (and perhaps β). */
    public static ModelSpec.Hopfield hopfield(double beta) {
        return new ModelSpec.Hopfield(FEATURES, MEMORY, beta, power(MEMORY));
    }

    /** The variance-preserving diffusion model of a file that names only its type. */
    public static ModelSpec.DiffusionVp diffusionVp() {
        return new ModelSpec.DiffusionVp(SCHEDULE);
    }

    /** The variance-exploding diffusion model of a file that names only its type. */
    public static ModelSpec.DiffusionVe diffusionVe() {
        return new ModelSpec.DiffusionVe(SIGMA_MIN, SIGMA_MAX);
    }

    /** The canvas of a file without a domain: tanh features show their whole box (-1, 1)². */
    public static Domain domain(ModelSpec model) {
        return ModelRules.hasTanhFeatures(model) ? TANH_DOMAIN : DOMAIN;
    }

    /** Diffusion models default to generating from noise; the others to rolling downhill. */
    public static Sampler sampler(ModelSpec model) {
        return model.isDiffusion() ? Sampler.REVERSE_SDE : Sampler.GRADIENT_FLOW;
    }

    /** The dynamics of a file without them. */
    public static DynamicsSpec dynamics(ModelSpec model) {
        return new DynamicsSpec(sampler(model), STEP, STEPS, TEMPERATURE, INTEGRATOR, TAU_MAX, TAU_MIN);
    }

    /** Diffusion models start from their own noise distribution; the others fill the canvas evenly. */
    public static Init init(ModelSpec model) {
        return model.isDiffusion() ? new Init.Prior() : new Init.Uniform();
    }

    /** The particles of a file without them. */
    public static ParticleSpec particles(ModelSpec model) {
        return new ParticleSpec(COUNT, SEED, init(model));
    }
}
