package org.memscape.app.document;

import org.memscape.app.ui.ProgressWindow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;

/**
 * Open, Save, Save as, and loading presets, with the question before unsaved changes are lost.
 * A scene that fails to load says why (one line) and changes nothing. FX thread only.
 */
public final class FileActions {

    private final Node owner;
    private final Document document;
    private final SceneFile file;
    private final Consumer<String> say;
    /** Starts a new run of the particles: a loaded scene plays from its own start, never on from the last one's. */
    private final Runnable restart;
    /** Tests and the benchmark have no one to ask. */
    public boolean discardWithoutAsking;

    public FileActions(Node owner, Document document, SceneFile file, Consumer<String> say, Runnable restart) {
        this.owner = owner;
        this.document = document;
        this.file = file;
        this.say = say;
        this.restart = restart;
    }

    public SceneFile file() { return file; }

    /** Opens a scene that is not a file of the user's (a preset). */
    public void open(Callable<Scene> source) {
        if (!mayDiscard()) return;
        try {
            Scene scene = source.call();
            show(scene);
            file.detach(scene);
        } catch (SceneException e) {
            say.accept(e.getMessage());
        } catch (Exception e) {
            say.accept("Could not open the scene: " + e.getMessage());
        }
    }

    /**
     * Opens a scene file; it becomes the file that Save writes. It is read on a thread of its own,
     * so a slow disk or a network folder never freezes the window; past a moment a small window
     * says what is being opened and offers Cancel, which leaves everything as it was.
     */
    public Task<Scene> openFile(Path path) {
        if (!mayDiscard()) return null;
        if (opening != null) opening.cancel(true);
        String name = String.valueOf(path.getFileName());
        Task<Scene> task = new Task<>() {
            @Override protected Scene call() throws Exception {
                return reader.read(path);
            }
        };
        opening = task;
        task.setOnSucceeded(e -> {
            if (opening != task) return;
            opening = null;
            Scene scene = task.getValue();
            show(scene);
            file.opened(path, scene);
            used.forEach(l -> l.accept(path));
        });
        task.setOnFailed(e -> {
            if (opening != task) return;
            opening = null;
            Throwable why = task.getException();
            say.accept(why instanceof SceneException ? why.getMessage()
                    : "Could not open " + name + " (" + (why.getMessage() == null ? why : why.getMessage()) + "). Nothing changed.");
        });
        task.setOnCancelled(e -> {
            if (opening != task) return;
            opening = null;
            say.accept("Opening " + name + " was cancelled. Nothing changed.");
        });
        PauseTransition slow = new PauseTransition(SLOW_OPEN);
        slow.setOnFinished(e -> {
            if (!task.isDone()) ProgressWindow.show(owner == null || owner.getScene() == null ? null : owner.getScene().getWindow(), "Open", "Opening " + name, task);
        });
        slow.play();
        Thread thread = new Thread(task, "memscape-open");
        thread.setDaemon(true);   // a read stuck in the file system must not keep the program alive
        thread.start();
        return task;
    }

    /** How long an open may take before its progress window with Cancel shows. */
    static final javafx.util.Duration SLOW_OPEN = javafx.util.Duration.millis(400);

    /** How a scene file is read; a test puts a slow one in its place. */
    interface Reader { Scene read(Path path) throws Exception; }

    Reader reader = SceneReader::read;

    /** The file being opened, or null. */
    private Task<Scene> opening;

    /** Opens a recovered scene as unsaved changes to {@code source} (null: to no file yet). */
    void recover(Scene scene, Path source, String note) {
        show(scene);
        file.recovered(source);
        say.accept(note);
    }

    /**
     * Shows a scene that is not a file of the user's (a lesson's slide) without asking: the
     * caller has decided that what is on screen may go.
     */
    public void replace(Scene scene) {
        say.accept("");
        lastOpened = scene;
        document.replace(scene);   // not undoable: undo would bring back a slide the counter no longer shows
        restart.run();
        file.detach(scene);
    }

