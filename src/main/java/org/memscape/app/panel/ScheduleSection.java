package org.memscape.app.panel;

import static org.memscape.app.panel.PanelWidgets.field;
import static org.memscape.app.panel.PanelWidgets.hint;
import static org.memscape.app.panel.PanelWidgets.section;
import static org.memscape.app.panel.PanelWidgets.visible;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.memscape.app.panel.ModelEdits.ScheduleKind;
import org.memscape.app.panel.PanelContent.ScheduleRows;
import org.memscape.scene.Scene;

/** The panel's "Schedule" section, for the VP diffusion model only: the kind of noise rate and its settings. */
final class ScheduleSection {

    final Choice<ScheduleKind> schedule;
    final SliderRow betaMin;
    final SliderRow betaMax;
    final SliderRow gamma;
    final SliderRow theta;
    final Label cosineNote = hint(PanelWords.COSINE_NOTE);
    final VBox box;

    ScheduleSection(EditGate gate, Consumer<UnaryOperator<Scene>> emit) {
        schedule = new Choice<>("schedule", List.of(ScheduleKind.LINEAR, ScheduleKind.COSINE, ScheduleKind.CONSTANT),
                k -> k.name().toLowerCase(java.util.Locale.ROOT), gate,
                k -> emit.accept(s -> ModelEdits.withSchedule(s, k)));
        betaMin = new SliderRow("beta-min", "Rate at \u03c4 = 0, \u03b2min", 0, 5, SliderRow.Scale.LINEAR,
                v -> Math.round(v * 20) / 20.0, v -> Shown.sig(v, 3), gate,
                v -> emit.accept(s -> ModelEdits.withBetaMin(s, v)));
        betaMin.ticks(1, 3, false);
        betaMax = new SliderRow("beta-max", "Rate at \u03c4 = 1, \u03b2max", 1, 50, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withBetaMax(s, v)));
        gamma = new SliderRow("gamma", "Rate \u03b3 (sets the clock only)", 0.1, 10, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withGamma(s, v)));
        theta = new SliderRow("theta", "Signal left at \u03c4 = 1, \u03b8", 0.001, 0.5, SliderRow.Scale.LOG,
                v -> Shown.round(v, 2), v -> Shown.sig(v, 3), gate, v -> emit.accept(s -> ModelEdits.withTheta(s, v)));
        box = section("Schedule", false, field("Noise rate \u03b2(\u03c4)", schedule), cosineNote, betaMin,
                betaMax, gamma, theta);
        for (Node n : List.of(box, cosineNote, betaMin, betaMax, gamma, theta)) {
            visible(n, false);
        }
    }

    /** Shows the VP model's schedule; null (another model) hides the section. */
    void show(ScheduleRows sc) {
        visible(box, sc != null);
        if (sc == null) {
            return;
        }
        schedule.set(sc.kind());
        visible(cosineNote, sc.cosineNote());
        visible(betaMin, sc.linear() != null);
        visible(betaMax, sc.linear() != null);
        visible(gamma, sc.constant() != null);
        visible(theta, sc.constant() != null);
        if (sc.linear() != null) {
            betaMin.set(sc.linear().betaMin());
            betaMax.set(sc.linear().betaMax());
        } else if (sc.constant() != null) {
            gamma.set(sc.constant().gamma());
            theta.set(sc.constant().theta());
        }
    }
}
