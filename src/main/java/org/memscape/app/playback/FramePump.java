package org.memscape.app.playback;

import org.memscape.app.document.Document;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeView;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.memscape.compute.Frame;
import org.memscape.compute.FrameEngine;
import org.memscape.compute.FrameRequest;
import org.memscape.compute.Grid;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;

/**
 * The one-way loop of the window: each 60 Hz pulse, if the document, the view or the step
 * changed, one request goes to the engine (the newest replaces any older one); the newest
 * finished frame, if any, is painted and the previous one handed back. While playing, the step
 * advances once the frame for the current step is on screen, by as many steps as the time since
 * the last advance is worth at the chosen speed: a slow machine shows fewer of the steps, at the
 * same steps a second, instead of queueing. Never one runLater per step. What to ask for (the
 * part of the plane, arrows or streamlines) it reads from the {@link LandscapeView}, never from
 * the canvas that paints.
 */
public final class FramePump {

    public static final int HEATMAP = 512;
    public static final int ARROWS = 18;
    /** A drag counts as interactive this long after its last move: a coarse frame comes first. */
    private static final long DRAG_NANOS = 150_000_000L;

    private final FrameEngine engine = new FrameEngine(f -> { });
    private final Document document;
    private final Playback playback;
    private final LandscapeView view;
    private final Consumer<Frame> screen;
    private final Consumer<Frame> onShown;
    private final FrameStats stats = new FrameStats();
    private final Consumer<String> onFailure;
    private Frame shown;
    private FrameRequest submitted;
    private long lastDragNanos;
    private final TrailRestart trailRestart;
    private Runnable restartTrails = () -> { };

    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            pulse(now);
        }
    };

    /**
     * @param screen  paints a frame (the landscape canvas): told before the frame it replaces goes back to the engine
     * @param onShown told after, with the frame on screen
     */
    public FramePump(Document document, Playback playback, LandscapeView view, Consumer<Frame> screen, Consumer<Frame> onShown,
                     Consumer<String> onFailure) {
        this.document = document;
        this.playback = playback;
        this.trailRestart = new TrailRestart(playback);
        this.view = view;
        this.screen = screen;
        this.onShown = onShown;
        this.onFailure = onFailure;
    }

    /** What starts the trails again after a jump on the timeline (the canvas's clearTrails). */
    public void setRestartTrails(Runnable restart) { restartTrails = restart; }

    public void start() { timer.start(); }

    public void stop() {
        timer.stop();
        engine.close();
    }

    /** Called by the editor on every move of a drag. */
    public void dragging() { lastDragNanos = System.nanoTime(); }

    public FrameStats stats() { return stats; }

    public Frame shown() { return shown; }

    /** True while a request waits or is computed: tests wait for this to turn false. */
    public boolean busy() { return engine.busy() || !answered(); }

    /** The shown frame answers the newest request (a coarse one counts while dragging). */
    private boolean answered() {
        return submitted == null || (shown != null && shown.request() == submitted && (!shown.coarse() || submitted.interactive()));
    }

    private void pulse(long now) {
        Frame next = engine.takeLatest();
        if (next != null) {
            if (trailRestart.before(next.step())) restartTrails.run();
            screen.accept(next);
            engine.release(shown);
            shown = next;
            stats.frameShown(now, next);
            onShown.accept(next);
        }
        FrameEngine.Failure failure = engine.lastFailure();
        if (failure != null && failure.request() == submitted) {
            playback.playingProperty().set(false);   // nothing will answer: don't wait for it
            onFailure.accept("Could not compute this scene: " + failure.reason());
            submitted = null;
        }
        if (answered()) playback.tick(now);
        submitIfChanged(now);
        // The canvas paints on the next pulse: a pulse later on screen, but the software renderer draws
        // it while the engine computes the next frame (bench-ui: 31 ms between frames, against 45 ms
        // when painted within this pulse).
    }

    private void submitIfChanged(long now) {
        Scene scene = document.scene();
        Domain domain = view.domain();
        if (domain == null) return;
        boolean interactive = now - lastDragNanos < DRAG_NANOS;
        Grid grid = new Grid(domain.xmin(), domain.xmax(), domain.ymin(), domain.ymax(), HEATMAP);
        int arrows = view.force() == ForceView.ARROWS ? ARROWS : 0;
        boolean streamlines = view.force() == ForceView.STREAMLINES;
        FrameRequest last = submitted;
        if (last != null && last.scene() == scene && last.heatmap().equals(grid) && last.step() == playback.step()
                && last.run() == playback.run() && (last.interactive() || !interactive)
                && last.arrows() == arrows && last.streamlines() == streamlines) {
            return;
        }
        submitted = new FrameRequest(scene, Double.NaN, grid, arrows, playback.step(), interactive, playback.run(), streamlines);
        engine.submit(submitted);
    }
}
