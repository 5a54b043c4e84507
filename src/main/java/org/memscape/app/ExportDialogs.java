package org.memscape.app;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.memscape.cli.PictureRenderer;

/** The questions before an export: how large, with what, how fast. Asked before the file chooser. */
final class ExportDialogs {

    record Animation(int lastStep, int framesPerSecond, boolean loop) {}

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

    /** Steps, speed and looping for a GIF of the run from step 0. */
    static Optional<Animation> animation(Window owner, int steps) {
        Spinner<Integer> last = new Spinner<>(1, Math.max(1, steps), Math.max(1, steps));
        Spinner<Integer> fps = new Spinner<>(1, PictureRenderer.MAX_FPS, 15);
        for (Spinner<Integer> s : java.util.List.of(last, fps)) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        CheckBox loop = new CheckBox("Loop for ever");
        loop.setSelected(true);
        GridPane grid = grid();
        grid.addRow(0, label("Steps"), last);
        grid.add(label("one frame per step, from step 0"), 1, 1);
        grid.addRow(2, label("Frames per second"), fps);
        grid.add(loop, 1, 3);
        Dialog<ButtonType> dialog = dialog(owner, "Export animation", grid);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new Animation(committed(last), committed(fps), loop.isSelected()));
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
        l.setFont(Font.font(15));
        return l;
    }
}
