package org.memscape.app.learned;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memscape.app.charts.LossChart;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.panel.PanelStyle;
import org.memscape.app.panel.WholeNumberField;
import org.memscape.learn.Architecture;
import org.memscape.learn.LearnedLandscape;
import org.memscape.learn.TrainedNetwork;
import org.memscape.learn.TrainingSettings;
import org.memscape.output.Version;
import org.memscape.scene.Scene;
import org.memscape.text.NumberText;

/**
 * The Learn tab (issue 16): train a network on the scene's memories in the background, with a
 * progress bar, the loss chart and Cancel, while the landscape shows the weights as they learn;
 * then choose what to see (exact, learned, both; the learned energy, its curl or the error map) and
 * run the particles on the learned score beside the exact ones, with the share of each that ends on
 * a memory. FX thread; the training, the views and the particle runs work in the background.
 */
public final class LearnPanel extends VBox {

    /** The largest steps and width the window takes: a training of minutes, not hours. */
    static final int MAX_STEPS = 100_000;
    static final int MAX_WIDTH = 512;
    static final double DEFAULT_RADIUS = 0.2;

    private final Supplier<Scene> scene;
    private final Consumer<String> say;
    private final LearnedView view;
    private final LearnedParticles particles = new LearnedParticles();
    private final LossChart loss = new LossChart();
    private final WholeNumberField steps = new WholeNumberField("learn-steps", 1, MAX_STEPS, 500,
            max -> "the steps of training are 1 to " + max);
    private final WholeNumberField width = new WholeNumberField("learn-width", 1, MAX_WIDTH, 16,
            max -> "a hidden layer has 1 to " + max + " units");
    private final WholeNumberField seed = new WholeNumberField("learn-seed", 0, Long.MAX_VALUE, 1,
            max -> "the seed is a whole number from 0");
    private final Button learn = new Button("Learn");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("No network yet.");
    private final Label errorReadout = new Label();
    private final CheckBox showParticles = new CheckBox("Particles on the learned score (orange)");
    private final TextField radius = new TextField(NumberText.significant(DEFAULT_RADIUS, 6));
    private final Label radiusMessage = new Label();
    private final Label shareReadout = new Label();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleGroup heatmaps = new ToggleGroup();
    private double radiusValue = DEFAULT_RADIUS;
    private TrainingJob job;
    private int charted;
    private long startedNanos;
    private TrainedNetwork trained;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            pulse(now);
        }
    };

    public LearnPanel(LandscapeCanvas canvas, Supplier<Scene> scene, Consumer<String> say) {
        this.scene = scene;
        this.say = say;
        this.view = new LearnedView(canvas, say, this::showReadouts);
        getStyleClass().add("memscape-panel");
        getStylesheets().add(PanelStyle.URL);
        steps.show(TrainingSettings.DEFAULT_STEPS);
        width.show(Architecture.DEFAULT_WIDTH);
        seed.show(0);
        learn.setId("learn");
        learn.setDefaultButton(false);
        learn.setOnAction(e -> learn());
        cancel.setId("learn-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancel());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("learn-progress");
        status.setWrapText(true);
        status.setId("learn-status");
        Region chart = loss.node();
        chart.setPrefHeight(220);
        chart.setMinHeight(160);

        VBox training = section("Learn the score", true,
                hint("A network learns the score of the memories by denoising (3 hidden layers; Adam, 512 samples a step)."),
                row(field("Steps", steps), field("Width", width), field("Seed", seed)),
                steps.message(), width.message(), seed.message(),
                row(learn, cancel), progress, status, chart);
        VBox views = section("Show", false,
                toggles(modes, "learn-mode", LearnedView.Mode.values(), m -> m.name().toLowerCase(java.util.Locale.ROOT),
                        m -> view.setMode((LearnedView.Mode) m), LearnedView.Mode.EXACT),
                hint("Heatmap of the learned model:"),
                toggles(heatmaps, "learn-heatmap", LearnedView.Heatmap.values(), h -> ((LearnedView.Heatmap) h).label,
                        h -> view.setHeatmap((LearnedView.Heatmap) h), LearnedView.Heatmap.ENERGY),
                hint("Learned: the learned energy (the potential nearest the learned score, in the exact colours) and the learned "
                        + "score in orange. Both: the exact landscape with the learned score over it. Curl and error replace the heatmap."),
                errorReadout);
        radius.setPrefColumnCount(5);
        radius.setId("learn-radius");
        radius.setOnAction(e -> readRadius());
        radius.focusedProperty().addListener((o, was, now) -> {
            if (!now) readRadius();
        });
        radiusMessage.getStyleClass().add("refusal");
        radiusMessage.setWrapText(true);
        radiusMessage.managedProperty().bind(radiusMessage.textProperty().isNotEmpty());
        shareReadout.setWrapText(true);
        shareReadout.setId("learn-share");
        showParticles.setId("learn-particles");
        showParticles.setOnAction(e -> particlesChanged());
        VBox sampling = section("Particles", false, showParticles,
                row(new Label("On a memory within"), radius), radiusMessage, shareReadout,
                hint("The same starts and noise as the exact run (white): only the score differs. A larger network and longer "
                        + "training end more particles on the memories; a small one leaves some between them."));
        VBox content = new VBox(6, training, views, sampling);
        content.setPadding(new Insets(14, 16, 18, 16));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        for (Label l : new Label[] {status, errorReadout, shareReadout, radiusMessage}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
    }

    public void start() {
        view.start();
        timer.start();
    }

    public void stop() {
        timer.stop();
        if (job != null) job.cancel();
        view.stop();
        particles.close();
    }

    public LearnedView view() { return view; }

    public LossChart lossChart() { return loss; }

    /** The network after the last training, or null. */
    public TrainedNetwork trained() { return trained; }

    /** True while a training runs, or the views or particle runs are computed: tests wait for false. */
    public boolean busy() {
        // the job is let go on the pulse that shows its last losses and its result, not when its thread ends
        return job != null || view.busy() || (showParticles.isSelected() && particles.busy());
    }

    /** The share readout as shown, e.g. "End on a memory: exact 98%, learned 64%" (tests). */
    public String shareText() { return shareReadout.getText(); }

    /** The exact and learned shares at the radius, or null before the runs are done (tests). */
    public double[] shares() {
        LearnedParticles.Runs r = particles.runs();
        return r == null ? null : new double[] {r.exactShare(radiusValue), r.learnedShare(radiusValue)};
    }

    /** Sets the training's steps, width and seed as typed (a lesson, tests). */
    public void setSettings(int stepCount, int widthCount, long seedValue) {
        steps.show(stepCount);
        width.show(widthCount);
        seed.show(seedValue);
    }

    /** Starts a training on the scene as it is now (a running one is cancelled first). */
    public void learn() {
        Scene now = scene.get();
        if (!now.model().isDiffusion()) {
            say.accept("Learn trains a network on the score of a diffusion model: choose a diffusion model in the Model tab first.");
            return;
        }
        if (now.memories().isEmpty()) {
            say.accept("Learn needs memories to learn: add some first.");
            return;
        }
        if (job != null) job.cancel();
        job = new TrainingJob(now, new TrainingJob.Settings((int) steps.value(), (int) width.value(), seed.value()), Version.current());
        charted = 0;
        loss.clear();
        startedNanos = System.nanoTime();
        progress.setProgress(0);
        cancel.setDisable(false);
        status.setText("Training\u2026");
        if (view.mode() == LearnedView.Mode.EXACT) select(modes, LearnedView.Mode.LEARNED);
        job.start();
    }

    public void cancel() {
        if (job != null) job.cancel();
    }

    private void pulse(long now) {
        if (job != null) follow(job);
        if (showParticles.isSelected()) {
            particles.follow(view.network(), scene.get());
            if (particles.poll(say)) {
                view.canvasChanged();
                showShares();
            }
        }
    }

    /** The training's new losses to the chart, its progress, and its newest weights to the landscape. */
    private void follow(TrainingJob j) {
        int done = j.stepsDone();
        if (done > charted) {
            double[] fresh = new double[done - charted];
            for (int k = 0; k < fresh.length; k++) fresh[k] = j.loss(charted + k + 1);
            loss.add(charted + 1, fresh, fresh.length);
            charted = done;
            progress.setProgress((double) done / j.settings().steps());
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            status.setText("Step " + NumberText.count(done) + " of " + NumberText.count(j.settings().steps()) + " \u00b7 loss "
                    + NumberText.decimals(fresh[fresh.length - 1], 3) + " \u00b7 " + NumberText.decimals(seconds, 0) + " s");
        }
        var snapshot = j.takeSnapshot();
        if (snapshot != null && !j.finished()) view.setNetwork(snapshot, j.scene());
        if (j.finished()) {
            job = null;
            cancel.setDisable(true);
            if (j.failure() != null) {
                status.setText("The training failed: " + j.failure());
                return;
            }
            trained = j.result();
            view.setNetwork(trained.network(), trained.scene());
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            status.setText((j.cancelled() ? "Cancelled after " : "Learned: ") + NumberText.count(trained.settings().steps()) + " steps in "
                    + NumberText.decimals(seconds, 0) + " s \u00b7 final loss " + NumberText.decimals(trained.finalLoss(), 3)
                    + " (mean of the last 100)");
            progress.setProgress(j.cancelled() ? progress.getProgress() : 1);
        }
    }

    private void showReadouts() {
        LearnedLandscape l = view.landscape();
        if (l == null) {
            errorReadout.setText("");
            return;
        }
        String memories = view.trainedOn() != null && !view.trainedOn().memories().equals(scene.get().memories())
                ? " The network learned other memories: press Learn to learn these." : "";
        errorReadout.setText("At \u03c4 = " + NumberText.decimals(l.tau(), 2) + " the learned score is " + percent(l.relativeError(), 1)
                + " off the exact one (p-weighted), and " + percent(l.unexplained(), 1) + " of it rotates (no potential explains it)." + memories);
    }

    private void particlesChanged() {
        view.setParticles(showParticles.isSelected() ? particles : null);
        showShares();
    }

    private void showShares() {
        double[] s = showParticles.isSelected() ? shares() : null;
        shareReadout.setText(s == null ? (showParticles.isSelected() ? "Running the particles\u2026" : "")
                : "End on a memory: exact " + percent(s[0], 0) + ", learned " + percent(s[1], 0) + "; between memories: exact "
                        + percent(1 - s[0], 0) + ", learned " + percent(1 - s[1], 0) + ".");
    }

    /** A share as a percentage with {@code places} decimals: 64%, 4.2%. */
    static String percent(double share, int places) {
        return NumberText.decimals(100 * share, places) + "%";
    }

    private void readRadius() {
        String typed = radius.getText().strip();
        try {
            double r = Double.parseDouble(typed.replace(NumberText.MINUS, '-'));
            if (!(r > 0) || !Double.isFinite(r)) throw new NumberFormatException();
            radiusValue = r;
            radiusMessage.setText("");
            showShares();
        } catch (NumberFormatException e) {
            radiusMessage.setText("\u201c" + typed + "\u201d is not a radius: a number above 0. Nothing changed.");
            radius.setText(NumberText.significant(radiusValue, 6));
        }
    }

    // ---------------------------------------------------------------- building blocks

    private static VBox section(String title, boolean first, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("section");
        if (first) box.getStyleClass().add("first");
        return box;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox field(String title, WholeNumberField f) {
        f.spinner().setPrefWidth(96);
        return new VBox(4, new Label(title), f.spinner());
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(10, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> HBox toggles(ToggleGroup group, String id, T[] values, java.util.function.Function<T, String> name,
                                    Consumer<Object> chosen, T initial) {
        HBox box = new HBox(0);
        for (T v : values) {
            ToggleButton b = new ToggleButton(name.apply(v));
            b.setId(id + "-" + v.toString().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(v);
            b.setSelected(v == initial);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true);   // one is always chosen
                chosen.accept(v);
            });
            box.getChildren().add(b);
        }
        return box;
    }

    private static void select(ToggleGroup group, Object value) {
        for (var t : group.getToggles()) {
            if (t.getUserData() == value && !t.isSelected()) ((ToggleButton) t).fire();
        }
    }
}
