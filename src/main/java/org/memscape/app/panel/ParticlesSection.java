package org.memscape.app.panel;

import static org.memscape.app.panel.PanelWidgets.field;
import static org.memscape.app.panel.PanelWidgets.hint;
import static org.memscape.app.panel.PanelWidgets.inline;
import static org.memscape.app.panel.PanelWidgets.section;
import static org.memscape.app.panel.PanelWidgets.spinner;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.memscape.app.panel.ModelEdits.InitKind;
import org.memscape.app.panel.PanelContent.ParticleRows;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneLimits;

/** The panel's "Particles" section: how many, where they start, the random seed, and a button that clears them. */
final class ParticlesSection {

    final WholeNumberField count = new WholeNumberField("count", 0, PanelContent.MAX_COUNT, 50,
            max -> "the window takes 0 to " + Shown.count(max) + " particles (more are slow to watch;"
                    + " a scene file may have up to " + Shown.count(SceneLimits.MAX_PARTICLES) + ")");
    final Choice<InitKind> init;
    final Label initHint = hint("");
    final WholeNumberField seed = new WholeNumberField("seed", Long.MIN_VALUE, Long.MAX_VALUE, 1,
            max -> "a seed is a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + " (64 bits, as in a scene file)");
    final VBox box;

    ParticlesSection(EditGate gate, Consumer<UnaryOperator<Scene>> emit) {
        spinner(count.spinner(), gate, () -> emit.accept(s -> ModelEdits.withCount(s, (int) count.value())));
        init = new Choice<>("init", List.of(InitKind.UNIFORM, InitKind.GAUSSIAN, InitKind.PRIOR),
                k -> k == InitKind.GAUSSIAN ? "Gaussian" : k.name().toLowerCase(java.util.Locale.ROOT), gate,
                k -> emit.accept(s -> ModelEdits.withInit(s, k)));
        spinner(seed.spinner(), gate, () -> emit.accept(s -> ModelEdits.withSeed(s, seed.value())));
        Button clear = new Button("Clear particles");
        clear.setId("clear-particles");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> emit.accept(ModelEdits::withoutParticles));
        box = section("Particles", false,
                new VBox(4, inline("Number of particles", count.spinner()), count.message()),
                field("Starting positions", init, initHint),
                new VBox(4, inline("Random seed", seed.spinner()), seed.message()), clear);
    }

    void show(ParticleRows p) {
        count.setMax(p.countMax());   // a file's larger count shows as it is
        count.show(p.count());
        count.spinner().setDisable(p.countFixed());
        init.set(p.init());
        initHint.setText(p.initHint());
        seed.show(p.seed());
    }
}
