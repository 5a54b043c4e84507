package org.memscape.app.structure;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.memscape.app.charts.BifurcationChart;
import org.memscape.app.document.Document;
import org.memscape.app.playback.Playback;
import org.memscape.app.ui.Style;
import org.memscape.core.DiffusionModel;
import org.memscape.scene.DynamicsSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.BifurcationSweep;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.FixedPoints;

/**
 * The side panel's Structure tab: the count of critical points in the view (with the Euler check
 * #minima − #saddles + #maxima against the winding of ∇E along the view's edge), the bifurcation
 * chart (computed in the background; a click sets β, or seeks the step of that τ). FX thread.
 */
public final class StructurePanel extends VBox {

    static final String NO_SWEEP = "This model has neither β nor τ to sweep: no bifurcation diagram.";

    private final StructureView view;
    private final Document document;
    private final Playback playback;
    private final Label counts = new Label("Fixed points: computing\u2026");
    private final BifurcationChart chart;
    private final PairedTable pairedTable = new PairedTable();
    private record Swept(SweepPlan plan, List<BifurcationSweep.Slice> slices) {}

    private final LatestWins<SweepPlan, Swept> sweepWorker = new LatestWins<>("bifurcation",
            (plan, publish, cancel) -> publish.accept(new Swept(plan, BifurcationSweep.of(plan.scene(), plan.values(), cancel))));
    private final javafx.animation.AnimationTimer poll = new javafx.animation.AnimationTimer() {
        @Override public void handle(long now) {
            takeSweep();
        }
    };
    private SweepPlan asked;
    private SweepPlan drawn;
    private Scene sweptScene;

    public StructurePanel(StructureView view, Document document, Playback playback) {
        this.view = view;
        this.document = document;
        this.playback = playback;
        this.chart = new BifurcationChart(this::pick);
        counts.setFont(Font.font(15));
        counts.setTextFill(Style.TEXT);
        counts.setWrapText(true);
        counts.setMinHeight(USE_PREF_SIZE);   // the chart gives way when the paired runs' table is shown, not the count
        chart.node().setPrefHeight(340);
        chart.node().setMinHeight(0);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        getChildren().addAll(counts, pairedTable, chart.node());
        setMinHeight(0);   // the tab shrinks with the window; the status bar below must stay on screen
        setSpacing(8);
        setPadding(new Insets(8, 4, 4, 4));
        setBackground(javafx.scene.layout.Background.fill(javafx.scene.paint.Color.web(org.memscape.plot.Palette.BACKGROUND)));
        view.onShown(this::update);
        poll.start();
    }

    public void stop() {
        poll.stop();
        sweepWorker.close();
    }

    /** True while the sweep for the scene on screen waits or is computed. */
    public boolean busy() {
        return sweepWorker.busy() || (asked != null && asked != drawn);
    }

    /** The count of critical points as shown. */
    public String countsText() { return counts.getText(); }

    public BifurcationChart chart() { return chart; }

    /** The paired runs' table as shown, a line per pair ("SDE · ODE 97.5 % 96.0 %"); empty while they are off. */
    public String pairedText() { return pairedTable.text(); }

    private void update() {
        if (!view.panelShowing()) return;   // a bifurcation sweep for every frame of a drag nobody sees would cost a core
        FixedPoints fp = view.fixedPoints();
        counts.setText(fp == null ? "Fixed points: computing\u2026" : describe(fp));
        pairedTable.show(view.paired().answer());
        StructureView.Shown shown = view.shown();
        if (shown == null) return;
        Scene scene = shown.scene();
        if (scene != sweptScene) {
            sweptScene = scene;
            SweepPlan plan = SweepPlan.of(scene);
            if (plan == null) {
                asked = drawn = null;
                chart.showNote(NO_SWEEP);
            } else if (asked == null || !plan.key().equals(asked.key())) {
                asked = plan;
                sweepWorker.submit(plan);
            }
        }
        markCurrent(shown);
    }

    private void markCurrent(StructureView.Shown shown) {
        // the curves on the chart may still be another scene's, of another parameter
        if (drawn == null || BifurcationSweep.parameterOf(shown.scene().model()) != drawn.parameter()) return;
        chart.mark(drawn.parameter() == BifurcationSweep.Parameter.TAU ? shown.tau() : SweepPlan.beta(shown.scene().model()));
    }

    private void takeSweep() {
        Swept swept = sweepWorker.take();
        String failure = sweepWorker.takeFailure();
        if (failure != null) chart.showNote("No bifurcation diagram: " + failure);
        if (swept == null || swept.plan() != asked) return;
        SweepPlan plan = swept.plan();
        drawn = plan;
        java.util.function.DoubleUnaryOperator betaEff = null;
        if (plan.parameter() == BifurcationSweep.Parameter.TAU && SceneSetup.model(plan.scene()) instanceof DiffusionModel d) {
            betaEff = d.process()::betaEff;
        }
        chart.show(swept.slices(), plan.parameter(), plan.ux(), plan.uy(), plan.axisName(), plan.reach(), betaEff);
        if (view.shown() != null) markCurrent(view.shown());
    }

    /** "2 minima (1 spurious), 1 saddle, 0 maxima; 2 − 1 + 0 = 1 = the turns of ∇E along the view's edge". */
    static String describe(FixedPoints fp) {
        long min = fp.count(CriticalPoint.Kind.MINIMUM), sad = fp.count(CriticalPoint.Kind.SADDLE), max = fp.count(CriticalPoint.Kind.MAXIMUM);
        StringBuilder s = new StringBuilder("In view: ");
        s.append(min).append(min == 1 ? " minimum" : " minima");
        if (fp.spuriousCount() > 0) s.append(" (").append(fp.spuriousCount()).append(" spurious)");
        s.append(", ").append(sad).append(sad == 1 ? " saddle, " : " saddles, ");
        s.append(max).append(max == 1 ? " maximum." : " maxima.");
        s.append("\n").append(min).append(" \u2212 ").append(sad).append(" + ").append(max).append(" = ").append(fp.indexSum());
        if (fp.boundaryWinding().isPresent()) {
            int w = fp.boundaryWinding().getAsInt();
            s.append(w == fp.indexSum() ? ", as many as" : ", but").append(" the turns of \u2207E along the view's edge: ").append(w);
        }
        if (fp.degenerate() > 0) s.append("; ").append(fp.degenerate()).append(" flat to rounding, not counted");
        return s.toString();
    }

    /** A click on the chart: β set to the value (three significant digits), or the step whose τ is nearest. */
    private void pick(double value) {
        if (drawn == null) return;
        if (drawn.parameter() == BifurcationSweep.Parameter.BETA) {
            double beta = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", value));
            if (beta > 0) document.edit(s -> s.withModel(BifurcationSweep.withBeta(s.model(), beta)));
        } else {
            DynamicsSpec d = document.scene().dynamics();
            if (d.steps() == 0 || d.tauMax() == d.tauMin()) return;
            int step = (int) Math.round((d.tauMax() - value) / (d.tauMax() - d.tauMin()) * d.steps());
            playback.seek(Math.max(0, Math.min(d.steps(), step)));
        }
    }
}
