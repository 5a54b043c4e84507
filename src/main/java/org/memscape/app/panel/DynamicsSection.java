package org.memscape.app.panel;

import static org.memscape.app.panel.PanelWidgets.bindManaged;
import static org.memscape.app.panel.PanelWidgets.converter;
import static org.memscape.app.panel.PanelWidgets.field;
import static org.memscape.app.panel.PanelWidgets.hint;
import static org.memscape.app.panel.PanelWidgets.section;
import static org.memscape.app.panel.PanelWidgets.visible;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.memscape.app.panel.PanelContent.DynamicsRows;
import org.memscape.scene.DynamicsSpec.Integrator;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.Scene;

/** The panel's "Dynamics" section: the sampler, its step settings and the noise levels it runs through. */
final class DynamicsSection {

    final ComboBox<Sampler> sampler = new ComboBox<>();
    final Label samplerHint = hint("");
    final SliderRow step;
    final SliderRow steps;
    final SliderRow temperature;
    final Choice<Integrator> integrator;
    final VBox integratorRow;
    final TauRangeRow tau;
    final Label tauHint = hint("");
    final VBox box;

    DynamicsSection(EditGate gate, Consumer<UnaryOperator<Scene>> emit) {
        sampler.setId("sampler");
        sampler.setMaxWidth(Double.MAX_VALUE);
        sampler.setConverter(converter(PanelWords::samplerName));
        sampler.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                emit.accept(s -> ModelEdits.withSampler(s, now));
            }
        });
        step = new SliderRow("step", "Step size", 0.001, 1, SliderRow.Scale.LOG, v -> Shown.round(v, 2),
                v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withStep(s, v)));
        steps = new SliderRow("steps", "Number of steps", 10, 2000, SliderRow.Scale.LOG, v -> Shown.round(Math.rint(v), 2),
                v -> Shown.count(Math.round(v)), gate, v -> emit.accept(s -> ModelEdits.withSteps(s, (int) v)));
        temperature = new SliderRow("temperature", "Temperature T (0 = no noise)", 0, 2, SliderRow.Scale.LINEAR,
                v -> Math.round(v * 100) / 100.0, v -> Shown.sig(v, 3), gate,
                v -> emit.accept(s -> ModelEdits.withTemperature(s, v)));
        temperature.ticks(0.5, 4, false);
        integrator = new Choice<>("integrator", List.of(Integrator.EULER, Integrator.HEUN),
                i -> i == Integrator.EULER ? "Euler" : "Heun (2nd order)", gate,
                i -> emit.accept(s -> ModelEdits.withIntegrator(s, i)));
        integratorRow = field("Integrator", integrator);
        tau = new TauRangeRow("tau", "Noise levels \u03c4", gate,
                (hi, lo) -> emit.accept(s -> ModelEdits.withTauRange(s, hi, lo)));
        VBox tauRow = new VBox(2, tau, tauHint);
        bindManaged(tauRow, tau.managedProperty());
        box = section("Dynamics", false, field("Sampler", sampler, samplerHint), step, steps, temperature,
                integratorRow, tauRow);
        for (Node n : List.of(step, temperature, integratorRow, tau)) {
            visible(n, false);
        }
    }

    void show(DynamicsRows d) {
        if (!sampler.getItems().equals(d.samplers())) {
            sampler.getItems().setAll(d.samplers());
        }
        sampler.setValue(d.sampler());
        samplerHint.setText(d.samplerHint());
        visible(step, d.showStep());
        step.setTitle(d.stepTitle());
        step.set(d.step());
        steps.set(d.steps());
        visible(temperature, d.showTemperature());
        temperature.set(d.temperature());
        visible(integratorRow, d.showIntegrator());
        integrator.set(d.integrator());
        visible(tau, d.showTau());
        tau.set(d.tauMax(), d.tauMin());
        tauHint.setText(d.tauHint());
    }
}
