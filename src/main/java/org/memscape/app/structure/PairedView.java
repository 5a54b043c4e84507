package org.memscape.app.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.memscape.app.ui.Fonts;
import org.memscape.plot.Palette;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.PlotLayer;
import org.memscape.compute.Cancellation;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.structure.Agreement;
import org.memscape.structure.PairedRuns;

/**
 * Paired runs in the window (issue 14.5): the scene's particles, from the same starts with the
 * same seed, under two to four dynamics at once, drawn over the landscape in the colours and
 * shapes of {@link PairedLook} with a legend, and how often they end at the same memory (for the
 * Structure tab's table). It follows the frame on the canvas: the scene as it is now, at the step
 * shown; a background worker answers the newest request ({@link LatestWins}). The runs are the
 * compute engine's own ({@link PairedRuns}), so a dynamics that is the scene's own draws exactly
 * over the scene's particles. A second set of runs goes on to the last step, a little at each
 * request (it keeps its progress when a newer request cancels it), for the end's agreement.
 * FX thread, but for the worker's own fields.
 */
public final class PairedView {

    /** What to run: the scene (as on screen), the dynamics, the step shown. */
    record Request(Scene scene, List<DynamicsSpec.Sampler> dynamics, int step) {}

    /** The answer: each dynamics' particles at the step (x0, y0, x1, …), the agreement there, and at the end (null until known). */
    record Answer(Request request, List<float[]> positions, Agreement now, Agreement end) {}

    private final Consumer<String> say;
    private final LatestWins<Request, Answer> worker = new LatestWins<>("paired-runs", this::compute);
    private final Set<DynamicsSpec.Sampler> wanted = EnumSet.noneOf(DynamicsSpec.Sampler.class);
    private boolean on;
    private Request asked;
    private Answer answer;
    private final CheckMenuItem toggle = new CheckMenuItem("Paired runs: compare dynamics from the same starts");
    private final Menu choice = new Menu("Paired runs: which dynamics");
    private Scene menuScene;
    private boolean shownOn;

    // the worker's alone
    private PairedRuns runs;
    private PairedRuns endRuns;
    private Agreement endTable;

    PairedView(Consumer<String> say) {
        this.say = say;
        toggle.setOnAction(e -> setOn(toggle.isSelected()));
    }

    void stop() { worker.close(); }

    public boolean on() { return on; }

    /** Turns the comparison on or off; on for the first time, it compares the scene's own dynamics with the usual others. */
    public void setOn(boolean show) {
        on = show;
        toggle.setSelected(show);
        if (!show) {
            asked = null;
            answer = null;
        }
    }

    /** Chooses the dynamics (those the scene's model cannot take are left out when run). */
    public void setDynamics(List<DynamicsSpec.Sampler> dynamics) {
        if (dynamics.size() > PairedRuns.MAX_DYNAMICS) throw new IllegalArgumentException("at most " + PairedRuns.MAX_DYNAMICS);
        wanted.clear();
        wanted.addAll(dynamics);
        asked = null;
    }

    /** The dynamics run for {@code scene}: the chosen ones it can take, in a fixed order. */
    List<DynamicsSpec.Sampler> dynamicsFor(Scene scene) {
        if (wanted.isEmpty()) {
            wanted.addAll(PairedRuns.defaults(scene));
            if (wanted.size() < PairedRuns.MAX_DYNAMICS) wanted.add(scene.dynamics().sampler());
        }
        return PairedRuns.available(scene).stream().filter(wanted::contains).toList();
    }

    /** The particles of the {@code index}-th dynamics shown now (x0, y0, x1, …), or null while none are. */
    public float[] shownPositions(int index) {
        Answer a = answer();
        return a == null || index >= a.positions().size() ? null : a.positions().get(index).clone();
    }

    /** The dynamics shown now, or an empty list. */
    public List<DynamicsSpec.Sampler> shownDynamics() {
        Answer a = answer();
        return a == null ? List.of() : a.request().dynamics();
    }

    /** The newest answer, or null. */
    Answer answer() { return on ? answer : null; }

    /** True while the request for what is on screen waits or is computed, or the end's agreement is not yet known. */
    public boolean busy() {
        return on && (worker.busy() || answer == null || answer.request() != asked || answer.end() == null);
    }

    /** Each pulse: asks for the scene and step on screen; true when a new answer came. */
    boolean pulse(Scene scene, int step) {
        boolean toggled = on != shownOn;
        shownOn = on;
        if (!on || scene == null) return toggled;
        List<DynamicsSpec.Sampler> dynamics = dynamicsFor(scene);
        Request request = new Request(scene, dynamics, step);
        if (!request.equals(asked) && !dynamics.isEmpty()) {
            asked = request;
            worker.submit(request);
        }
        String failure = worker.takeFailure();
        if (failure != null) say.accept("Paired runs: " + failure);
        Answer next = worker.take();
        if (next == null) return toggled;
        answer = next;
        return true;
    }

