package org.memscape.app.export;

import org.memscape.app.ui.ProgressWindow;

import org.memscape.app.document.Document;
import org.memscape.app.document.SceneFile;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.ViewSettings;
import org.memscape.app.playback.Playback;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.memscape.app.charts.ChartsPanel;
import org.memscape.app.export.AnimationFormat;
import org.memscape.app.export.AnimationPlan;
import org.memscape.app.export.ChartFiles;
import org.memscape.files.AtomicFile;
import org.memscape.output.Provenance;
import org.memscape.output.PictureRenderer;
import org.memscape.output.TrajectoryCsv;
import org.memscape.scene.Scene;

/**
 * The File menu's exports: the landscape as a PNG or an animation, GIF or MP4 (painted by the same code
 * as {@code render}, at the canvas's size and view settings, of the run from step 0 as after Reset), the
 * trajectories as {@code run} writes them, and the charts as SVG or PNG. Pictures, animations and CSV
 * are made in the background with a progress window and Cancel; every file is written
 * atomically, so a cancelled or failed export leaves nothing behind. FX thread.
 */
public final class ExportActions {

    /** Each chart's size in an export, in layout pixels (the PNG has twice as many). */
    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 400;
    static final int CHART_PNG_SCALE = 2;

    private final Node owner;
    private final Document document;
    private final Playback playback;
    private final LandscapeCanvas canvas;
    private final ChartsPanel charts;
    private final Consumer<String> say;
    /** Told of each file written, to confirm it. */
    private Consumer<Path> saved = p -> { };
    private File lastDirectory;

    public ExportActions(Node owner, Document document, Playback playback, LandscapeCanvas canvas, ChartsPanel charts, Consumer<String> say) {
        this.owner = owner;
        this.document = document;
        this.playback = playback;
        this.canvas = canvas;
        this.charts = charts;
        this.say = say;
    }

    public List<MenuItem> menuItems() {
        return List.of(new SeparatorMenuItem(),
                item("Export picture (PNG)\u2026", this::pictureDialog),
                item("Export animation (GIF or MP4)\u2026", this::animationDialog),
                item("Export trajectories (CSV)\u2026", this::trajectoriesDialog),
                item("Export charts (SVG or PNG)\u2026", this::chartsDialog));
    }

    // ---------------------------------------------------------------- what the menu items do, after asking

    /** The landscape at the current step, as on screen; the picture has the canvas's size times {@code options.scale()}. */
    Task<Void> picture(PictureOptions options, Path target) {
        Scene scene = document.scene();
        ViewSettings settings = canvas.view().settings();
        int step = playback.step();
        return start("Saving " + target.getFileName(), target, new Task<>() {
            @Override protected Void call() throws Exception {
                updateMessage("step " + step);
                try (PictureMaker maker = new PictureMaker(scene, settings, options, Double.NaN)) {
                    LandscapeFiles.png(maker, step, Provenance.of(scene), target);
                }
                return null;
            }
        });
    }

    /**
     * An animation of steps 0..lastStep at the canvas's size and view settings, GIF or MP4 as the
     * target's name says, sampled to stay under the budget.
     */
    Task<Void> animation(int lastStep, int framesPerSecond, boolean loop, Path target) {
        AnimationFormat format = AnimationFormat.forName(target.getFileName().toString());
        return animation(new ExportDialogs.Animation(format == null ? AnimationFormat.GIF : format, lastStep, framesPerSecond, loop, false),
                null, target);
    }

    /**
     * The animation the dialog chose; {@code measured}, the sizes and palette the dialog measured
     * (null: measured here first), is for this scene and these view settings.
     */
    Task<Void> animation(ExportDialogs.Animation choice, AnimationProbe.Result measured, Path target) {
        Scene scene = document.scene();
        ViewSettings settings = canvas.view().settings();
        PictureOptions options = animationOptions(settings);
        return start("Saving " + target.getFileName(), target, new Task<>() {
            @Override protected Void call() throws Exception {
                try (PictureMaker maker = new PictureMaker(scene, settings, options, Double.NaN)) {
                    AnimationProbe.Result sizes = measured;
                    if (sizes == null) {
                        updateMessage("measuring a few frames");
                        sizes = AnimationProbe.measure(maker, choice.format(), choice.lastStep(), options.pixelWidth(), options.pixelHeight(),
                                choice.framesPerSecond());
                    }
                    AnimationPlan plan = AnimationPlan.of(choice.lastStep(), sizes.sizes(), AnimationPlan.BUDGET, choice.everyStep(),
                            PictureRenderer.MAX_FRAMES);
                    LandscapeFiles.animation(maker, choice.format(), plan, sizes.palette(), options.pixelWidth(), options.pixelHeight(),
                            choice.framesPerSecond(), choice.loop(), Provenance.of(scene), target, (done, all) -> {
                                updateProgress(done, all);
                                updateMessage("frame " + done + " of " + all);
                            });
                }
                return null;
            }
        });
    }

    private PictureOptions animationOptions(ViewSettings settings) {
        return new PictureOptions(canvasWidth(), canvasHeight(), 1, settings.colorbar(), false);
    }

    /** Every particle at every step, exactly as {@code memscape run} writes the scene. */
    Task<Void> trajectories(Path target) {
        Scene scene = document.scene();
        return start("Saving " + target.getFileName(), target, new Task<>() {
            @Override protected Void call() throws Exception {
                AtomicFile.write(target, out -> {
                    Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    TrajectoryCsv.write(scene, w, (step, last) -> {
                        updateProgress(step, last);
                        updateMessage("step " + step + " of " + last);
                    });
                    w.flush();
                });
                return null;
            }
        });
    }

