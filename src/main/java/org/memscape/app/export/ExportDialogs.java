package org.memscape.app.export;

import org.memscape.app.ui.Fonts;


import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.memscape.app.export.AnimationFormat;
import org.memscape.app.export.AnimationPlan;
import org.memscape.output.PictureRenderer;

/** The questions before an export: how large, with what, how fast. Asked before the file chooser. */
final class ExportDialogs {

    record Animation(AnimationFormat format, int lastStep, int framesPerSecond, boolean loop, boolean everyStep) {}

    /**
     * Measures what an animation's frames cost, in the background: tells {@code done} on the FX
     * thread (null if it failed); the returned action stops it.
     */
    interface SizeMeter { Runnable measure(AnimationFormat format, Consumer<AnimationPlan.Sizes> done); }

    private ExportDialogs() {}

    /** Scale, colorbar and caption for a PNG of a canvas of {@code width}×{@code height}. */
    static Optional<PictureOptions> picture(Window owner, int width, int height, boolean colorbar) {
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.getItems().addAll(1, 2, 3);
        scale.setValue(2);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer s) { return s == null ? "" : s + "\u00d7   (" + s * width + " \u00d7 " + s * height + " pixels)"; }
            @Override public Integer fromString(String s) { return null; }
        });
        CheckBox bar = new CheckBox("Colorbar");
        bar.setSelected(colorbar);
        CheckBox caption = new CheckBox("Caption: the scene's title and description above it");
        GridPane grid = grid();
        grid.addRow(0, label("Scale"), scale);
        grid.add(label("2\u00d7 is sharp on slides and projectors"), 1, 1);
        grid.add(bar, 1, 2);
        grid.add(caption, 1, 3);
        Dialog<ButtonType> dialog = dialog(owner, "Export picture", grid);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new PictureOptions(width, height, scale.getValue(), bar.isSelected(), caption.isSelected()));
    }

    /**
     * Format, steps, speed, looping and every step or not, for an animation of the run from step 0,
     * with the expected size (measured by {@code meter}) before anything is written.
     */
    static Optional<Animation> animation(Window owner, int steps, SizeMeter meter) {
        AnimationForm form = new AnimationForm(steps, meter);
        Dialog<ButtonType> dialog = dialog(owner, "Export animation", form.grid);
        try {
            return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> form.choice());
        } finally {
            form.stop();
        }
    }

    /** The animation dialog's controls, and the expected size that follows them. FX thread. */
    static final class AnimationForm {
        final ChoiceBox<AnimationFormat> format = new ChoiceBox<>();
        final Spinner<Integer> last;
        final Spinner<Integer> fps = new Spinner<>(1, PictureRenderer.MAX_FPS, 15);
        final CheckBox everyStep = new CheckBox();
        final CheckBox loop = new CheckBox("Loop for ever (GIF; a video's player decides)");
        /** The expected size: which steps, how many bytes, how long. */
        final Label expected = new Label();
        final GridPane grid = grid();
        private final SizeMeter meter;
        private final java.util.Map<AnimationFormat, AnimationPlan.Sizes> sizes = new java.util.EnumMap<>(AnimationFormat.class);
        private Runnable measuring = () -> { };
        /** The format being measured, or null. */
        private AnimationFormat pending;

        AnimationForm(int steps, SizeMeter meter) {
            this.meter = meter;
            last = new Spinner<>(1, Math.max(1, steps), Math.max(1, steps));
            for (Spinner<Integer> s : java.util.List.of(last, fps)) {
                s.setEditable(true);
                s.setPrefWidth(110);
                s.valueProperty().addListener((o, was, now) -> update());
            }
            format.getItems().setAll(AnimationFormat.values());
            format.setValue(AnimationFormat.GIF);
            format.setConverter(new javafx.util.StringConverter<>() {
                @Override public String toString(AnimationFormat f) { return f == null ? "" : f == AnimationFormat.GIF ? "GIF" : "MP4 (H.264 video)"; }
                @Override public AnimationFormat fromString(String s) { return null; }
            });
            format.valueProperty().addListener((o, was, now) -> update());
            everyStep.selectedProperty().addListener((o, was, now) -> update());
            loop.setSelected(true);
            expected.setWrapText(true);
            expected.setFont(Fonts.regular(15));
            // the room of its longest text from the start: the dialog is sized once, when shown
            expected.setPrefWidth(460);
            expected.setMinHeight(3 * 21);
            expected.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            grid.addRow(0, label("Format"), format);
            grid.addRow(1, label("Steps"), last);
            grid.add(label("from step 0"), 1, 2);
            grid.addRow(3, label("Frames per second"), fps);
            grid.add(everyStep, 1, 4);
            grid.add(loop, 1, 5);
            Label expectedName = label("Expected");
            GridPane.setValignment(expectedName, javafx.geometry.VPos.TOP);
            grid.addRow(6, expectedName, expected);
            update();
        }

        Animation choice() {
            return new Animation(format.getValue(), committed(last), committed(fps), loop.isSelected(), everyStep.isSelected());
        }

        /** The plan for the choices as they are, once the chosen format's frames are measured. */
        AnimationPlan plan() {
            AnimationPlan.Sizes measured = sizes.get(format.getValue());
            return measured == null ? null : AnimationPlan.of(last.getValue(), measured, AnimationPlan.BUDGET, everyStep.isSelected(),
                    PictureRenderer.MAX_FRAMES);
        }

        private void update() {
            AnimationFormat chosen = format.getValue();
            loop.setDisable(chosen != AnimationFormat.GIF);
            everyStep.setText("Every step (" + (last.getValue() + 1) + " frames)");
            AnimationPlan plan = plan();
            if (plan == null) {
                expected.setText("measuring a few frames\u2026");
                if (chosen == pending) return;
                measuring.run();
                pending = chosen;
                measuring = meter.measure(chosen, result -> {
                    pending = null;
                    if (result == null) {
                        expected.setText("could not be measured; the animation shows " + (everyStep.isSelected() ? "every step" : "steps sampled to stay under "
                                + PictureRenderer.BUDGET_TEXT));
                        return;
                    }
                    sizes.put(chosen, result);
                    if (format.getValue() == chosen) update();
                });
                return;
            }
            everyStep.setText("Every step (" + (last.getValue() + 1) + " frames, about " + AnimationPlan.megabytes(plan.everyStepBytes()) + ")");
            expected.setText(plan.summary(fps.getValue()));
        }

        void stop() {
            measuring.run();
        }
    }

    /** A spinner's value including text typed but not yet committed with Enter (clamped to its range). */
    private static int committed(Spinner<Integer> spinner) {
        try {
            spinner.getValueFactory().setValue(Integer.parseInt(spinner.getEditor().getText().strip()));
        } catch (NumberFormatException typo) {
            // keep the last good value
        }
        return spinner.getValue();
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, GridPane content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setStyle("-fx-font-size: 15px;");
        return dialog;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        return grid;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setFont(Fonts.regular(15));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
