package org.memscape.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import org.memscape.compute.Frame;
import org.memscape.compute.Simd;

/** Frame time, compute time, frames per second and the particle count, in one quiet line. */
final class StatusBar extends HBox {

    private final Label text = new Label();

    StatusBar() {
        text.setFont(Font.font(14));
        text.setTextFill(Style.MUTED_TEXT);
        setPadding(new Insets(2, 16, 6, 16));
        getChildren().add(text);
    }

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
