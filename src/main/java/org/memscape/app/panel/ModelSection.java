package org.memscape.app.panel;

import static org.memscape.app.panel.PanelWidgets.bindManaged;
import static org.memscape.app.panel.PanelWidgets.converter;
import static org.memscape.app.panel.PanelWidgets.field;
import static org.memscape.app.panel.PanelWidgets.message;
import static org.memscape.app.panel.PanelWidgets.section;
import static org.memscape.app.panel.PanelWidgets.visible;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.memscape.app.panel.PanelContent.ModelRows;
import org.memscape.scene.ModelSpec.Features;
import org.memscape.scene.ModelSpec.MemoryFunction;
import org.memscape.scene.Scene;

/**
 * The panel's "Model" section: the energy model, its features and memory function, β, the power
 * and the VE noise range, with the refusal and warning messages. Choosing a model type or tanh
 * features goes to the panel, which may refuse it; the other controls send their edit.
 */
final class ModelSection {

    static final double BETA_LO = 0.1;
    static final double BETA_HI = 1000;

    final ComboBox<ModelType> type = new ComboBox<>(FXCollections.observableArrayList(ModelType.values()));
    final Label refusal = message("refusal");
    final Label warning = message("warning");
    final Choice<Features> features;
    final VBox featuresRow;
    final ComboBox<MemoryFunction> memory = new ComboBox<>(FXCollections.observableArrayList(MemoryFunction.values()));
    final VBox memoryRow;
    final SliderRow beta;
    final SliderRow power;
    final SliderRow sigmaMin;
    final SliderRow sigmaMax;
    final VBox box;

    ModelSection(EditGate gate, Consumer<UnaryOperator<Scene>> emit, Consumer<ModelType> chooseType,
            Consumer<Features> chooseFeatures) {
        type.setId("model-type");
        type.setMaxWidth(Double.MAX_VALUE);
        type.setVisibleRowCount(4);
        type.valueProperty().addListener((obs, was, now) -> chooseType.accept(now));
        refusal.setId("model-refusal");
        warning.setId("model-warning");

        features = new Choice<>("features", List.of(Features.QUADRATIC, Features.TANH),
                f -> f == Features.QUADRATIC ? "quadratic" : "tanh (saturating)", gate, chooseFeatures);
        featuresRow = field("Feature neurons", features);

        memory.setId("memory-function");
        memory.setMaxWidth(Double.MAX_VALUE);
        memory.setConverter(converter(PanelWords::memoryName));
        memory.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                emit.accept(s -> ModelEdits.withMemoryFunction(s, now));
            }
        });
        memoryRow = field("Memory function", memory);

        beta = new SliderRow("beta", "Inverse temperature \u03b2", BETA_LO, BETA_HI, SliderRow.Scale.LOG,
                v -> Shown.round(v, 3), v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withBeta(s, v)));
        power = new SliderRow("power", "Power p", 2, 10, SliderRow.Scale.LINEAR, Math::rint, v -> Shown.sig(v, 3),
                gate, v -> emit.accept(s -> ModelEdits.withPower(s, v)));
        power.ticks(2, 1, true);
        sigmaMin = new SliderRow("sigma-min", "Noise at \u03c4 = 0, \u03c3min", 0.001, 1, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withSigmaMin(s, v)));
        sigmaMax = new SliderRow("sigma-max", "Noise at \u03c4 = 1, \u03c3max", 0.1, 100, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withSigmaMax(s, v)));
        VBox messages = new VBox(6, refusal, warning);
        bindManaged(messages, refusal.managedProperty().or(warning.managedProperty()));
        box = section("Model", true, field("Energy model", type), messages, featuresRow, memoryRow, beta,
                power, sigmaMin, sigmaMax);
        for (Node n : List.of(featuresRow, memoryRow, beta, power, sigmaMin, sigmaMax)) {
            visible(n, false);
        }
    }

    void show(ModelRows m) {
        type.setValue(m.type());
        warning.setText(m.warning() == null ? "" : m.warning());
        visible(warning, m.warning() != null);
        visible(featuresRow, m.hopfield() != null);
        visible(memoryRow, m.hopfield() != null);
        visible(beta, m.showBeta());
        visible(power, m.power() != null);
        if (m.hopfield() != null) {
            features.set(m.hopfield().features());
            memory.setValue(m.hopfield().memory());
        }
        if (m.power() != null) {
            power.ticks(2, m.power().minorTicks(), true);
            power.setTitle(m.power().title());
            power.set(m.power().value());
        }
        if (m.beta() != null) {
            beta.set(m.beta());
        }
        beta.setTitle(m.betaTitle());
        visible(sigmaMin, m.sigma() != null);
        visible(sigmaMax, m.sigma() != null);
        if (m.sigma() != null) {
            sigmaMin.set(m.sigma().min());
            sigmaMax.set(m.sigma().max());
        }
    }

    /** A refusal in plain words; null hides it. */
    void setRefusal(String text) {
        refusal.setText(text == null ? "" : text);
        visible(refusal, text != null);
    }
}
