package org.memscape.app.edit;

import java.util.function.Consumer;
import org.memscape.app.document.Document;
import org.memscape.app.landscape.LandscapeView;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneLimits;

/** What the gestures work on: the document, the view state, and how to say why something was refused. */
final class Editing {

    private static final double TANH_LIMIT = 0.999;

    final Document document;
    final LandscapeView view;
    final Consumer<String> say;
    private final Runnable onDragMove;

    Editing(Document document, LandscapeView view, Runnable onDragMove, Consumer<String> say) {
        this.document = document;
        this.view = view;
        this.onDragMove = onDragMove;
        this.say = say;
    }

    Scene scene() { return document.scene(); }

    /** Shows a step of a gesture (not yet an undo step); the field follows, coarse first. */
    void preview(Scene s) {
        document.preview(s);
        onDragMove.run();
    }

    /** Tells the frame pump that the view moves: coarse frames first. */
    void viewMoved() {
        onDragMove.run();
    }

    /** Selects the memory added last. */
    void selectNewest() {
        view.select(scene().memories().size() - 1, -1);
    }

    /** What lies where on the plot, for the scene as it is now. */
    Hits hits(PlotFrame plot) {
        return new Hits(plot, scene().memories(), view.look().markScale());
    }

    /** Canvas x, clamped to where the scene allows memories and particles. */
    double sceneX(PlotFrame plot, double px) { return clamp(plot.x(px)); }

    double sceneY(PlotFrame plot, double py) { return clamp(plot.y(py)); }

    /** Within ±1e6, and strictly inside (−1, 1) for tanh features, whose canvas shows activations. */
    private double clamp(double v) {
        double limit = limit();
        return Math.max(-limit, Math.min(limit, v));
    }

    double limit() {
        return scene().model() instanceof ModelSpec.Hopfield h && h.features() == ModelSpec.Features.TANH
                ? TANH_LIMIT : SceneLimits.MAX_COORDINATE;
    }
}
