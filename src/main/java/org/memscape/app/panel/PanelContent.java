package org.memscape.app.panel;

import java.util.List;
import org.memscape.app.panel.ModelEdits.InitKind;
import org.memscape.app.panel.ModelEdits.ScheduleKind;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.ModelSpec.ScheduleSpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneLimits;

/**
 * What the model panel shows for one scene: which rows are there, their values, titles and
 * hints, and the warning. No JavaFX: {@link ModelPanel} copies this into its controls, and tests
 * read it without a window. A part that is null is a row the scene's model does not have: it is
 * hidden and keeps the value it had.
 */
record PanelContent(ModelRows model, ScheduleRows schedule, DynamicsRows dynamics, ParticleRows particles) {

    /**
     * The most particles the window lets one type: a step of a million takes about a second on
     * two cores, too slow to watch. A scene file may have up to {@link SceneLimits#MAX_PARTICLES};
     * such a file opens here as it is.
     */
    static final int MAX_COUNT = 10_000;

    /**
     * @param warning the energy has no floor ({@link FloorWarning}), or null
     * @param hopfield the dot-product model's features and memory function, or null
     * @param power the power of a power memory, or null
     * @param beta β of either Hopfield model (shown only where it matters: {@code showBeta}), or null
     * @param sigma the VE model's noise range, or null
     */
    record ModelRows(ModelType type, String warning, HopfieldRows hopfield, PowerRow power, boolean showBeta,
            Double beta, String betaTitle, SigmaRows sigma) {}

    record HopfieldRows(Features features, MemoryFunction memory) {}

    /** The power memory takes even powers only, the rectified one any from 2. */
    record PowerRow(boolean even, double value) {
        String title() {
            return PanelWords.powerTitle(even);
        }

        /** Minor ticks between the slider's ticks at 2, 4, …: none where only even powers are allowed. */
        int minorTicks() {
            return even ? 0 : 1;
        }
    }

    record SigmaRows(double min, double max) {}

    /**
     * The VP model's schedule; its settings are those of its kind, the others null.
     * @param cosineNote the cosine schedule has no settings: a note says so
     */
    record ScheduleRows(ScheduleKind kind, boolean cosineNote, ScheduleSpec.Linear linear,
            ScheduleSpec.Constant constant) {}

    /** @param samplers the samplers that run on the model, the usual one first */
    record DynamicsRows(List<Sampler> samplers, Sampler sampler, String samplerHint, boolean showStep, String stepTitle,
            double step, int steps, boolean showTemperature, double temperature, boolean showIntegrator,
            Integrator integrator, boolean showTau, double tauMax, double tauMin, String tauHint) {}

    /**
     * @param countFixed hand-placed points: their number is the count, not typed
     * @param init how particles start, null for hand-placed points (no option is chosen)
     */
    record ParticleRows(int count, long countMax, boolean countFixed, InitKind init, String initHint, long seed) {}

    static PanelContent of(Scene s) {
        return new PanelContent(model(s), schedule(s.model()), dynamics(s), particles(s));
    }

    private static ModelRows model(Scene s) {
        ModelSpec m = s.model();
        ModelType t = ModelType.of(m);
        ModelSpec.Hopfield h = m instanceof ModelSpec.Hopfield x ? x : null;
        boolean usesBeta = t == ModelType.DISTANCE
                || h != null && (h.memory() == MemoryFunction.EXP || h.memory() == MemoryFunction.LSE);
        boolean usesPower = h != null && (h.memory() == MemoryFunction.POWER || h.memory() == MemoryFunction.RECTIFIED_POWER);
        return new ModelRows(t, FloorWarning.of(s).orElse(null),
                h == null ? null : new HopfieldRows(h.features(), h.memory()),
                usesPower ? new PowerRow(h.memory() == MemoryFunction.POWER, h.power()) : null,
                usesBeta, ModelEdits.beta(m).orElse(null),
                PanelWords.betaTitle(h != null && h.memory() == MemoryFunction.EXP),
                m instanceof ModelSpec.DiffusionVe ve ? new SigmaRows(ve.sigmaMin(), ve.sigmaMax()) : null);
    }

    private static ScheduleRows schedule(ModelSpec m) {
        if (!(m instanceof ModelSpec.DiffusionVp vp)) {
            return null;
        }
        ScheduleSpec sc = vp.schedule();
        return new ScheduleRows(ModelEdits.scheduleKind(sc), sc instanceof ScheduleSpec.Cosine,
                sc instanceof ScheduleSpec.Linear l ? l : null, sc instanceof ScheduleSpec.Constant c ? c : null);
    }

    private static DynamicsRows dynamics(Scene s) {
        ModelSpec m = s.model();
        DynamicsSpec d = s.dynamics();
        Sampler sampler = d.sampler();
        boolean timeless = sampler == Sampler.GRADIENT_FLOW || sampler == Sampler.LANGEVIN;
        return new DynamicsRows(ModelEdits.samplersFor(m), sampler, PanelWords.samplerHint(sampler, ModelType.of(m)),
                timeless, PanelWords.stepTitle(m.isDiffusion()), d.step(), d.steps(), sampler == Sampler.LANGEVIN,
                d.temperature(), sampler == Sampler.PROBABILITY_FLOW_ODE, d.integrator(), m.isDiffusion(),
                d.tauMax(), d.tauMin(), PanelWords.tauHint(sampler));
    }

    private static ParticleRows particles(Scene s) {
        ParticleSpec p = s.particles();
        InitKind k = ModelEdits.initKind(p.init());
        int n = p.init() instanceof ParticleSpec.Init.Points pts ? pts.points().size() : p.count();
        return new ParticleRows(n, Math.max(MAX_COUNT, n),   // a file's larger count shows as it is
                k == InitKind.POINTS, k == InitKind.POINTS ? null : k, PanelWords.initHint(k, s.model().isDiffusion(), n),
                p.seed());
    }
}
