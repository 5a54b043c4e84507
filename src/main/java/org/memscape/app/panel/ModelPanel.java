package org.memscape.app.panel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
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
 * The model and dynamics panel: which energy model, its parameters, its noise schedule, how
 * particles move and where they start. It never holds the truth. A change becomes one edit,
 * a function from scene to scene, sent to the consumer given at construction; the owner
 * applies it to the document and calls {@link #show} with the result (and after an undo).
 * {@link #show} only sets the controls, it sends nothing back.
 *
 * <p>Controls appear only where they mean something for the scene's model and sampler (a
 * hidden control takes no room), and a change the scene cannot take (the dot-product model
 * on a scene with a segment) is refused with a message in plain words instead of being sent.
 * Until the owner calls {@link #show}, the panel shows the result it expects.
 */
public class ModelPanel extends VBox {

    /** The width the panel is laid out for. */
    public static final double WIDTH = 340;

    static final double BETA_LO = 0.1;
    static final double BETA_HI = 1000;
    /**
     * The most particles the window lets one type: a step of a million takes about a second on
     * two cores, too slow to watch. A scene file may have up to {@link SceneLimits#MAX_PARTICLES};
     * such a file opens here as it is.
     */
    static final int MAX_COUNT = 10_000;

    private final Consumer<UnaryOperator<Scene>> edits;
    private final EditGate gate = new EditGate();
    private Scene current;

    // Model
    private final ComboBox<ModelType> type = new ComboBox<>(FXCollections.observableArrayList(ModelType.values()));
    private final Label refusal = message("refusal");
    private final Label warning = message("warning");
    private final Choice<Features> features;
    private final VBox featuresRow;
    private final ComboBox<MemoryFunction> memory = new ComboBox<>(FXCollections.observableArrayList(MemoryFunction.values()));
    private final VBox memoryRow;
    private final SliderRow beta;
    private final SliderRow power;
    private final SliderRow sigmaMin;
    private final SliderRow sigmaMax;
    // Schedule
    private final VBox scheduleSection;
    private final Choice<ScheduleKind> schedule;
    private final SliderRow betaMin;
    private final SliderRow betaMax;
    private final SliderRow gamma;
    private final SliderRow theta;
    private final Label cosineNote = hint("\u1fb1(\u03c4) follows a quarter cosine, and the rate is capped at 20 near"
            + " \u03c4 = 1. It has no settings.");
    // Dynamics
    private final ComboBox<Sampler> sampler = new ComboBox<>();
    private final Label samplerHint = hint("");
    private final SliderRow step;
    private final SliderRow steps;
    private final SliderRow temperature;
    private final Choice<Integrator> integrator;
    private final VBox integratorRow;
    private final TauRangeRow tau;
    private final Label tauHint = hint("");
    // Particles
    private final WholeNumberField count = new WholeNumberField("count", 0, MAX_COUNT, 50,
            max -> "the window takes 0 to " + Shown.count(max) + " particles (more are slow to watch;"
                    + " a scene file may have up to " + Shown.count(SceneLimits.MAX_PARTICLES) + ")");
    private final Choice<InitKind> init;
    private final Label initHint = hint("");
    private final WholeNumberField seed = new WholeNumberField("seed", Long.MIN_VALUE, Long.MAX_VALUE, 1,
            max -> "a seed is a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + " (64 bits, as in a scene file)");

    public ModelPanel(Consumer<UnaryOperator<Scene>> edits) {
        this.edits = Objects.requireNonNull(edits, "edits");
        getStyleClass().add("memscape-panel");
        getStylesheets().add(PanelStyle.URL);
        setPrefWidth(WIDTH);
        setMinWidth(280);

        // ---- Model ----
        type.setId("model-type");
        type.setMaxWidth(Double.MAX_VALUE);
        type.setVisibleRowCount(4);
        type.valueProperty().addListener((obs, was, now) -> chooseType(now));
        refusal.setId("model-refusal");
        warning.setId("model-warning");

        features = new Choice<>("features", List.of(Features.QUADRATIC, Features.TANH),
                f -> f == Features.QUADRATIC ? "quadratic" : "tanh (saturating)", gate, this::chooseFeatures);
        featuresRow = field("Feature neurons", features);

        memory.setId("memory-function");
        memory.setMaxWidth(Double.MAX_VALUE);
        memory.setConverter(converter(ModelPanel::memoryName));
        memory.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                emit(s -> ModelEdits.withMemoryFunction(s, now));
            }
        });
        memoryRow = field("Memory function", memory);

        beta = new SliderRow("beta", "Inverse temperature \u03b2", BETA_LO, BETA_HI, SliderRow.Scale.LOG,
                v -> Shown.round(v, 3), v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withBeta(s, v)));
        power = new SliderRow("power", "Power p", 2, 10, SliderRow.Scale.LINEAR, Math::rint, v -> Shown.sig(v, 3),
                gate, v -> emit(s -> ModelEdits.withPower(s, v)));
        power.ticks(2, 1, true);
        sigmaMin = new SliderRow("sigma-min", "Noise at \u03c4 = 0, \u03c3min", 0.001, 1, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withSigmaMin(s, v)));
        sigmaMax = new SliderRow("sigma-max", "Noise at \u03c4 = 1, \u03c3max", 0.1, 100, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withSigmaMax(s, v)));
        VBox messages = new VBox(6, refusal, warning);
        bindManaged(messages, refusal.managedProperty().or(warning.managedProperty()));
        VBox modelSection = section("Model", true, field("Energy model", type), messages, featuresRow, memoryRow, beta,
                power, sigmaMin, sigmaMax);

        // ---- Schedule ----
        schedule = new Choice<>("schedule", List.of(ScheduleKind.LINEAR, ScheduleKind.COSINE, ScheduleKind.CONSTANT),
                k -> k.name().toLowerCase(java.util.Locale.ROOT), gate,
                k -> emit(s -> ModelEdits.withSchedule(s, k)));
        betaMin = new SliderRow("beta-min", "Rate at \u03c4 = 0, \u03b2min", 0, 5, SliderRow.Scale.LINEAR,
                v -> Math.round(v * 20) / 20.0, v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withBetaMin(s, v)));
        betaMin.ticks(1, 3, false);
        betaMax = new SliderRow("beta-max", "Rate at \u03c4 = 1, \u03b2max", 1, 50, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withBetaMax(s, v)));
        gamma = new SliderRow("gamma", "Rate \u03b3 (sets the clock only)", 0.1, 10, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withGamma(s, v)));
        theta = new SliderRow("theta", "Signal left at \u03c4 = 1, \u03b8", 0.001, 0.5, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withTheta(s, v)));
        scheduleSection = section("Schedule", false, field("Noise rate \u03b2(\u03c4)", schedule), cosineNote, betaMin,
                betaMax, gamma, theta);

        // ---- Dynamics ----
        sampler.setId("sampler");
        sampler.setMaxWidth(Double.MAX_VALUE);
        sampler.setConverter(converter(ModelPanel::samplerName));
        sampler.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                emit(s -> ModelEdits.withSampler(s, now));
            }
        });
        step = new SliderRow("step", "Step size", 0.001, 1, SliderRow.Scale.LOG, v -> Shown.round(v, 2),
                v -> Shown.sig(v, 3), gate, v -> emit(s -> ModelEdits.withStep(s, v)));
        steps = new SliderRow("steps", "Number of steps", 10, 2000, SliderRow.Scale.LOG, v -> Shown.round(Math.rint(v), 2),
                v -> Shown.count(Math.round(v)), gate, v -> emit(s -> ModelEdits.withSteps(s, (int) v)));
        temperature = new SliderRow("temperature", "Temperature T (0 = no noise)", 0, 2, SliderRow.Scale.LINEAR,
                v -> Math.round(v * 100) / 100.0, v -> Shown.sig(v, 3), gate,
                v -> emit(s -> ModelEdits.withTemperature(s, v)));
        temperature.ticks(0.5, 4, false);
        integrator = new Choice<>("integrator", List.of(Integrator.EULER, Integrator.HEUN),
                i -> i == Integrator.EULER ? "Euler" : "Heun (2nd order)", gate,
                i -> emit(s -> ModelEdits.withIntegrator(s, i)));
        integratorRow = field("Integrator", integrator);
        tau = new TauRangeRow("tau", "Noise levels \u03c4", gate,
                (hi, lo) -> emit(s -> ModelEdits.withTauRange(s, hi, lo)));
        VBox tauRow = new VBox(2, tau, tauHint);
        bindManaged(tauRow, tau.managedProperty());
        VBox dynamicsSection = section("Dynamics", false, field("Sampler", sampler, samplerHint), step, steps, temperature,
                integratorRow, tauRow);

        // ---- Particles ----
        spinner(count.spinner(), () -> emit(s -> ModelEdits.withCount(s, (int) count.value())));
        init = new Choice<>("init", List.of(InitKind.UNIFORM, InitKind.GAUSSIAN, InitKind.PRIOR),
                k -> k == InitKind.GAUSSIAN ? "Gaussian" : k.name().toLowerCase(java.util.Locale.ROOT), gate,
                k -> emit(s -> ModelEdits.withInit(s, k)));
        spinner(seed.spinner(), () -> emit(s -> ModelEdits.withSeed(s, seed.value())));
        Button clear = new Button("Clear particles");
        clear.setId("clear-particles");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> emit(ModelEdits::withoutParticles));
        VBox particlesSection = section("Particles", false,
                new VBox(4, inline("Number of particles", count.spinner()), count.message()),
                field("Starting positions", init, initHint),
                new VBox(4, inline("Random seed", seed.spinner()), seed.message()), clear);

        VBox content = new VBox(6, modelSection, scheduleSection, dynamicsSection, particlesSection);
        content.setId("panel-content");
        content.setPadding(new Insets(14, 16, 18, 16));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);

        for (Node n : List.of(scheduleSection, featuresRow, memoryRow, beta, power, sigmaMin, sigmaMax, cosineNote, betaMin,
                betaMax, gamma, theta, step, temperature, integratorRow, tau)) {
            visible(n, false);
        }
        setDisable(true); // until there is a scene to show
    }

    /**
     * Shows a scene: every control takes its value from it and the messages are recomputed.
     * Call on the FX thread whenever the document changes, also after an undo. Sends no edit.
     */
    public void show(Scene scene) {
        Objects.requireNonNull(scene, "scene");
        gate.cancel(); // a half-finished gesture on the old document is not applied to the new one
        boolean wasQuiet = gate.isQuiet();
        gate.setQuiet(true);
        try {
            boolean sameDocument = scene == current;
            current = scene;
            refresh(scene, sameDocument);
        } finally {
            gate.setQuiet(wasQuiet);
        }
    }

    /** @param sameDocument the scene shown already: a refusal about it still holds */
    private void refresh(Scene s, boolean sameDocument) {
        setDisable(false);
        ModelSpec m = s.model();
        ModelType t = ModelType.of(m);
        type.setValue(t);
        if (!sameDocument) {
            setRefusal(null);
        }
        Optional<String> floor = FloorWarning.of(s);
        warning.setText(floor.orElse(""));
        visible(warning, floor.isPresent());

        ModelSpec.Hopfield h = m instanceof ModelSpec.Hopfield x ? x : null;
        visible(featuresRow, h != null);
        visible(memoryRow, h != null);
        boolean usesBeta = t == ModelType.DISTANCE
                || h != null && (h.memory() == MemoryFunction.EXP || h.memory() == MemoryFunction.LSE);
        visible(beta, usesBeta);
        boolean usesPower = h != null && (h.memory() == MemoryFunction.POWER || h.memory() == MemoryFunction.RECTIFIED_POWER);
        visible(power, usesPower);
        if (h != null) {
            features.set(h.features());
            memory.setValue(h.memory());
            if (usesPower) {
                boolean even = h.memory() == MemoryFunction.POWER;
                power.ticks(2, even ? 0 : 1, true);
                power.setTitle(even ? "Power p (even)" : "Power p");
                power.set(h.power());
            }
        }
        ModelEdits.beta(m).ifPresent(beta::set);
        beta.setTitle(h != null && h.memory() == MemoryFunction.EXP ? "Gain \u03b2 of the exponential"
                : "Inverse temperature \u03b2");

        visible(sigmaMin, t == ModelType.VE);
        visible(sigmaMax, t == ModelType.VE);
        if (m instanceof ModelSpec.DiffusionVe ve) {
            sigmaMin.set(ve.sigmaMin());
            sigmaMax.set(ve.sigmaMax());
        }

        visible(scheduleSection, t == ModelType.VP);
        if (m instanceof ModelSpec.DiffusionVp vp) {
            ScheduleSpec sc = vp.schedule();
            schedule.set(ModelEdits.scheduleKind(sc));
            visible(cosineNote, sc instanceof ScheduleSpec.Cosine);
            visible(betaMin, sc instanceof ScheduleSpec.Linear);
            visible(betaMax, sc instanceof ScheduleSpec.Linear);
            visible(gamma, sc instanceof ScheduleSpec.Constant);
            visible(theta, sc instanceof ScheduleSpec.Constant);
            if (sc instanceof ScheduleSpec.Linear l) {
                betaMin.set(l.betaMin());
                betaMax.set(l.betaMax());
            } else if (sc instanceof ScheduleSpec.Constant c) {
                gamma.set(c.gamma());
                theta.set(c.theta());
            }
        }

        DynamicsSpec d = s.dynamics();
        List<Sampler> valid = ModelEdits.samplersFor(m);
        if (!sampler.getItems().equals(valid)) {
            sampler.getItems().setAll(valid);
        }
        sampler.setValue(d.sampler());
        samplerHint.setText(samplerHint(d.sampler(), t));
        boolean timeless = d.sampler() == Sampler.GRADIENT_FLOW || d.sampler() == Sampler.LANGEVIN;
        visible(step, timeless);
        step.setTitle(m.isDiffusion() ? "Step size (\u00d7 noise variance at \u03c4 end)" : "Step size");
        step.set(d.step());
        steps.set(d.steps());
        visible(temperature, d.sampler() == Sampler.LANGEVIN);
        temperature.set(d.temperature());
        visible(integratorRow, d.sampler() == Sampler.PROBABILITY_FLOW_ODE);
        integrator.set(d.integrator());
        visible(tau, m.isDiffusion());
        tau.set(d.tauMax(), d.tauMin());
        tauHint.setText(d.sampler().needsDiffusion()
                ? "From start to end: \u03c4\u00a0=\u00a01 is pure noise, \u03c4\u00a0=\u00a00 the memories themselves."
                : "\u03c4\u00a0=\u00a01 is pure noise, \u03c4\u00a0=\u00a00 the memories themselves. This sampler uses the"
                        + " landscape at the end level.");

        ParticleSpec p = s.particles();
        InitKind k = ModelEdits.initKind(p.init());
        int n = p.init() instanceof ParticleSpec.Init.Points pts ? pts.points().size() : p.count();
        count.setMax(Math.max(MAX_COUNT, n));   // a file's larger count shows as it is
        count.show(n);
        count.spinner().setDisable(k == InitKind.POINTS);
        init.set(k == InitKind.POINTS ? null : k);
        initHint.setText(initHint(k, m.isDiffusion(), n));
        seed.show(p.seed());
    }

    // ---- edits ----

    private void chooseType(ModelType now) {
        if (gate.isQuiet() || now == null || current == null) {
            return;
        }
        ModelType was = ModelType.of(current.model());
        if (now == was) {
            return;
        }
        Optional<String> problem = ModelEdits.refuseType(current, now);
        if (problem.isPresent()) {
            gate.flush();
            quietly(() -> type.setValue(ModelType.of(current.model())));
            setRefusal(problem.get());
            return;
        }
        emit(s -> ModelEdits.switchType(s, now));
    }

    private void chooseFeatures(Features f) {
        if (current == null) {
            return;
        }
        Optional<String> problem = f == Features.TANH ? ModelEdits.refuseTanh(current) : Optional.empty();
        if (problem.isPresent()) {
            gate.flush();
            if (current.model() instanceof ModelSpec.Hopfield h) {
                quietly(() -> features.set(h.features()));
            }
            setRefusal(problem.get());
            return;
        }
        emit(s -> ModelEdits.withFeatures(s, f));
    }

    /**
     * Sends one edit, after any gesture still pending on another control. An edit that would
     * change nothing is not sent (no empty undo steps).
     */
    private void emit(UnaryOperator<Scene> edit) {
        if (gate.isQuiet() || current == null) {
            return;
        }
        gate.flush();
        Scene before = current;
        Scene after;
        try {
            after = edit.apply(before);
        } catch (RuntimeException e) {
            setRefusal("That change could not be made (" + e.getMessage() + ").");
            return;
        }
        if (after.equals(before)) {
            show(before); // put back a control that moved without changing the scene
            return;
        }
        edits.accept(edit);
        if (current == before) {
            show(after); // the owner has not shown the new document yet: show what it will be
        }
    }

    private void quietly(Runnable r) {
        boolean was = gate.isQuiet();
        gate.setQuiet(true);
        try {
            r.run();
        } finally {
            gate.setQuiet(was);
        }
    }

    private void setRefusal(String text) {
        refusal.setText(text == null ? "" : text);
        visible(refusal, text != null);
    }

    // ---- words ----

    static String memoryName(MemoryFunction f) {
        return switch (f) {
            case CLASSICAL -> "classical (Hebbian)";
            case POWER -> "power (even p)";
            case RECTIFIED_POWER -> "rectified power";
            case EXP -> "exponential";
            case LSE -> "log-sum-exp (softmax)";
        };
    }

    static String samplerName(Sampler s) {
        return switch (s) {
            case GRADIENT_FLOW -> "Gradient flow";
            case LANGEVIN -> "Langevin (with noise)";
            case HOPFIELD_UPDATE -> "Hopfield update";
            case REVERSE_SDE -> "Reverse SDE";
            case PROBABILITY_FLOW_ODE -> "Probability-flow ODE";
        };
    }

    private static String samplerHint(Sampler s, ModelType t) {
        boolean diffusion = t.isDiffusion();
        return switch (s) {
            case GRADIENT_FLOW -> diffusion ? "Each particle rolls downhill on the landscape at the end noise level."
                    : "Each particle rolls straight downhill.";
            case LANGEVIN -> "Downhill with random kicks; the temperature sets how strong they are.";
            case HOPFIELD_UPDATE -> switch (t) {
                case DOT -> "The Hopfield retrieval step x \u2190 Y\u1d40f(Yg), repeated.";
                case DISTANCE -> "Jumps to the softmax-weighted average of the memories, repeated.";
                default -> "Tweedie's denoising step at the end noise level, repeated.";
            };
            case REVERSE_SDE -> "Denoises step by step with fresh random kicks: new samples every run.";
            case PROBABILITY_FLOW_ODE -> "Denoises step by step without randomness: each start has one end.";
        };
    }

    private static String initHint(InitKind k, boolean diffusion, int n) {
        return switch (k) {
            case UNIFORM -> "Spread evenly over the canvas.";
            case GAUSSIAN -> "A Gaussian cloud around the centre of the canvas.";
            case PRIOR -> diffusion ? "Drawn from the model's own noise at the start level \u03c4."
                    : "For this model, the same Gaussian cloud around the centre.";
            case POINTS -> "Placed by hand in the scene file (" + Shown.count(n) + "). Choose an option above to"
                    + " replace them.";
        };
    }

    // ---- building blocks ----

    private static Label message(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        visible(l, false);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox section(String title, boolean first, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(10);
        box.getChildren().add(heading);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("section");
        if (first) {
            box.getStyleClass().add("first");
        }
        box.setId("section-" + title.toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    /** A label above its control (and an optional hint below). */
    private static VBox field(String title, Node control, Node... below) {
        Label name = new Label(title);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setLabelFor(control);
        VBox box = new VBox(4, name, control);
        box.getChildren().addAll(below);
        return box;
    }

    /** A label and a compact control on one line. */
    private static HBox inline(String title, Region control) {
        Label name = new Label(title);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setLabelFor(control);
        HBox.setHgrow(name, Priority.ALWAYS);
        control.setPrefWidth(118);
        control.setMinWidth(104);
        HBox box = new HBox(10, name, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static void visible(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private static void bindManaged(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.managedProperty().bind(shown);
        n.visibleProperty().bind(shown);
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * A spinner whose changes become one edit per gesture: arrow clicks held down, or typing
     * followed by Enter or leaving the field.
     */
    private <T> void spinner(Spinner<T> spinner, Runnable commit) {
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, was, now) -> {
            if (!gate.isQuiet() && now != null) {
                gate.schedule(spinner, commit);
            }
        });
        spinner.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> gate.flush(spinner));
        spinner.addEventFilter(KeyEvent.KEY_RELEASED, e -> gate.flush(spinner));
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                spinner.commitValue();
                gate.flush(spinner);
            }
        });
    }

    // ---- for tests ----

    ComboBox<ModelType> typeBox() {
        return type;
    }

    Label refusalLabel() {
        return refusal;
    }

    Label warningLabel() {
        return warning;
    }

    SliderRow betaRow() {
        return beta;
    }

    ComboBox<Sampler> samplerBox() {
        return sampler;
    }

    VBox scheduleSection() {
        return scheduleSection;
    }

    SliderRow stepsRow() {
        return steps;
    }

    TauRangeRow tauRow() {
        return tau;
    }

    Spinner<Long> countSpinner() {
        return count.spinner();
    }

    WholeNumberField countField() {
        return count;
    }

    WholeNumberField seedField() {
        return seed;
    }

    Choice<InitKind> initChoice() {
        return init;
    }

    Choice<Features> featuresChoice() {
        return features;
    }
}
