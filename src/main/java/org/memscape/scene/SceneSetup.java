package org.memscape.scene;

import java.util.ArrayList;
import java.util.List;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.HopfieldModel;
import org.memscape.core.Memory;
import org.memscape.core.MemoryFunction;
import org.memscape.core.Noise;
import org.memscape.core.NoiseProcess;
import org.memscape.core.ParticleInit;
import org.memscape.core.Sampler;
import org.memscape.core.Schedule;
import org.memscape.core.Simulation;

/** Turns the document (a validated {@link Scene}) into the core's model, sampler and particles. */
public final class SceneSetup {

    /** Gaussian initial particles spread over a sixth of the domain's shorter side. */
    private static final double GAUSSIAN_SPREAD = 1.0 / 6;
    /** Tanh canvases are the open box (−1, 1)²; keep Gaussian draws inside it. */
    private static final double TANH_LIMIT = 0.999;

    private SceneSetup() {}

    public static List<Memory> memories(Scene scene) {
        List<Memory> out = new ArrayList<>();
        for (MemorySpec m : scene.memories()) out.add(memory(m));
        return out;
    }

    static Memory memory(MemorySpec spec) {
        if (spec instanceof MemorySpec.Point p) return new Memory.Point(xy(p));
        if (spec instanceof MemorySpec.Segment s) return new Memory.Segment(xy(s.start()), xy(s.end()));
        if (spec instanceof MemorySpec.Polyline l) return new Memory.Polyline(l.points().stream().map(SceneSetup::xy).toList());
        MemorySpec.Circle c = (MemorySpec.Circle) spec;
        return new Memory.Circle(xy(c.center()), c.radius());
    }

    private static double[] xy(MemorySpec.Point p) { return new double[] {p.x(), p.y()}; }

    public static EnergyModel model(Scene scene) {
        List<Memory> memories = memories(scene);
        ModelSpec spec = scene.model();
        if (spec instanceof ModelSpec.Hopfield h) {
            return new HopfieldModel(memories,
                    h.features() == ModelSpec.Features.TANH ? HopfieldModel.Features.TANH : HopfieldModel.Features.QUADRATIC,
                    memoryFunction(h));
        }
        if (spec instanceof ModelSpec.HopfieldDistance d) return new DistanceHopfieldModel(memories, d.beta());
        if (spec instanceof ModelSpec.DiffusionVp vp) {
            return new DiffusionModel(memories, new NoiseProcess.VariancePreserving(schedule(vp.schedule())));
        }
        ModelSpec.DiffusionVe ve = (ModelSpec.DiffusionVe) spec;
        return new DiffusionModel(memories, new NoiseProcess.VarianceExploding(ve.sigmaMin(), ve.sigmaMax()));
    }

    private static MemoryFunction memoryFunction(ModelSpec.Hopfield h) {
        return switch (h.memory()) {
            case CLASSICAL -> new MemoryFunction.Classical();
            case POWER -> new MemoryFunction.Power(h.power(), false);
            case RECTIFIED_POWER -> new MemoryFunction.Power(h.power(), true);
            case EXP -> new MemoryFunction.Exp(h.beta());
            case LSE -> new MemoryFunction.LogSumExp(h.beta());
        };
    }

    private static Schedule schedule(ModelSpec.ScheduleSpec spec) {
        if (spec instanceof ModelSpec.ScheduleSpec.Linear l) return new Schedule.Linear(l.betaMin(), l.betaMax());
        if (spec instanceof ModelSpec.ScheduleSpec.Constant c) return new Schedule.Constant(c.gamma(), c.theta());
        return new Schedule.Cosine();
    }

    /**
     * The scene's sampler on its model. Timeless samplers on a diffusion model use its landscape at
     * tauMin, with the step measured in units of the noise variance s²(tauMin), so the same step
     * size suits every schedule; the Hopfield update there is Tweedie's estimate in memory space.
     */
    public static Sampler sampler(Scene scene, EnergyModel model) {
        DynamicsSpec d = scene.dynamics();
        NoiseProcess process = model instanceof DiffusionModel diffusion ? diffusion.process() : null;
        double fixedTau = process == null ? Double.NaN : d.tauMin();
        double unit = process == null ? 1 : process.variance(d.tauMin());
        Sampler.TauGrid grid = new Sampler.TauGrid(d.tauMax(), d.tauMin(), d.steps());
        return switch (d.sampler()) {
            case GRADIENT_FLOW -> new Sampler.GradientFlow(d.step() * unit, d.steps(), fixedTau);
            case LANGEVIN -> new Sampler.Langevin(d.step() * unit, d.steps(), d.temperature(), fixedTau);
            case HOPFIELD_UPDATE -> process == null ? Sampler.hopfieldUpdate(d.steps(), fixedTau, 1)
                    : new Sampler.HopfieldOnDiffusion(process, d.steps(), d.tauMin());
            case REVERSE_SDE -> new Sampler.ReverseSde(requireProcess(process, d), grid);
            case PROBABILITY_FLOW_ODE -> new Sampler.ProbabilityFlow(requireProcess(process, d), grid,
                    d.integrator() == DynamicsSpec.Integrator.HEUN);
        };
    }

    private static NoiseProcess requireProcess(NoiseProcess process, DynamicsSpec d) {
        if (process == null) throw new IllegalArgumentException(d.sampler() + " needs a diffusion model");
        return process;
    }

    /** Initial particle positions in canvas coordinates. */
    public static double[][] initialPositions(Scene scene, EnergyModel model) {
        ParticleSpec spec = scene.particles();
        Noise noise = new Noise(spec.seed());
        Domain box = scene.domain();
        boolean tanh = model instanceof HopfieldModel h && h.features() == HopfieldModel.Features.TANH;
        ParticleSpec.Init init = spec.init();
        if (init instanceof ParticleSpec.Init.Points p) return p.points().stream().map(SceneSetup::xy).toArray(double[][]::new);
        if (init instanceof ParticleSpec.Init.Uniform) {
            return ParticleInit.uniform(spec.count(), new double[] {box.xmin(), box.ymin()}, new double[] {box.xmax(), box.ymax()}, noise);
        }
        if (init instanceof ParticleSpec.Init.Prior && model instanceof DiffusionModel diffusion) {
            return ParticleInit.diffusionMarginal(spec.count(), diffusion.memories(), diffusion.process(), scene.dynamics().tauMax(), noise);
        }
        return gaussian(spec.count(), box, noise, tanh);
    }

    private static double[][] gaussian(int count, Domain box, Noise noise, boolean tanh) {
        double[] centre = {0.5 * (box.xmin() + box.xmax()), 0.5 * (box.ymin() + box.ymax())};
        double[][] out = ParticleInit.gaussian(count, centre, GAUSSIAN_SPREAD * Math.min(box.width(), box.height()), noise);
        if (tanh) {
            for (double[] p : out) {
                for (int i = 0; i < p.length; i++) p[i] = Math.max(-TANH_LIMIT, Math.min(TANH_LIMIT, p[i]));
            }
        }
        return out;
    }

    /** A simulation of the scene from its initial particles. */
    public static Simulation simulation(Scene scene) {
        return simulation(scene, model(scene));
    }

    /** The same, on a model already built from the scene. */
    public static Simulation simulation(Scene scene, EnergyModel model) {
        return new Simulation(model, sampler(scene, model), scene.particles().seed(), initialPositions(scene, model));
    }
}
