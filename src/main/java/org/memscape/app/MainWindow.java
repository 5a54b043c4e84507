package org.memscape.app;

import org.memscape.app.ui.Style;

import org.memscape.app.classroom.LessonPlayer;
import org.memscape.app.classroom.Presentation;
import org.memscape.app.document.Document;
import org.memscape.app.document.FileActions;
import org.memscape.app.document.SceneFile;
import org.memscape.app.document.Settings;
import org.memscape.app.edit.CanvasEditor;
import org.memscape.app.export.ExportActions;
import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.LandscapeView;
import org.memscape.app.landscape.paint.ExtendedMemories;
import org.memscape.app.playback.FramePump;
import org.memscape.app.playback.Playback;
import org.memscape.app.playback.TransportBar;
import org.memscape.app.structure.StructurePanel;
import org.memscape.app.structure.StructureView;

import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.memscape.app.charts.ChartsPanel;
import org.memscape.app.panel.ModelPanel;
import org.memscape.compute.Frame;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;

/**
 * The main window's content. Data flows one way: an edit (mouse, panel, key) makes a new Scene
 * in the {@link Document}; the {@link FramePump} sends it to the engine and paints the frames
 * that come back. Nothing here computes a field.
 */
public final class MainWindow extends BorderPane {

    private final Document document;
    private final Playback playback = new Playback();
    private final LandscapeView view = new LandscapeView(Colormap.viridis());
    private final LandscapeCanvas canvas = new LandscapeCanvas(view);
    private final TransportBar transport = new TransportBar(playback, this::reset);
    private final StatusBar status = new StatusBar();
    private final HelpOverlay help = new HelpOverlay();
    private final Label message = new Label();
    private final ChartsPanel charts = new ChartsPanel();
    private final StructureView structure = new StructureView(canvas, message::setText);
    private final StructurePanel structurePanel;
    private final org.memscape.app.learned.LearnPanel learn;
    private final ModelPanel modelPanel;
    private final FramePump pump;
    private final CanvasEditor editor;
    private final FileActions files;
    private final LessonPlayer lessons;
    private final Presentation presentation = new Presentation(this, canvas);
    private final ExportActions exports;
    private EnergyModel model;
    private int lastChartStep = -1;
    private final Header header;
    private final VBox right;
    private final Shortcuts shortcuts;
    private final ViewMenu viewMenu;
    private final javafx.scene.control.MenuBar menuBar;
    private final VBox top;
    /** What the window remembers (the colour map, the recent files): none until {@link #remember} gives the user's. */
    private Settings settings = Settings.inMemory();
    static final String COLORMAP = "view.colormap";