    /** The scene last opened (a file, a preset, a slide), as it was before any edit: where the shown scene came from. */
    public Scene lastOpened() { return lastOpened; }

    private Scene lastOpened;

    /** Runs after a scene that is not a lesson's slide was loaded (a preset, a file, a recovered scene). */
    public void onOpened(Runnable listener) { opened.add(listener); }

    private final java.util.List<Runnable> opened = new java.util.ArrayList<>();

    private void show(Scene scene) {
        say.accept("");
        lastOpened = scene;
        document.edit(s -> scene);
        restart.run();
        opened.forEach(Runnable::run);
    }

    /** Runs with the path of each scene file opened or saved (File → Open recent lists them). */
    public void onFileUsed(Consumer<Path> listener) { used.add(listener); }

    private final java.util.List<Consumer<Path>> used = new java.util.ArrayList<>();

    /**
     * Opens a recent file; one that is no longer there says so, changes nothing, and is passed to
     * {@code gone} (to take it off the list).
     */
    public void openRecent(Path path, Consumer<Path> gone) {
        if (!Files.isRegularFile(path)) {
            say.accept(path.getFileName() + " is no longer at " + path.getParent() + ". Nothing changed.");
            gone.accept(path);
            return;
        }
        lastDirectory = path.toAbsolutePath().getParent().toFile();
        openFile(path);
    }

    /** Saves to the open file, or asks where if there is none. */
    public void save() {
        if (file.path() == null) saveAs(); else saveTo(file.path());
    }

    public void saveTo(Path path) {
        try {
            file.saveTo(path);
            say.accept("");
            used.forEach(l -> l.accept(path));
        } catch (IOException e) {
            // AtomicFile says what went wrong in the user's terms (the folder, the system's reason), never its temporary file
            String why = e.getMessage() == null || e.getMessage().isBlank() ? "the system refused it" : e.getMessage();
            say.accept("Could not save " + path.getFileName() + ": " + why + ". "
                    + (Files.exists(path) ? "The file on disk is unchanged." : "Nothing was written."));
        }
    }

    public void saveAs() {
        FileChooser chooser = chooser("Save the scene");
        chooser.setInitialFileName(file.path() != null ? file.path().getFileName().toString()
                : SceneFile.fileName(document.scene().title()) + ".json");
        File chosen = chooser.showSaveDialog(owner.getScene().getWindow());
        if (chosen != null) {
            lastDirectory = chosen.getParentFile();
            saveTo(chosen.toPath());
        }
    }

    public void openDialog() {
        File chosen = chooser("Open a scene").showOpenDialog(owner.getScene().getWindow());
        if (chosen != null) {
            lastDirectory = chosen.getParentFile();
            openFile(chosen.toPath());
        }
    }

    /** Where the last scene was opened or saved; at first the user's home, not wherever the program was started. */
    private static File lastDirectory;

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File start = lastDirectory != null && lastDirectory.isDirectory() ? lastDirectory : new File(System.getProperty("user.home"));
        if (start.isDirectory()) chooser.setInitialDirectory(start);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Memscape scenes", "*.json"));
        return chooser;
    }

    /** True when there is nothing unsaved, or the user agrees to lose it. */
    public boolean mayDiscard() {
        if (!file.unsaved() || discardWithoutAsking) return true;
        return askToDiscard.getAsBoolean();
    }

    /** The question itself; a test answers it in place of a user. */
    public java.util.function.BooleanSupplier askToDiscard = FileActions::ask;

    private static boolean ask() {
        ButtonType discard = new ButtonType("Discard changes", javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep editing", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The scene has unsaved changes. Discard them?", discard, keep);
        ask.setHeaderText(null);
        return ask.showAndWait().orElse(keep) == discard;   // closing the dialog keeps them
    }
}
