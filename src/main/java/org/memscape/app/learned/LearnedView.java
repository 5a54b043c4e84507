package org.memscape.app.learned;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.structure.LatestWins;
import org.memscape.compute.Cancellation;
import org.memscape.compute.FieldBuffer;
import org.memscape.compute.Frame;
import org.memscape.compute.Grid;
import org.memscape.compute.StreamlineTracer;
import org.memscape.compute.Streamlines;
import org.memscape.core.DiffusionModel;
import org.memscape.learn.LearnedField;
import org.memscape.learn.LearnedLandscape;
import org.memscape.learn.Network;
import org.memscape.learn.TrainedNetwork;
import org.memscape.learn.TrainingSettings;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The learned score on the landscape (issue 16): it follows the frame on the canvas (its scene
 * and τ) and the canvas's view, as the structure views do; each pulse, if they or the network
 * changed, a request goes to a background worker ({@link LatestWins}: the newest wins), which
 * computes the {@link LearnedLandscape} on a {@value #GRID}² grid over the view and the learned
 * force as arrows or streamlines, as the canvas shows the exact force. {@link LearnedPicture}
 * paints the answer. FX thread.
 */
public final class LearnedView {

    /** Exact: the landscape as always. Learned: the learned model in place of the exact one. Both: the exact landscape with the learned force over it. */
    public enum Mode { EXACT, LEARNED, BOTH }

    /** What the heatmap shows of the learned model. */
    public enum Heatmap {
        ENERGY("energy"), CURL("curl"), ERROR("error");

        public final String label;

        Heatmap(String label) { this.label = label; }
    }

    static final int GRID = 128;
    static final int ARROWS = 18;
    static final int STREAMLINE_GRID = 64;

    /** What is asked for: the network, the frame's scene and τ, the view, and how the force is drawn. */
    record Request(Network network, Scene scene, double tau, Domain view, ForceView force) {}

    /** The answer: the landscape, and the learned force as arrows (a field) or streamlines, or neither. */
    record Answer(Request request, LearnedLandscape landscape, FieldBuffer arrows, Streamlines streamlines) {}

    private final LandscapeCanvas canvas;
    private final Consumer<String> say;
    private final LatestWins<Request, Answer> worker = new LatestWins<>("learned-view", LearnedView::compute);
    private final LearnedPicture picture;
    private final Runnable onAnswer;
    private Network network;
    private Scene trainedOn;
    /** Why the network cannot stand for the scene on screen ({@link TrainedNetwork#mismatch}), for which scene. */
    private String refusalOf;
    private Scene refusalFor;
    private Mode mode = Mode.EXACT;
    private Heatmap heatmap = Heatmap.ENERGY;
    private Request asked;
    private Answer answer;
    private String refusal;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            pulse();
        }
    };

    /** @param onAnswer told on the FX thread when a new answer is shown (the panel's readouts) */
    public LearnedView(LandscapeCanvas canvas, Consumer<String> say, Runnable onAnswer) {
        this.canvas = canvas;
        this.say = say;
        this.onAnswer = onAnswer;
        this.picture = new LearnedPicture(this, canvas);
        canvas.setLearned(picture.layer(), picture.tint(), false);
    }

    public void start() { timer.start(); }

    public void stop() {
        timer.stop();
        worker.close();
    }

    /** The network to show (a snapshot while training) and the scene it learns, or null for none. */
    public void setNetwork(Network newNetwork, Scene trainedScene) {
        network = newNetwork;
        trainedOn = trainedScene;
        refusalFor = null;
        if (network == null) answer = null;
        changed();
    }

    /** The scene the network learned (its memories and model), or null. */
    public Scene trainedOn() { return trainedOn; }

    public Network network() { return network; }

    public void setMode(Mode newMode) {
        mode = newMode;
        changed();
    }

    public Mode mode() { return mode; }

    public void setHeatmap(Heatmap newHeatmap) {
        heatmap = newHeatmap;
        changed();
    }

    public Heatmap heatmap() { return heatmap; }

    /** The particles on the learned score to draw, or null for none. */
    void setParticles(LearnedParticles shown) {
        picture.setParticles(shown);
        canvasChanged();
    }

    /** Something drawn changed: the canvas repaints the layer and the heatmap. */
    void canvasChanged() {
        canvas.structureChanged();
    }

    /** The newest answer shown, or null. */
    public LearnedLandscape landscape() { return answer == null ? null : answer.landscape(); }

    Answer answer() { return answer; }

    /** Why the learned model cannot be shown for the scene on screen (another model or schedule), or null. */
    public String refusal() { return refusal; }

    /** True while the learned view waits for, or computes, what the screen asks for: tests wait for false. */
    public boolean busy() {
        Request now = current();
        return worker.busy() || (now != null && (answer == null || !now.equals(answer.request())));
    }

    /** The learned model is drawn (a network, a mode other than exact, a diffusion scene). */
    boolean showing() { return network != null && mode != Mode.EXACT && refusal == null; }

    private void changed() {
        canvas.setLearned(picture.layer(), picture.tint(), showing() && mode == Mode.LEARNED);
    }

    private Request current() {
        Frame frame = canvas.frame();
        Domain view = canvas.view().domain();
        if (frame == null || view == null || network == null || mode == Mode.EXACT) return null;
        if (!(SceneSetup.model(frame.request().scene()) instanceof DiffusionModel)) return null;
        return new Request(network, frame.request().scene(), frame.tau(), view, canvas.view().force());
    }

    private void pulse() {
        Frame frame = canvas.frame();
        Scene scene = frame == null ? null : frame.request().scene();
        if (scene != refusalFor) {
            refusalFor = scene;
            refusalOf = network == null || scene == null ? null
                    : new TrainedNetwork(network, trainedOn, TrainingSettings.standard(0.5), 0, Double.NaN, "window").mismatch(scene);
        }
        String why = network == null ? null : refusalOf;
        if (!Objects.equals(why, refusal)) {
            refusal = why;
            changed();
        }
        Request now = refusal == null ? current() : null;
        if (now != null && !now.equals(asked)) {
            asked = now;
            worker.submit(now);
        }
        Answer a = worker.take();
        if (a != null && a.request().network() == network) {
            answer = a;
            canvas.structureChanged();
            onAnswer.run();
        }
        String failure = worker.takeFailure();
        if (failure != null) say.accept("Could not show the learned score: " + failure);
    }

    private static void compute(Request r, Consumer<Answer> publish, Cancellation cancel) {
        DiffusionModel exact = (DiffusionModel) SceneSetup.model(r.scene());
        Domain v = r.view();
        Grid grid = new Grid(v.xmin(), v.xmax(), v.ymin(), v.ymax(), GRID);
        double tau = Double.isNaN(r.tau()) ? r.scene().dynamics().tauMin() : r.tau();
        LearnedLandscape landscape = LearnedLandscape.compute(r.network(), exact, grid, tau, null);
        if (cancel.cancelled()) return;
        FieldBuffer arrows = null;
        Streamlines lines = null;
        if (r.force() == ForceView.ARROWS) {
            arrows = FieldBuffer.withForce(grid.withSize(ARROWS));
            LearnedField.evaluate(r.network(), arrows.grid(), tau, arrows.forceX(), arrows.forceY(), null);
        } else if (r.force() == ForceView.STREAMLINES) {
            FieldBuffer field = FieldBuffer.withForce(grid.withSize(STREAMLINE_GRID));
            LearnedField.evaluate(r.network(), field.grid(), tau, field.forceX(), field.forceY(), null);
            lines = new Streamlines();
            new StreamlineTracer().trace(field, lines);
        }
        publish.accept(new Answer(r, landscape, arrows, lines));
    }

    /** The heatmap's values for the chosen view, as floats over the grid, or null to keep the exact heatmap. */
    float[] heatValues() {
        if (!showing() || answer == null) return null;
        double[] values = switch (heatmap) {
            case ENERGY -> mode == Mode.LEARNED ? answer.landscape().energy() : null;
            case CURL -> answer.landscape().curl();
            case ERROR -> answer.landscape().error();
        };
        if (values == null) return null;
        float[] out = new float[values.length];
        for (int k = 0; k < out.length; k++) out[k] = (float) values[k];
        return out;
    }

    static double percentile(double[] values, double percent, boolean absolute) {
        double[] v = absolute ? Arrays.stream(values).map(Math::abs).toArray() : values.clone();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.round(percent / 100 * (v.length - 1)))];
    }
}