    public MainWindow(Scene initial) {
        document = new Document(initial);
        modelPanel = new ModelPanel(document::edit);
        structurePanel = new StructurePanel(structure, document, playback);
        learn = new org.memscape.app.learned.LearnPanel(canvas, document::scene, message::setText);
        files = new FileActions(this, document, new SceneFile(document), message::setText, () -> reset());
        pump = new FramePump(document, playback, view, canvas::show, this::frameShown, message::setText);
        pump.setRestartTrails(canvas::clearTrails);   // after a jump on the timeline, no streak across it
        editor = new CanvasEditor(canvas, document, pump::dragging, message::setText);
        lessons = new LessonPlayer(files, message::setText, this::slideChanged);
        exports = new ExportActions(this, document, playback, canvas, charts, message::setText);
        exports.onSaved(path -> status.note("Saved " + path.getFileName()));
        files.file().onSaved(() -> status.note("Saved " + files.file().path().getFileName()));
        setBackground(Background.fill(Style.BACKGROUND));
        shortcuts = new Shortcuts(this, new Keys());
        viewMenu = new ViewMenu(view, canvas::shownRange, status::showTimings, structure.menuItems(), name -> settings.put(COLORMAP, name));
        menuBar = WindowMenus.of(this, shortcuts, viewMenu, () -> settings.recentFiles(),
                p -> files.openRecent(p, settings::removeRecent));
        files.onFileUsed(p -> settings.addRecent(p));
        HBox toolRow = ToolRow.of(this, shortcuts, editor::setTool);
        javafx.scene.control.ToggleButton present = presentation.button();
        header = new Header(lessons.bar(), present, toolRow, transport.timeReadout().presented(), message);
        top = new VBox(menuBar, header);
        setTop(top);
        StackPane landscape = new StackPane(canvas);
        landscape.setMinSize(300, 200);
        BorderPane.setMargin(landscape, new Insets(4, 8, 0, 8));
        setCenter(landscape);
        right = new VBox(sidePanel());
        right.setPadding(new Insets(2, 12, 0, 0));
        VBox.setVgrow(right.getChildren().get(0), Priority.ALWAYS);
        setRight(right);
        setBottom(new VBox(transport, status));
        // the key help stands over the whole window, as large as it fits (laid out below)
        help.setManaged(false);
        getChildren().add(help);
        presentation.hide(right, toolRow, present, status, transport.timeReadout().bar());
        presentation.presentingProperty().addListener((o, was, now) -> placeHeader(now));
        presentation.keepFonts(header.ownFonts());
        presentation.enlarge(1.5, header);
        presentation.enlarge(1.3, transport);
        document.sceneProperty().addListener((o, was, now) -> sceneChanged(was, now));
        sceneChanged(null, initial);
        // the keys are routed by Shortcuts; clicking the landscape gives it the keys back
        view.selectedParticleProperty().addListener((o, was, now) -> showWeights(pump.shown()));   // paused, too: no frame will come to show them
        canvas.setFocusTraversable(true);
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> canvas.requestFocus());
    }

    public void start() {
        pump.start();
        structure.start();
        learn.start();
        canvas.requestFocus();   // the keys are for the landscape until the user clicks a control
    }

    public void stop() {
        pump.stop();
        structure.stop();
        structurePanel.stop();
        learn.stop();
    }

    public Document document() { return document; }

    public Playback playback() { return playback; }

    public LandscapeCanvas canvas() { return canvas; }

    /** What the landscape shows: zoom, colours, force field, contours, selection. */
    public LandscapeView landscapeView() { return view; }

    public FramePump pump() { return pump; }

    public StructureView structure() { return structure; }

    public StructurePanel structurePanel() { return structurePanel; }

    public org.memscape.app.learned.LearnPanel learn() { return learn; }

    Label messageLabel() { return message; }

    /** The scene's description, or on a lesson's slide its caption. */
    public Label captionLabel() { return header.description(); }

    Header header() { return header; }

    TransportBar transport() { return transport; }

    /** Opens a scene from somewhere (a preset); a scene that fails to load says why and changes nothing. */
    public void open(Callable<Scene> source) {
        files.open(source);
    }

    /** True when there is nothing unsaved, or the user agrees to lose it. */
    boolean mayDiscard() {
        return files.mayDiscard();
    }

    public FileActions files() { return files; }

    public LessonPlayer lessons() { return lessons; }

    ChartsPanel charts() { return charts; }

    public StatusBar statusBar() { return status; }

    public Presentation presentation() { return presentation; }

    public ExportActions exports() { return exports; }

    SceneFile file() { return files.file(); }

    HelpOverlay help() { return help; }

    javafx.scene.control.MenuBar menuBar() { return menuBar; }

    Shortcuts shortcuts() { return shortcuts; }

    /**
     * From now on the window remembers in {@code remembered} (the user's settings): the colour map
     * shown, and the files opened and saved for File → Open recent.
     */
    void remember(Settings remembered) {
        settings = remembered;
        viewMenu.showColormap(remembered.get(COLORMAP, viewMenu.colormap()));
    }

    /** File → Quit: closes the window, asking first over unsaved changes, as the window's close button does. */
    void quit() {
        if (getScene() != null && mayDiscard()) getScene().getWindow().hide();
    }

    /** Help → About: the version, and where the log is. */
    void about() {
        javafx.scene.control.Alert about = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                "Memscape " + org.memscape.output.Version.current() + "\n\nThe log of errors: " + ErrorLog.where());
        about.setHeaderText(null);
        about.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);   // else the log's path is cut to "…"
        about.setTitle("About Memscape");
        about.initOwner(getScene() == null ? null : getScene().getWindow());
        about.show();
    }

    /** What the key table does in this window. */
    private final class Keys implements Shortcuts.Window {
        @Override public void run(Shortcuts.Command command) {
            switch (command) {
                case PLAY -> playback.togglePlay();
                case STEP_FORWARD -> playback.forward();
                case STEP_BACK -> playback.back();
                case RESTART -> reset();
                case OPEN -> files.openDialog();
                case SAVE -> files.save();
                case SAVE_AS -> files.saveAs();
                case UNDO -> document.undo();
                case REDO -> document.redo();
                case DELETE -> editor.removeSelected();
                case RESET_VIEW -> view.setDomain(document.scene().domain());
                case PRESENT -> presentation.toggle();
                case NEXT_SLIDE -> lessons.next();
                case PREVIOUS_SLIDE -> lessons.previous();
                case HELP -> help.toggle();
            }
        }

        @Override public boolean applies(Shortcuts.Command command) {
            return (command != Shortcuts.Command.NEXT_SLIDE && command != Shortcuts.Command.PREVIOUS_SLIDE) || lessons.lesson() != null;
        }

        @Override public boolean gestureActive() { return editor.gestureActive(); }

        @Override public void finishGesture(boolean keep) {
            if (keep) editor.finishPolyline(); else editor.cancelPolyline();
        }

        /** Esc closes the help, else leaves presentation mode (a polyline being drawn took it first). */
        @Override public boolean escape() {
            if (help.isVisible()) {
                help.setVisible(false);
            } else if (presentation.presenting()) {
                presentation.set(false);
            } else {
                return false;
            }
            return true;
        }
    }

    /**
     * Presenting, the title and caption stand beside the landscape instead of above it: a
     * projector's picture is wide, and the landscape gets its whole height.
     */
    private void placeHeader(boolean beside) {
        header.setBeside(beside);
        lessons.setStacked(beside);
        transport.timeReadout().setPresenting(beside);
        // presenting, the menu bar goes with the toolbar (an audience needs the landscape); its keys still work
        if (beside) {
            setTop(null);
            setRight(header);
        } else {
            setRight(null);
            top.getChildren().setAll(menuBar, header);
            setTop(top);
            setRight(right);
        }
    }

    /**
     * The side (the panel, or presenting the caption) gets what the landscape does not need: the
     * landscape is as wide as its plot at the height it has, so no empty strip stays beside it.
     */
    @Override
    protected void layoutChildren() {
        if (getRight() instanceof Region side) {
            double w = getWidth();
            double top = getTop() == null ? 0 : getTop().prefHeight(w);
            double bottom = getBottom() == null ? 0 : getBottom().prefHeight(w);
            double landscape = canvas.widthFor(getHeight() - top - bottom - 4) + 16;
            // presenting on a 4:3 projector the landscape takes the height: the caption column gets at least 22 % of the width (β_eff's number in large type needs that; the projector's colour bar takes 200 px of the rest)
            double least = presentation.presenting() ? 0.22 * w : ModelPanel.WIDTH + 52;
            side.setPrefWidth(Math.max(least, Math.floor(w - landscape)));
        }
        super.layoutChildren();
        help.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    /** A slide came or went: its caption, and the fixed points or basins it may turn on. */
    private void slideChanged() {
        showCaption();
        structure.show(lessons.show());
    }

    /** The scene's description under its title, or on a lesson's slide, the slide's caption. */
    private void showCaption() {
        String caption = lessons.caption();
        header.description().setText(caption != null ? caption : document.scene().description());
    }

    /** The model's settings and the charts, one tab each: the canvas keeps most of the width. */
    private Region sidePanel() {
        Tab settings = new Tab("Model", modelPanel);
        Tab plots = new Tab("Charts", charts);
        Tab experiments = new Tab("Experiments", new org.memscape.app.experiments.ExperimentsTab());
        Tab structureTab = new Tab("Structure", structurePanel);
        structureTab.selectedProperty().addListener((o, was, now) -> structure.setPanelShowing(now));
        TabPane tabs = new TabPane(settings, plots, structureTab, new Tab("Learn", learn), experiments);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(ModelPanel.WIDTH + 40);
        tabs.setMinWidth(ModelPanel.WIDTH + 40);
        tabs.setMinHeight(0);   // the panel scrolls; the status bar below must stay on screen
        tabs.setStyle("-fx-font-size: 16px;");
        tabs.setFocusTraversable(false);
        return tabs;
    }

    private void sceneChanged(Scene was, Scene now) {
        header.title().setText(now.title());
        // a refusal to draw segments and circles holds only while the model is the dot-product one
        if (ExtendedMemories.REFUSAL.equals(message.getText()) && ExtendedMemories.allowed(now)) message.setText("");
        showCaption();
        view.sceneChanged(was, now);
        canvas.setScene(now);
        model = SceneSetup.model(now);
        playback.lastStepProperty().set(now.dynamics().steps());
        if (playback.step() > now.dynamics().steps()) playback.seek(now.dynamics().steps());
        if (was == null || !was.particles().equals(now.particles()) || !was.dynamics().equals(now.dynamics())) {
            canvas.clearTrails();
            // new particles or dynamics: a new run from step 0 (a brushed particle appears where it was painted)
            if (was != null) playback.restart();
        }
        boolean newParticles = was != null && !was.particles().equals(now.particles());
        if (was != null && (was.memories().size() != now.memories().size() || newParticles)) {
            // a memory's number or a particle's may now mean another one
            view.select(-1, newParticles ? -1 : view.selectedParticle());
        }
        modelPanel.show(now);
        charts.showSchedule(now);
    }

    private void frameShown(Frame frame) {
        transport.showTime(frame, model);
        status.show(frame, pump.stats(), playback.lastStepProperty().get());
        charts.markTau(frame.tau());
        if (!frame.coarse() && frame.step() != lastChartStep) {
            if (frame.step() == 0) charts.resetEnergy();
            charts.addEnergy(frame.step(), frame.particleEnergy(), frame.particleCount());
            lastChartStep = frame.step();
        }
        showWeights(frame);
    }

    /** The selected particle's softmax weights over the memories in {@code frame}, or none. */
    private void showWeights(Frame frame) {
        int p = view.selectedParticle();
        if (frame != null && p >= 0 && p < frame.particleCount()) {
            double[] at = {frame.particleXY()[2 * p], frame.particleXY()[2 * p + 1]};
            charts.showWeights(model.memoryWeights(at, frame.tau()));
        } else {
            charts.showWeights(null);
        }
    }

    /**
     * A new run: back to step 0 with the particles started afresh from the scene as it is now
     * (after an edit mid-run, too). Reset, and every scene loaded (preset, file, slide, recovery).
     */
    void reset() {
        playback.restart();
        canvas.clearTrails();
    }
}