    /**
     * The charts that have data, stacked as in their tab: SVG for a file ending in .svg, else PNG
     * at twice the pixels. False (and no file) when no chart has data yet.
     */
    boolean charts(Path target) throws IOException {
        Provenance about = Provenance.of(document.scene());
        List<org.jfree.chart.JFreeChart> shown = ChartFiles.withData(charts.charts());
        if (shown.isEmpty()) return false;
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            ChartFiles.writeSvg(ChartFiles.svg(shown, CHART_WIDTH, CHART_HEIGHT, about), target);
        } else {
            ChartFiles.writePng(ChartFiles.png(shown, CHART_WIDTH, CHART_HEIGHT, CHART_PNG_SCALE), about, target);
        }
        return true;
    }

    int canvasWidth() { return Math.max(1, (int) Math.round(canvas.getWidth())); }

    int canvasHeight() { return Math.max(1, (int) Math.round(canvas.getHeight())); }

    // ---------------------------------------------------------------- asking

    private void pictureDialog() {
        ExportDialogs.picture(window(), canvasWidth(), canvasHeight(), canvas.view().settings().colorbar()).ifPresent(options -> {
            Path target = chooseTarget("Export the picture", "PNG pictures", "png");
            if (target != null) picture(options, target);
        });
    }

    private void animationDialog() {
        Scene scene = document.scene();
        ViewSettings settings = canvas.view().settings();
        PictureOptions options = animationOptions(settings);
        int steps = scene.dynamics().steps();
        Map<AnimationFormat, AnimationProbe.Result> measured = new EnumMap<>(AnimationFormat.class);
        ExportDialogs.SizeMeter meter = (format, done) -> {
            Task<AnimationProbe.Result> task = new Task<>() {
                @Override protected AnimationProbe.Result call() throws Exception {
                    try (PictureMaker maker = new PictureMaker(scene, settings, options, Double.NaN)) {
                        return AnimationProbe.measure(maker, format, steps, options.pixelWidth(), options.pixelHeight(), 15);
                    }
                }
            };
            task.setOnSucceeded(e -> {
                measured.put(format, task.getValue());
                done.accept(task.getValue().sizes());
            });
            task.setOnFailed(e -> done.accept(null));
            Thread thread = new Thread(task, "memscape-animation-size");
            thread.setDaemon(true);
            thread.start();
            return () -> task.cancel(true);
        };
        ExportDialogs.animation(window(), steps, meter).ifPresent(choice -> {
            Path target = chooseTarget("Export the animation", choice.format().description(), choice.format().extension());
            if (target != null) animation(choice, measured.get(choice.format()), target);
        });
    }

    private void trajectoriesDialog() {
        Path target = chooseTarget("Export the trajectories", "CSV files", "csv");
        if (target != null) trajectories(target);
    }

    private void chartsDialog() {
        if (ChartFiles.withData(charts.charts()).isEmpty()) {
            say.accept("No chart to export yet: play the run, or click a particle, first.");
            return;
        }
        FileChooser chooser = chooser("Export the charts", "svg");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("SVG drawings", "*.svg"),
                new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) return;
        lastDirectory = chosen.getParentFile();
        // The name as typed decides (GTK keeps ".svg" when the PNG filter is picked); else the filter.
        String name = chosen.getName().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png") || (!name.endsWith(".svg") && chooser.getSelectedExtensionFilter() != null
                && chooser.getSelectedExtensionFilter().getExtensions().contains("*.png"));
        Path target = withExtension(chosen, png ? "png" : "svg");
        try {
            if (charts(target)) {
                say.accept("");
                saved.accept(target);
            }
        } catch (IOException | RuntimeException e) {
            say.accept(failure(target, e));
        }
    }

    private Path chooseTarget(String title, String kind, String extension) {
        FileChooser chooser = chooser(title, extension);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind, "*." + extension));
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) return null;
        lastDirectory = chosen.getParentFile();
        return withExtension(chosen, extension);
    }

    private FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // the last folder, or the user's home: not wherever the program was started
        File start = lastDirectory != null && lastDirectory.isDirectory() ? lastDirectory : new File(System.getProperty("user.home"));
        if (start.isDirectory()) chooser.setInitialDirectory(start);
        chooser.setInitialFileName(SceneFile.fileName(document.scene().title()) + "." + extension);
        return chooser;
    }


    private static Path withExtension(File chosen, String extension) {
        String name = chosen.getName();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen.toPath() : chosen.toPath().resolveSibling(name + "." + extension);
    }

    public void onSaved(Consumer<Path> listener) { saved = listener; }

    // ---------------------------------------------------------------- running

    private Task<Void> start(String what, Path target, Task<Void> task) {
        task.setOnFailed(e -> say.accept(failure(target, task.getException())));
        task.setOnSucceeded(e -> {
            say.accept("");
            saved.accept(target);
        });
        ProgressWindow.show(window(), what, task);
        Thread thread = new Thread(task, "memscape-export");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static String failure(Path target, Throwable e) {
        // AtomicFile's messages name the folder and the system's reason, never its temporary file
        String why = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        return "Could not export " + target.getFileName() + ": " + why + ". Nothing was written.";
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
