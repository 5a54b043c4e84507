package org.memscape.app;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import org.memscape.compute.Frame;
import org.memscape.compute.Simd;

/**
 * Frame time, compute time, frames per second and the particle count, in one quiet line; and,
 * for a few seconds, a note of what was just done ("Saved …"): errors go to the header, in red.
 */
final class StatusBar extends HBox {

    private final Label note = new Label();
    private final Label text = new Label();
    private final PauseTransition noteShown = new PauseTransition(javafx.util.Duration.seconds(6));

    StatusBar() {
        note.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 14));
        note.setTextFill(Style.TEXT);
        text.setFont(Font.font(14));
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

    String noteText() { return note.getText(); }

    /** Four updates a second are plenty to read, and each one re-lays out and re-renders the text. */
    private static final long UPDATE_NANOS = 250_000_000L;
    private long lastUpdate;

    void show(Frame frame, FrameStats stats) {
        long now = System.nanoTime();
        if (now - lastUpdate < UPDATE_NANOS) return;
        lastUpdate = now;
        String rate = stats.frameMillis() > 0
                ? String.format("frame %.1f ms (%.0f fps)", stats.frameMillis(), stats.fps())
                : "frame \u2013 (nothing moving)";
        text.setText(String.format("%d particles   \u00B7   compute %.1f ms   \u00B7   %s   \u00B7   %s   \u00B7   press ? for keys",
                frame.particleCount(), stats.computeMillis(), rate, Simd.enabled() ? "vector kernels" : "scalar kernels"));
    }
}