    private void compute(Request r, Consumer<Answer> publish, Cancellation cancel) {
        if (runs == null || !runs.scene().equals(r.scene()) || !runs.dynamics().equals(r.dynamics())) {
            runs = new PairedRuns(r.scene(), r.dynamics(), ForkJoinPool.commonPool());
            endRuns = new PairedRuns(r.scene(), r.dynamics(), ForkJoinPool.commonPool());
            endTable = null;
        }
        runs.seek(r.step(), cancel);
        List<float[]> positions = new ArrayList<>();
        for (int d = 0; d < r.dynamics().size(); d++) positions.add(runs.positions(d));
        Agreement now = runs.agreement();
        publish.accept(new Answer(r, positions, now, endTable));
        if (endTable == null) {
            endRuns.finish(cancel);   // forward only: a cancelled request leaves its progress for the next
            endTable = endRuns.agreement();
            publish.accept(new Answer(r, positions, now, endTable));
        }
    }

    /** The View menu's items: on or off, and which dynamics (two to four of those the scene's model takes). */
    List<MenuItem> menuItems(java.util.function.Supplier<Scene> scene) {
        choice.setOnShowing(e -> fillChoice(scene.get()));
        fillChoice(scene.get());
        return List.of(new SeparatorMenuItem(), toggle, choice);
    }

    /** The choice for the scene on screen (before the first frame, every dynamics, none ticked). */
    private void fillChoice(Scene scene) {
        menuScene = scene;
        choice.getItems().clear();
        List<DynamicsSpec.Sampler> current = scene == null ? List.of() : dynamicsFor(scene);
        for (DynamicsSpec.Sampler d : DynamicsSpec.Sampler.values()) {
            boolean own = scene != null && d == scene.dynamics().sampler();
            CheckMenuItem item = new CheckMenuItem(PairedLook.label(d, scene != null && scene.model().isDiffusion())
                    + (own ? " (the scene's own)" : ""));
            item.setSelected(current.contains(d));
            item.setDisable(scene != null && !PairedRuns.available(scene).contains(d));
            item.setOnAction(e -> pick(d, item));
            choice.getItems().add(item);
        }
    }

    private void pick(DynamicsSpec.Sampler d, CheckMenuItem item) {
        List<DynamicsSpec.Sampler> now = new ArrayList<>(menuScene == null ? List.copyOf(wanted) : dynamicsFor(menuScene));
        if (item.isSelected()) {
            if (now.size() >= PairedRuns.MAX_DYNAMICS) {
                item.setSelected(false);
                say.accept("Paired runs: at most " + PairedRuns.MAX_DYNAMICS + " dynamics at once; untick one first.");
                return;
            }
            now.add(d);
        } else {
            now.remove(d);
        }
        setDynamics(now);
        setOn(!now.isEmpty());
    }

    /** The particles and the legend, over the landscape. */
    final PlotLayer layer = new PlotLayer() {
        @Override public void paint(GraphicsContext gc, PlotFrame plot, CanvasLook look) {
            Answer a = answer();
            if (a != null) paintRuns(gc, plot, look, a);
        }

        @Override public Object state() {
            return answer();
        }
    };

    private static void paintRuns(GraphicsContext gc, PlotFrame plot, CanvasLook look, Answer a) {
        double r = 3.6 * look.markScale();
        gc.setLineWidth(1.1 * look.markScale());
        for (int d = 0; d < a.positions().size(); d++) {
            float[] xy = a.positions().get(d);
            for (int p = 0; p + 1 < xy.length; p += 2) {
                double x = plot.px(xy[p]), y = plot.py(xy[p + 1]);
                if (!Double.isFinite(x) || !Double.isFinite(y) || x < plot.left() - r || x > plot.right() + r
                        || y < plot.top() - r || y > plot.bottom() + r) continue;
                PairedLook.mark(gc, d, x, y, r);
            }
        }
        legend(gc, plot, look, a.request());
    }

    /** One row per dynamics in the plot's lower left corner, on a dark panel. */
    private static void legend(GraphicsContext gc, PlotFrame plot, CanvasLook look, Request request) {
        double s = look.markScale();
        Font font = Fonts.regular(14 * s);
        double row = 20 * s, pad = 7 * s;
        boolean diffusion = request.scene().model().isDiffusion();
        List<String> labels = request.dynamics().stream().map(d -> PairedLook.label(d, diffusion)
                + (d == request.scene().dynamics().sampler() ? " (the scene's)" : "")).toList();
        double width = 0;
        for (String l : labels) width = Math.max(width, textWidth(l, font));
        double w = width + 3 * pad + 12 * s, h = labels.size() * row + 2 * pad - 4 * s;
        double x0 = plot.left() + 8 * s, y0 = plot.bottom() - 8 * s - h;
        gc.setFill(Color.gray(0.06, 0.78));
        gc.fillRoundRect(x0, y0, w, h, 8 * s, 8 * s);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1.1 * s);
        for (int d = 0; d < labels.size(); d++) {
            double cy = y0 + pad + row * d + 8 * s;
            PairedLook.mark(gc, d, x0 + pad + 5 * s, cy, 4.5 * s);
            gc.setFill(Color.web(Palette.TEXT_BRIGHT));
            gc.fillText(labels.get(d), x0 + 2 * pad + 12 * s, cy);
        }
    }

    private static double textWidth(String s, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
