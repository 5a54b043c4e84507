package org.memscape.app.document;

import java.util.Locale;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneWriter;

/**
 * Where the open scene lives on disk, and whether it has changed since it was opened or saved.
 * Saves are atomic (a temporary file, then a move: see {@link SceneWriter#write}), so a failed
 * save leaves the previous file as it was. FX thread only.
 */
public final class SceneFile {

    private final Document document;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private Path path;
    private Scene saved;
    private final java.util.List<Runnable> savedListeners = new java.util.ArrayList<>();

    public SceneFile(Document document) {
        this.document = document;
        this.saved = document.scene();
        document.sceneProperty().addListener((o, was, now) -> updateTitle());
        updateTitle();
    }

    /** "Memscape – name.json •": the dot while there are unsaved changes. */
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }

    public Path path() { return path; }

    public boolean unsaved() { return !document.scene().equals(saved); }

    /** Reads a scene file; on success it becomes the open file. A bad file throws and changes nothing. */
    public Scene read(Path file) throws SceneException {
        Scene scene = SceneReader.read(file);
        path = file;
        return scene;
    }

    /** A scene just read from {@code file}: it becomes the open file, and changes are counted from it. */
    void opened(Path file, Scene scene) {
        path = file;
        saveBaseline(scene);
    }

    /** The scene as it is on disk now (after an open): changes are counted from it. */
    void saveBaseline(Scene scene) {
        saved = scene;
        updateTitle();
    }

    /** Marks a scene that did not come from a file (a preset) as the unsaved-changes baseline. */
    void detach(Scene scene) {
        path = null;
        saved = scene;
        updateTitle();
    }

    /** A scene recovered after a crash: unsaved until saved, to {@code source} if it came from a file. */
    void recovered(Path source) {
        path = source;
        saved = null;
        updateTitle();
    }

    public void saveTo(Path file) throws IOException {
        Scene scene = document.scene();
        SceneWriter.write(scene, file);
        path = file;
        saved = scene;
        updateTitle();
        savedListeners.forEach(Runnable::run);
    }

    /** Told after every successful save. */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    private void updateTitle() {
        String name = path != null ? path.getFileName().toString() : document.scene().title();
        windowTitle.set("Memscape \u2013 " + name + (unsaved() ? "  \u2022" : ""));
    }
    /** "Survey Figure 1: two memories" → "survey-figure-1-two-memories". */
    public static String fileName(String title) {
        String name = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 48) name = name.substring(0, 48).replaceAll("-+$", "");
        return name.isEmpty() ? "memscape" : name;
    }
}
