package org.memscape.app.panel;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.memscape.app.panel.ModelEdits.InitKind;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.Scene;

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
 *
 * <p>The parts: {@link PanelContent} says what a scene shows (no JavaFX); the four sections
 * ({@link ModelSection}, {@link ScheduleSection}, {@link DynamicsSection}, {@link ParticlesSection})
 * build the widgets and show it; {@link ModelEdits} and {@link EditOutcome} say what a change
 * makes of the scene. This class puts the sections together and routes their changes.
 */
public class ModelPanel extends VBox {

    /** The width the panel is laid out for. */
    public static final double WIDTH = 340;

    private final Consumer<UnaryOperator<Scene>> edits;
    private final EditGate gate = new EditGate();
    private Scene current;

    private final ModelSection model;
    private final ScheduleSection schedule;
    private final DynamicsSection dynamics;
    private final ParticlesSection particles;

    public ModelPanel(Consumer<UnaryOperator<Scene>> edits) {
        this.edits = Objects.requireNonNull(edits, "edits");
        getStyleClass().add("memscape-panel");
        getStylesheets().add(PanelStyle.URL);
        setPrefWidth(WIDTH);
        setMinWidth(280);

        model = new ModelSection(gate, this::emit, this::chooseType, this::chooseFeatures);
        schedule = new ScheduleSection(gate, this::emit);
        dynamics = new DynamicsSection(gate, this::emit);
        particles = new ParticlesSection(gate, this::emit);

        VBox content = new VBox(6, model.box, schedule.box, dynamics.box, particles.box);
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
        PanelContent content = PanelContent.of(s);
        model.show(content.model());
        if (!sameDocument) {
            model.setRefusal(null);
        }
        schedule.show(content.schedule());
        dynamics.show(content.dynamics());
        particles.show(content.particles());
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
            quietly(() -> model.type.setValue(ModelType.of(current.model())));
            model.setRefusal(problem.get());
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
                quietly(() -> model.features.set(h.features()));
            }
            model.setRefusal(problem.get());
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
        EditOutcome outcome = EditOutcome.of(before, edit);
        if (outcome instanceof EditOutcome.Refused r) {
            model.setRefusal(r.why());
        } else if (outcome instanceof EditOutcome.Changed c) {
            edits.accept(edit);
            if (current == before) {
                show(c.after()); // the owner has not shown the new document yet: show what it will be
            }
        } else {
            show(before); // put back a control that moved without changing the scene
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

    // ---- for tests ----

    ComboBox<ModelType> typeBox() {
        return model.type;
    }

    Label refusalLabel() {
        return model.refusal;
    }

    Label warningLabel() {
        return model.warning;
    }

    SliderRow betaRow() {
        return model.beta;
    }

    ComboBox<Sampler> samplerBox() {
        return dynamics.sampler;
    }

    VBox scheduleSection() {
        return schedule.box;
    }

    SliderRow stepsRow() {
        return dynamics.steps;
    }

    TauRangeRow tauRow() {
        return dynamics.tau;
    }

    Spinner<Long> countSpinner() {
        return particles.count.spinner();
    }

    WholeNumberField countField() {
        return particles.count;
    }

    WholeNumberField seedField() {
        return particles.seed;
    }

    Choice<InitKind> initChoice() {
        return particles.init;
    }

    Choice<Features> featuresChoice() {
        return model.features;
    }
}
