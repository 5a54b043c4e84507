package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import org.memscape.app.classroom.LessonPlayer;
import org.memscape.app.classroom.Lessons;
import org.memscape.app.classroom.Presentation;
import org.memscape.app.document.Document;
import org.memscape.app.document.FileActions;
import org.memscape.app.document.Presets;
import org.memscape.app.document.SceneFile;
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
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.memscape.app.charts.ChartsPanel;
import org.memscape.app.panel.ModelPanel;
import org.memscape.compute.Frame;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
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

    public MainWindow(Scene initial) {
        document = new Document(initial);
        modelPanel = new ModelPanel(document::edit);
        structurePanel = new StructurePanel(structure, document, playback);
        files = new FileActions(this, document, new SceneFile(document), message::setText, () -> reset());
        pump = new FramePump(document, playback, view, canvas::show, this::frameShown, message::setText);
        editor = new CanvasEditor(canvas, document, pump::dragging, message::setText);
        lessons = new LessonPlayer(files, message::setText, this::slideChanged);
        exports = new ExportActions(this, document, playback, canvas, charts, message::setText);
        exports.onSaved(path -> status.note("Saved " + path.getFileName()));
        files.file().onSaved(() -> status.note("Saved " + files.file().path().getFileName()));
        setBackground(Background.fill(Style.BACKGROUND));
        // One toolbar under the description: drawing tools and the view at the left, the rest at the
        // right. Present sits by the title and the lesson's counter. All of it fits a 1024-wide window.
        HBox toolRow = new HBox(8, toolChoice(), toolButton("Reset view", "Show the whole scene again (0)",
                () -> view.setDomain(document.scene().domain())), spacer(), toolbar());
        toolRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ToggleButton present = presentation.button();
        header = new Header(lessons.bar(), present, toolRow, transport.timeReadout().presented(), message);
        setTop(header);
        StackPane landscape = new StackPane(canvas, help);
        landscape.setMinSize(300, 200);   // not the help overlay's height: the status bar must stay on screen
        BorderPane.setMargin(landscape, new Insets(4, 8, 0, 8));
        setCenter(landscape);
        right = new VBox(sidePanel());
        right.setPadding(new Insets(4, 12, 0, 0));
        VBox.setVgrow(right.getChildren().get(0), Priority.ALWAYS);
        setRight(right);
        setBottom(new VBox(transport, status));
        presentation.hide(right, toolRow, present, status, transport.timeReadout().bar());
        presentation.presentingProperty().addListener((o, was, now) -> placeHeader(now));
        presentation.keepFonts(header.ownFonts());
        presentation.enlarge(1.5, header);
        presentation.enlarge(1.3, transport);
        document.sceneProperty().addListener((o, was, now) -> sceneChanged(was, now));
        sceneChanged(null, initial);
        // Shortcuts with Ctrl go first; plain keys only if the focused control (a slider, a spinner's
        // text) did not use them. Clicking the landscape gives it the keys back.
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        addEventFilter(KeyEvent.KEY_PRESSED, this::classroomKey);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        view.selectedParticleProperty().addListener((o, was, now) -> showWeights(pump.shown()));   // paused, too: no frame will come to show them
        canvas.setFocusTraversable(true);
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> canvas.requestFocus());
    }

    public void start() {
        pump.start();
        structure.start();
        canvas.requestFocus();   // the keys are for the landscape until the user clicks a control
    }

    public void stop() {
        pump.stop();
        structure.stop();
        structurePanel.stop();
    }

    public Document document() { return document; }

    public Playback playback() { return playback; }

    public LandscapeCanvas canvas() { return canvas; }

    /** What the landscape shows: zoom, colours, force field, contours, selection. */
    public LandscapeView landscapeView() { return view; }

    public FramePump pump() { return pump; }

    public StructureView structure() { return structure; }

    public StructurePanel structurePanel() { return structurePanel; }

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

    /** File, presets, undo and redo, the view menu and the key help: the toolbar's right end. */
    private HBox toolbar() {
        MenuButton presets = new MenuButton("Presets");
        presets.setFont(Fonts.regular(16));
        presets.setMinWidth(Region.USE_PREF_SIZE);
        presets.setFocusTraversable(false);   // after a choice, Space plays rather than opening the menu again
        for (String name : Presets.NAMES) {
            javafx.scene.control.CustomMenuItem item = new javafx.scene.control.CustomMenuItem(presetEntry(name));
            item.setOnAction(e -> open(() -> Presets.load(name)));
            presets.getItems().add(item);
        }
        presets.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        for (String name : Lessons.NAMES) presets.getItems().add(lessons.menuItem(name));
        Button undo = toolButton("Undo", "Undo the last edit (Ctrl+Z)", () -> document.undo());
        Button redo = toolButton("Redo", "Redo (Ctrl+Shift+Z)", () -> document.redo());
        Button keys = toolButton("?", "Keys and mouse (?)", help::toggle);
        MenuButton fileMenu = new MenuButton("File");
        fileMenu.setFont(Fonts.regular(16));
        fileMenu.setMinWidth(Region.USE_PREF_SIZE);
        fileMenu.setFocusTraversable(false);
        javafx.scene.control.MenuItem openItem = new javafx.scene.control.MenuItem("Open\u2026   Ctrl+O");
        openItem.setOnAction(e -> files.openDialog());
        javafx.scene.control.MenuItem saveItem = new javafx.scene.control.MenuItem("Save   Ctrl+S");
        saveItem.setOnAction(e -> files.save());
        javafx.scene.control.MenuItem saveAsItem = new javafx.scene.control.MenuItem("Save as\u2026   Ctrl+Shift+S");
        saveAsItem.setOnAction(e -> files.saveAs());
        javafx.scene.control.MenuItem lessonItem = new javafx.scene.control.MenuItem("Open lesson\u2026");
        lessonItem.setOnAction(e -> lessons.openDialog());
        fileMenu.getItems().addAll(openItem, saveItem, saveAsItem, new javafx.scene.control.SeparatorMenuItem(), lessonItem);
        fileMenu.getItems().addAll(exports.menuItems());
        HBox row = new HBox(8, fileMenu, presets, undo, redo, ViewMenu.of(view, canvas::shownRange, status::showTimings, structure.menuItems()), keys);
        row.setMinWidth(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * Presenting, the title and caption stand beside the landscape instead of above it: a
     * projector's picture is wide, and the landscape gets its whole height.
     */
    private void placeHeader(boolean beside) {
        header.setBeside(beside);
        transport.timeReadout().setPresenting(beside);
        if (beside) {
            setTop(null);
            setRight(header);
        } else {
            setRight(null);
            setTop(header);
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
            double least = presentation.presenting() ? 0.3 * w : ModelPanel.WIDTH + 52;
            side.setPrefWidth(Math.max(least, Math.floor(w - landscape)));
        }
        super.layoutChildren();
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

    /**
     * Keys for the lecturer, taken before any control: a slide clicker's PageDown must turn the
     * slide even when a slider or a scrolling panel has the focus.
     */
    private void classroomKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F11) {
            presentation.toggle();
        } else if (e.getCode() == KeyCode.PAGE_DOWN && lessons.lesson() != null) {
            lessons.next();
        } else if (e.getCode() == KeyCode.PAGE_UP && lessons.lesson() != null) {
            lessons.previous();
        } else if (e.getCode() == KeyCode.ESCAPE && presentation.presenting() && !editor.gestureActive() && !help.isVisible()) {
            presentation.set(false);   // Esc first drops a polyline or closes the help, as it does on the desk
        } else {
            return;
        }
        e.consume();
    }

    /** What a drag on empty ground draws: a point, a segment or a circle memory; one choice, so one joined control (ControlsFX). */
    private Region toolChoice() {
        org.controlsfx.control.SegmentedButton tools = new org.controlsfx.control.SegmentedButton();
        HBox box = new HBox(0);
        box.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Draw");
        label.setFont(Fonts.regular(16));
        label.setTextFill(Style.MUTED_TEXT);
        label.setPadding(new Insets(0, 8, 0, 0));
        box.getChildren().add(label);
        for (CanvasEditor.Tool tool : CanvasEditor.Tool.values()) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(tool.name().toLowerCase(java.util.Locale.ROOT));
            b.setFont(Fonts.regular(16));
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(tool == CanvasEditor.Tool.POINT);
            b.setTooltip(new Tooltip(switch (tool) {
                case POINT -> "Click to add a point memory";
                case SEGMENT -> "Drag to draw a segment memory (an extended memory)";
                case POLYLINE -> "Click the corners of a polyline memory; double-click or Enter ends it, Esc drops it";
                case CIRCLE -> "Drag from the centre to draw a ring memory";
            }));
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true);   // one tool is always chosen
                editor.setTool(tool);
            });
            tools.getButtons().add(b);
        }
        box.getChildren().add(tools);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** The model's settings and the charts, one tab each: the canvas keeps most of the width. */
    private Region sidePanel() {
        Tab settings = new Tab("Model", modelPanel);
        Tab plots = new Tab("Charts", charts);
        Tab experiments = new Tab("Experiments", new org.memscape.app.experiments.ExperimentsTab());
        Tab structureTab = new Tab("Structure", structurePanel);
        TabPane tabs = new TabPane(settings, plots, structureTab, experiments);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(ModelPanel.WIDTH + 40);
        tabs.setMinWidth(ModelPanel.WIDTH + 40);
        tabs.setMinHeight(0);   // the panel scrolls; the status bar below must stay on screen
        tabs.setStyle("-fx-font-size: 16px;");
        tabs.setFocusTraversable(false);
        return tabs;
    }

    /** A preset in the menu: its title, with its description in a tooltip to read before choosing it. */
    private static Region presetEntry(String name) {
        Label title = new Label(name);
        title.setFont(Fonts.regular(16));
        Tooltip about = new Tooltip();
        try {
            Scene scene = Presets.load(name);
            title.setText(scene.title());
            about.setText(scene.description());
        } catch (SceneException e) {
            about.setText(e.getMessage());
        }
        about.setWrapText(true);
        about.setMaxWidth(520);
        about.setFont(Fonts.regular(15));
        about.setShowDelay(javafx.util.Duration.millis(250));
        Tooltip.install(title, about);
        return title;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFont(Fonts.regular(16));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
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

    private void shortcut(KeyEvent e) {
        boolean shortcut = e.isControlDown() || e.isMetaDown();
        // Text fields keep their own keys (undo, the caret, spaces).
        boolean typing = getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl;
        if (typing || editor.gestureActive()) return;
        if (!shortcut && !e.isAltDown() && timeKey(e.getCode())) {
            // Space, ← and → always drive time: a slider or button clicked last would take them
            // otherwise, and a lecturer presses Space without looking at where the focus is.
            e.consume();
            return;
        }
        if (!shortcut) return;
        if (e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) document.redo(); else document.undo();
        } else if (e.getCode() == KeyCode.S) {
            if (e.isShiftDown()) files.saveAs(); else files.save();
        } else if (e.getCode() == KeyCode.O) {
            files.openDialog();
        } else if (e.getCode() == KeyCode.Y) {
            document.redo();
        } else {
            return;
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && editor.gestureActive()) {
            editor.finishPolyline();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && editor.gestureActive()) {
            editor.cancelPolyline();
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isMetaDown() || editor.gestureActive()) return;
        if (e.getCode() == KeyCode.R) {
            reset();
        } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
            view.setDomain(document.scene().domain());
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            editor.removeSelected();
        } else if ("?".equals(e.getText()) || (e.getCode() == KeyCode.SLASH && e.isShiftDown())) {
            help.toggle();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            help.setVisible(false);
        } else {
            return;
        }
        e.consume();
    }

    /** Plays or steps for Space, → and ←; false for any other key. */
    private boolean timeKey(KeyCode code) {
        switch (code) {
            case SPACE -> playback.togglePlay();
            case RIGHT -> playback.forward();
            case LEFT -> playback.back();
            default -> {
                return false;
            }
        }
        return true;
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
