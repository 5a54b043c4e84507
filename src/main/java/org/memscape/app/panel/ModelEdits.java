package org.memscape.app.panel;

import java.util.List;
import java.util.Optional;
import org.memscape.scene.Domain;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.ParticleSpec.Init;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneLimits;
import org.memscape.scene.SceneDefaults;

/**
 * The edits the model panel makes, as plain functions from scene to scene, and the checks
 * that keep them inside what the scene reader accepts. No JavaFX here, so they are tested
 * directly. Each edit changes only what it names (and what must follow from it), reading
 * everything else from the scene it is given; one that does not apply to that scene's model
 * returns the scene unchanged.
 */
final class ModelEdits {

    enum ScheduleKind { LINEAR, COSINE, CONSTANT }

    enum InitKind { UNIFORM, GAUSSIAN, PRIOR, POINTS }

    private ModelEdits() {}

    // ---- model type ----

    /** Why the scene cannot take this model type, in plain words; empty when it can. */
    static Optional<String> refuseType(Scene s, ModelType type) {
        if (type == ModelType.DOT) {
            for (MemorySpec m : s.memories()) {
                if (!(m instanceof MemorySpec.Point)) {
                    return Optional.of("The dot-product Hopfield model takes point memories only: this scene has "
                            + withArticle(m.kind()) + ". Choose the modern Hopfield or a diffusion model.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The scene with a new model of the given type, its parameters at the scene format's defaults
     * ({@link SceneDefaults}; β carried over between the two Hopfield models, where it means the
     * same). Crossing between Hopfield and diffusion also resets the sampler to the new family's
     * default (reverse SDE, gradient flow), and the starting positions if they were the old
     * family's default, so that the result is a scene the reader accepts and one edit undoes it all.
     */
    static Scene switchType(Scene s, ModelType type) {
        ModelSpec old = s.model();
        if (ModelType.of(old) == type) {
            return s;
        }
        double beta = beta(old).orElse(SceneDefaults.BETA);
        ModelSpec model = switch (type) {
            case DISTANCE -> new ModelSpec.HopfieldDistance(beta);
            case DOT -> SceneDefaults.hopfield(beta);
            case VP -> SceneDefaults.diffusionVp();
            case VE -> SceneDefaults.diffusionVe();
        };
        Scene out = s.withModel(model);
        DynamicsSpec d = s.dynamics();
        if (old.isDiffusion() != model.isDiffusion()) {
            out = out.withDynamics(dynamics(d, SceneDefaults.sampler(model), d.step(), d.steps(), d.temperature(),
                    d.integrator(), d.tauMax(), d.tauMin()));
            ParticleSpec p = s.particles();
            if (initKind(p.init()) == initKind(SceneDefaults.init(old))) {
                out = out.withParticles(new ParticleSpec(p.count(), p.seed(), SceneDefaults.init(model)));
            }
        } else if (d.sampler().needsDiffusion() && !model.isDiffusion()) {
            out = out.withDynamics(dynamics(d, Sampler.GRADIENT_FLOW, d.step(), d.steps(), d.temperature(),
                    d.integrator(), d.tauMax(), d.tauMin()));
        }
        return out;
    }

    static Optional<Double> beta(ModelSpec model) {
        if (model instanceof ModelSpec.Hopfield h) {
            return Optional.of(h.beta());
        } else if (model instanceof ModelSpec.HopfieldDistance d) {
            return Optional.of(d.beta());
        }
        return Optional.empty();
    }

    // ---- Hopfield parameters ----

    /** Why the scene cannot take tanh features, in plain words; empty when it can. */
    static Optional<String> refuseTanh(Scene s) {
        for (MemorySpec m : s.memories()) {
            if (m instanceof MemorySpec.Point p && !insideTanhBox(p)) {
                return Optional.of("Tanh features keep every state inside the square (\u22121, 1)\u00b2, but the memory at "
                        + point(p) + " lies outside it. Move the memories inside that square first.");
            }
        }
        if (s.particles().init() instanceof Init.Points pts) {
            for (MemorySpec.Point p : pts.points()) {
                if (!insideTanhBox(p)) {
                    return Optional.of("Tanh features keep every state inside the square (\u22121, 1)\u00b2, but a particle"
                            + " starts at " + point(p) + ", outside it. Choose other starting positions first.");
                }
            }
        }
        return Optional.empty();
    }

    /** Tanh features also shrink the canvas to the part of it inside (-1, 1)², where their energy lives. */
    static Scene withFeatures(Scene s, Features features) {
        if (!(s.model() instanceof ModelSpec.Hopfield h) || h.features() == features) {
            return s;
        }
        Scene out = s.withModel(new ModelSpec.Hopfield(features, h.memory(), h.beta(), h.power()));
        if (features == Features.TANH) {
            out = new Scene(out.title(), out.description(), tanhDomain(s.domain()), out.memories(), out.model(),
                    out.dynamics(), out.particles());
        }
        return out;
    }

    private static Domain tanhDomain(Domain d) {
        double xmin = Math.max(d.xmin(), -1);
        double xmax = Math.min(d.xmax(), 1);
        double ymin = Math.max(d.ymin(), -1);
        double ymax = Math.min(d.ymax(), 1);
        boolean usable = xmax - xmin >= 0.1 && ymax - ymin >= 0.1;
        return usable ? new Domain(xmin, xmax, ymin, ymax) : SceneDefaults.TANH_DOMAIN;
    }

    /** The "power" memory needs an even power, so the power is moved to the nearest even one. */
    static Scene withMemoryFunction(Scene s, MemoryFunction memory) {
        if (!(s.model() instanceof ModelSpec.Hopfield h) || h.memory() == memory) {
            return s;
        }
        double power = memory == MemoryFunction.POWER ? even(h.power()) : h.power();
        return s.withModel(new ModelSpec.Hopfield(h.features(), memory, h.beta(), power));
    }

    static Scene withBeta(Scene s, double beta) {
        double b = clamp(beta, Double.MIN_NORMAL, SceneLimits.MAX_BETA);
        if (s.model() instanceof ModelSpec.Hopfield h) {
            return s.withModel(new ModelSpec.Hopfield(h.features(), h.memory(), b, h.power()));
        } else if (s.model() instanceof ModelSpec.HopfieldDistance) {
            return s.withModel(new ModelSpec.HopfieldDistance(b));
        }
        return s;
    }

    static Scene withPower(Scene s, double power) {
        if (!(s.model() instanceof ModelSpec.Hopfield h)) {
            return s;
        }
        double p = clamp(power, SceneLimits.MIN_POWER, SceneLimits.MAX_POWER);
        if (h.memory() == MemoryFunction.POWER) {
            p = even(p);
        }
        return s.withModel(new ModelSpec.Hopfield(h.features(), h.memory(), h.beta(), p));
    }

    static double even(double p) {
        double e = 2 * Math.round(p / 2);
        return clamp(e, 2, SceneLimits.MAX_POWER);
    }

    // ---- diffusion parameters ----

    static ScheduleKind scheduleKind(ScheduleSpec schedule) {
        if (schedule instanceof ScheduleSpec.Linear) {
            return ScheduleKind.LINEAR;
        }
        return schedule instanceof ScheduleSpec.Cosine ? ScheduleKind.COSINE : ScheduleKind.CONSTANT;
    }

    static Scene withSchedule(Scene s, ScheduleKind kind) {
        if (!(s.model() instanceof ModelSpec.DiffusionVp vp) || scheduleKind(vp.schedule()) == kind) {
            return s;
        }
        ScheduleSpec schedule = switch (kind) {
            case LINEAR -> SceneDefaults.LINEAR_SCHEDULE;
            case COSINE -> new ScheduleSpec.Cosine();
            case CONSTANT -> SceneDefaults.CONSTANT_SCHEDULE;
        };
        return s.withModel(new ModelSpec.DiffusionVp(schedule));
    }

    /** βmin above βmax pushes βmax up with it: the reader wants βmin ≤ βmax. */
    static Scene withBetaMin(Scene s, double betaMin) {
        if (!(s.model() instanceof ModelSpec.DiffusionVp vp) || !(vp.schedule() instanceof ScheduleSpec.Linear l)) {
            return s;
        }
        double min = clamp(betaMin, 0, SceneLimits.MAX_BETA);
        return s.withModel(new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(min, Math.max(l.betaMax(), min))));
    }

    /** βmax below βmin pulls βmin down with it. */
    static Scene withBetaMax(Scene s, double betaMax) {
        if (!(s.model() instanceof ModelSpec.DiffusionVp vp) || !(vp.schedule() instanceof ScheduleSpec.Linear l)) {
            return s;
        }
        double max = clamp(betaMax, Double.MIN_NORMAL, SceneLimits.MAX_BETA);
        return s.withModel(new ModelSpec.DiffusionVp(new ScheduleSpec.Linear(Math.min(l.betaMin(), max), max)));
    }

    static Scene withGamma(Scene s, double gamma) {
        if (!(s.model() instanceof ModelSpec.DiffusionVp vp) || !(vp.schedule() instanceof ScheduleSpec.Constant c)) {
            return s;
        }
        double g = clamp(gamma, Double.MIN_NORMAL, SceneLimits.MAX_BETA);
        return s.withModel(new ModelSpec.DiffusionVp(new ScheduleSpec.Constant(g, c.theta())));
    }

    static Scene withTheta(Scene s, double theta) {
        if (!(s.model() instanceof ModelSpec.DiffusionVp vp) || !(vp.schedule() instanceof ScheduleSpec.Constant c)) {
            return s;
        }
        double t = clamp(theta, 1e-12, 0.999);
        return s.withModel(new ModelSpec.DiffusionVp(new ScheduleSpec.Constant(c.gamma(), t)));
    }

    /** σmin at or above σmax pushes σmax to twice σmin: the reader wants σmin < σmax. */
    static Scene withSigmaMin(Scene s, double sigmaMin) {
        if (!(s.model() instanceof ModelSpec.DiffusionVe ve)) {
            return s;
        }
        double min = clamp(sigmaMin, Double.MIN_NORMAL, SceneLimits.MAX_BETA / 2);
        double max = ve.sigmaMax() > min ? ve.sigmaMax() : Shown.round(2 * min, 3);
        return s.withModel(new ModelSpec.DiffusionVe(min, max));
    }

    /** σmax at or below σmin pulls σmin down to half σmax. */
    static Scene withSigmaMax(Scene s, double sigmaMax) {
        if (!(s.model() instanceof ModelSpec.DiffusionVe ve)) {
            return s;
        }
        double max = clamp(sigmaMax, 2 * Double.MIN_NORMAL, SceneLimits.MAX_BETA);
        double min = ve.sigmaMin() < max ? ve.sigmaMin() : Shown.round(max / 2, 3);
        return s.withModel(new ModelSpec.DiffusionVe(min, max));
    }

    // ---- dynamics ----

    /** The samplers that run on this model, the usual one first. */
    static List<Sampler> samplersFor(ModelSpec model) {
        if (model.isDiffusion()) {
            return List.of(Sampler.REVERSE_SDE, Sampler.PROBABILITY_FLOW_ODE, Sampler.GRADIENT_FLOW, Sampler.LANGEVIN,
                    Sampler.HOPFIELD_UPDATE);
        }
        return List.of(Sampler.GRADIENT_FLOW, Sampler.LANGEVIN, Sampler.HOPFIELD_UPDATE);
    }

    static Scene withSampler(Scene s, Sampler sampler) {
        DynamicsSpec d = s.dynamics();
        if (!samplersFor(s.model()).contains(sampler) || d.sampler() == sampler) {
            return s;
        }
        return s.withDynamics(dynamics(d, sampler, d.step(), d.steps(), d.temperature(), d.integrator(), d.tauMax(),
                d.tauMin()));
    }

    static Scene withStep(Scene s, double step) {
        DynamicsSpec d = s.dynamics();
        double h = clamp(step, Double.MIN_NORMAL, SceneLimits.MAX_STEP);
        return s.withDynamics(dynamics(d, d.sampler(), h, d.steps(), d.temperature(), d.integrator(), d.tauMax(),
                d.tauMin()));
    }

    static Scene withSteps(Scene s, int steps) {
        return s.withDynamics(s.dynamics().withSteps((int) clamp(steps, 0, SceneLimits.MAX_STEPS)));
    }

    static Scene withTemperature(Scene s, double temperature) {
        DynamicsSpec d = s.dynamics();
        return s.withDynamics(dynamics(d, d.sampler(), d.step(), d.steps(), Math.max(0, temperature), d.integrator(),
                d.tauMax(), d.tauMin()));
    }

    static Scene withIntegrator(Scene s, Integrator integrator) {
        DynamicsSpec d = s.dynamics();
        return s.withDynamics(dynamics(d, d.sampler(), d.step(), d.steps(), d.temperature(), integrator, d.tauMax(),
                d.tauMin()));
    }

    /** The noise levels diffusion samplers run through; tauMin is kept below tauMax (the reader insists). */
    static Scene withTauRange(Scene s, double tauMax, double tauMin) {
        DynamicsSpec d = s.dynamics();
        double max = clamp(tauMax, 1e-6, 1);
        double min = clamp(tauMin, 1e-9, 1);
        if (min >= max) {
            min = Shown.round(max / 2, 2);
        }
        return s.withDynamics(dynamics(d, d.sampler(), d.step(), d.steps(), d.temperature(), d.integrator(), max, min));
    }

    private static DynamicsSpec dynamics(DynamicsSpec d, Sampler sampler, double step, int steps, double temperature,
            Integrator integrator, double tauMax, double tauMin) {
        return new DynamicsSpec(sampler, step, steps, temperature, integrator, tauMax, tauMin);
    }

    // ---- particles ----

    static InitKind initKind(Init init) {
        if (init instanceof Init.Uniform) {
            return InitKind.UNIFORM;
        } else if (init instanceof Init.Gaussian) {
            return InitKind.GAUSSIAN;
        }
        return init instanceof Init.Prior ? InitKind.PRIOR : InitKind.POINTS;
    }

    private static Init init(InitKind kind) {
        return switch (kind) {
            case UNIFORM -> new Init.Uniform();
            case GAUSSIAN -> new Init.Gaussian();
            default -> new Init.Prior();
        };
    }

    /** Leaving hand-placed points keeps their number as the count. */
    static Scene withInit(Scene s, InitKind kind) {
        ParticleSpec p = s.particles();
        if (kind == InitKind.POINTS || initKind(p.init()) == kind) {
            return s;
        }
        int count = p.init() instanceof Init.Points pts ? pts.points().size() : p.count();
        return s.withParticles(new ParticleSpec(count, p.seed(), init(kind)));
    }

    static Scene withCount(Scene s, int count) {
        ParticleSpec p = s.particles();
        return s.withParticles(new ParticleSpec((int) clamp(count, 0, SceneLimits.MAX_PARTICLES), p.seed(), p.init()));
    }

    /** No particles; hand-placed ones are dropped too (a new count then spreads them uniformly). */
    static Scene withoutParticles(Scene s) {
        ParticleSpec p = s.particles();
        ParticleSpec.Init init = p.init() instanceof ParticleSpec.Init.Points ? new ParticleSpec.Init.Uniform() : p.init();
        return s.withParticles(new ParticleSpec(0, p.seed(), init));
    }

    static Scene withSeed(Scene s, long seed) {
        ParticleSpec p = s.particles();
        return s.withParticles(new ParticleSpec(p.count(), seed, p.init()));
    }

    // ---- helpers ----

    private static boolean insideTanhBox(MemorySpec.Point p) {
        return Math.abs(p.x()) < 1 && Math.abs(p.y()) < 1;
    }

    private static String point(MemorySpec.Point p) {
        return "(" + Shown.sig(p.x(), 4) + ", " + Shown.sig(p.y(), 4) + ")";
    }

    private static String withArticle(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " + noun : "a " + noun;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
