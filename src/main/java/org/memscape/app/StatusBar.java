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
        lastUpdate = 0;
    }

    boolean timingsShown() { return timings; }

    /** Four updates a second are plenty to read, and each one re-lays out and re-renders the text. */
    private static final long UPDATE_NANOS = 250_000_000L;
    private long lastUpdate;
    /** The newest line not shown yet: it comes at the next quarter second, so a run's last step is not left out. */
    private String pending;
    private final PauseTransition catchUp = new PauseTransition(javafx.util.Duration.millis(UPDATE_NANOS / 1e6));

    {
        catchUp.setOnFinished(e -> {
            text.setText(pending);
            lastUpdate = System.nanoTime();
        });
    }

    /** The frame on screen, of a run of {@code lastStep} steps. */
    void show(Frame frame, FrameStats stats, int lastStep) {
        long now = System.nanoTime();
        String line = line(frame, stats, lastStep);
        if (lastUpdate == 0 || now - lastUpdate >= UPDATE_NANOS) {
            catchUp.stop();
            text.setText(line);
            lastUpdate = now;
        } else {
            pending = line;
            if (catchUp.getStatus() != javafx.animation.Animation.Status.RUNNING) catchUp.playFromStart();
        }
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
