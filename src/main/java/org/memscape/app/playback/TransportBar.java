package org.memscape.app.playback;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.memscape.compute.Frame;
import org.memscape.core.EnergyModel;

/**
 * Time controls: reset, step back, play/pause, step forward, speed, a timeline slider to scrub,
 * and what the shown step is: its number, τ, β(τ) and β_eff(τ).
 */
public final class TransportBar extends HBox {

    private static final Font FONT = Fonts.regular(17);

    private final Playback playback;
    private final Button play = button("Play", "Play or pause (Space)");
    private final Slider timeline = new Slider(0, 200, 0);
    private final Label stepLabel = label();
    private final TimeReadout readout = new TimeReadout(Fonts.regular(15));
    private boolean updating;
    /** The step of the frame on screen, or −1 before the first: the label shows it, as the status bar does. */
    private int shownStep = -1;
    private String measured;
    private Font measuredFont;

    public TransportBar(Playback playback, Runnable reset) {
        this.playback = playback;
        Button resetButton = button("Reset", "Back to step 0 (R)");
        Button back = button("\u25C0", "One step back (\u2190)");
        Button forward = button("\u25B6|", "One step forward (\u2192)");
        resetButton.setOnAction(e -> reset.run());
        back.setOnAction(e -> playback.back());
        forward.setOnAction(e -> playback.forward());
        play.setOnAction(e -> playback.togglePlay());
        play.setPrefWidth(110);
        ComboBox<Playback.Speed> speed = new ComboBox<>();
        speed.getItems().addAll(Playback.Speed.values());
        speed.setValue(playback.speed());
        speed.setOnAction(e -> playback.setSpeed(speed.getValue()));
        speed.setTooltip(new Tooltip("Steps a second while playing (slow frames show every few steps)"));
        speed.setStyle("-fx-font-size: 16px;");
        timeline.setMajorTickUnit(50);
        timeline.setBlockIncrement(1);
        timeline.setTooltip(new Tooltip("Drag to scrub through the recorded steps"));
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.valueProperty().addListener((o, was, now) -> {
            if (!updating) playback.seek((int) Math.round(now.doubleValue()));
        });
        playback.stepProperty().addListener((o, was, now) -> sync());
        playback.lastStepProperty().addListener((o, was, now) -> sync());
        playback.playingProperty().addListener((o, was, now) -> play.setText(now ? "Pause" : "Play"));
        // Buttons, the step and the τ readout never shorten to "…" (presentation mode's larger fonts
        // on a 1024-wide projector) and keep their widths while playing: the slider gives way.
        speed.setMinWidth(Region.USE_PREF_SIZE);
        timeline.setMinWidth(60);
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 16, 8, 16));
        getChildren().addAll(resetButton, back, play, forward, speed, timeline, stepLabel, readout.bar());
        // presentation mode enlarges the label and gives its font back: measured anew each time, or a
        // slide changed while presenting left the label as wide as the large font, the slider shorter
        stepLabel.fontProperty().addListener((o, was, now) -> sync());
        sync();
    }

    /** τ, β(τ) and β_eff(τ): in this bar, and for presentation mode beside the landscape. */
    public TimeReadout timeReadout() { return readout; }

    private void sync() {
        updating = true;
        timeline.setMax(Math.max(1, playback.lastStepProperty().get()));
        timeline.setValue(playback.step());
        int last = playback.lastStepProperty().get();
        // the frame on screen's step, as the status bar and τ show it: while playing, the playback is a
        // step or a few ahead of the frame being computed
        stepLabel.setText("step " + (shownStep >= 0 ? Math.min(shownStep, last) : playback.step()) + " / " + last);
        // as wide as the widest step: the label, and the slider beside it, keep their width while playing
        String widest = "step " + last + " / " + last;
        if (!widest.equals(measured) || stepLabel.getFont() != measuredFont) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(widest);
            text.setFont(stepLabel.getFont());
            stepLabel.setMinWidth(Math.ceil(text.getLayoutBounds().getWidth()) + 4);
            measured = widest;
            measuredFont = stepLabel.getFont();
        }
        updating = false;
    }

    /** The step label's text (tests). */
    public String stepText() { return stepLabel.getText(); }

    /** The step, τ, β(τ) and β_eff(τ) of the frame on screen; a note for a model without time. */
    public void showTime(Frame frame, EnergyModel model) {
        readout.show(frame.tau(), model);
        if (frame.step() != shownStep) {
            shownStep = frame.step();
            sync();
        }
    }

    private static Button button(String text, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFont(FONT);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label label() {
        Label l = new Label();
        l.setFont(FONT);
        l.setTextFill(Style.TEXT);
        return l;
    }
}
