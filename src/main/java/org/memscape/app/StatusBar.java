package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import org.memscape.app.playback.FrameStats;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import org.memscape.compute.Frame;
import org.memscape.compute.Simd;
import org.memscape.text.NumberText;

/**
 * What a user wants to know at a glance, in one quiet line: how many particles, which step, and τ
 * for a diffusion model; the engine's and the renderer's timings only when asked for (View menu).
 * And, for a few seconds, a note of what was just done ("Saved …"): errors go to the header, in red.
 */
public final class StatusBar extends HBox {

    private final Label note = new Label();
    private final Label text = new Label();
    private final PauseTransition noteShown = new PauseTransition(javafx.util.Duration.seconds(6));
    private boolean timings;

    StatusBar() {
        note.setFont(Fonts.bold(14));
        note.setTextFill(Style.TEXT);
        text.setFont(Fonts.regular(14));
        text.setTextFill(Style.MUTED_TEXT);
        setPadding(new Insets(2, 16, 6, 16));
        setSpacing(16);
        getChildren().addAll(note, text);
        noteShown.setOnFinished(e -> note.setText(""));
    }

    /** Shows {@code what} for a few seconds. */
    void note(String what) {
        note.setText(what);
        noteShown.playFromStart();
    }

    public String noteText() { return note.getText(); }

    String text() { return text.getText(); }

    /** Adds the engine's and the frame's timings to the line (for those who tune or report speed), or takes them away. */
    void showTimings(boolean show) {
        timings = show;
    }

    boolean timingsShown() { return timings; }

    /**
     * The frame on screen, of a run of {@code lastStep} steps: at every frame, so the step and τ here
     * are those of the transport bar and of the picture (a quarter-second throttle once left them up to
     * 15 steps behind; the text is laid out in the same pulse as the transport bar's, so it costs little).
     */
    void show(Frame frame, FrameStats stats, int lastStep) {
        text.setText(line(frame, stats, lastStep));
    }

    private String line(Frame frame, FrameStats stats, int lastStep) {
        String dot = "   \u00B7   ";
        int n = frame.particleCount();
        StringBuilder line = new StringBuilder(n == 1 ? "1 particle" : NumberText.count(n) + " particles");
        line.append(dot).append("step ").append(NumberText.count(frame.step())).append(" of ").append(NumberText.count(lastStep));
        if (!Double.isNaN(frame.tau())) line.append(dot).append("\u03C4 = " + NumberText.decimals(frame.tau(), 3));
        if (timings) {
            String rate = stats.frameMillis() > 0
                    ? "frame " + NumberText.decimals(stats.frameMillis(), 1) + " ms (" + NumberText.decimals(stats.fps(), 0) + " fps)"
                    : "frame \u2013 (nothing moving)";
            line.append(dot).append("engine " + NumberText.decimals(stats.computeMillis(), 1) + " ms").append(dot).append(rate)
                    .append(dot).append(Simd.enabled() ? "vector kernels" : "scalar kernels");
        }
        return line.append(dot).append("press ? for keys").toString();
    }
}
