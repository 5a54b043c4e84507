package org.memscape.app.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.memscape.scene.Scene;

/**
 * About 2 s after an edit settles (a drag, a run of key presses: one copy when the hand rests),
 * and every 30 s besides, copies the open scene to this launch's recovery file if it has unsaved changes
 * the copy does not hold yet, and removes the copy as soon as everything is saved. A clean exit
 * removes it too, so a copy found at the next start means the program was killed. The writing
 * happens on a thread of its own: a scene is small, but a slow disk must not stall the window.
 */
public final class Autosave {

    static final Duration PERIOD = Duration.seconds(30);
    /** How long the scene must stay unchanged after an edit before it is copied: a crash then loses at most this much work. */
    static final Duration SETTLE = Duration.seconds(2);

    private final RecoveryFiles copies;
    private final Document document;
    private final SceneFile file;
    private final Consumer<String> say;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "memscape-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timer = new Timeline(new KeyFrame(PERIOD, e -> tick()));
    private final PauseTransition settled = new PauseTransition(SETTLE);
    /** The scene the copy holds, or null when there is no copy. FX thread only. */
    private Scene copied;

    public Autosave(RecoveryFiles copies, Document document, SceneFile file, Consumer<String> say) {
        this.copies = copies;
        this.document = document;
        this.file = file;
        this.say = say;
        timer.setCycleCount(Animation.INDEFINITE);
        settled.setOnFinished(e -> tick());
        file.onSaved(this::tick);   // a saved scene needs no copy: one older than the file must not be offered later
    }

    /** Takes this launch's lock, then copies after each edit settles and every 30 s. */
    public void start() {
        writer.submit(() -> run(copies::claim));
        timer.play();
        document.sceneProperty().addListener(edited);
    }

    /** Each edit starts the wait again: a drag is copied once, when it ends. */
    private final javafx.beans.value.ChangeListener<Scene> edited = (o, was, now) -> settled.playFromStart();

    /** One autosave now (the timer's tick, and right after a recovery); the future ends with the write. */
    public Future<?> tick() {
        Scene scene = document.scene();
        if (file.unsaved()) {
            if (scene == copied) return writer.submit(() -> { });
            copied = scene;
            Path source = file.path();
            return writer.submit(() -> {
                // a failed write is tried again at the next tick
                if (!run(() -> copies.write(scene, source))) Platform.runLater(() -> { if (copied == scene) copied = null; });
            });
        }
        copied = null;
        return writer.submit(() -> run(copies::removeOwn));
    }

    /** A clean exit: no more copies, and this launch's copy and lock are removed. */
    public void stop() {
        timer.stop();
        settled.stop();
        document.sceneProperty().removeListener(edited);
        writer.submit(() -> run(copies::close));
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface FileWork { void run() throws IOException; }

    /** Runs file work on the writer thread; a failure is said in the window. Returns true on success. */
    private boolean run(FileWork work) {
        try {
            work.run();
            return true;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            Platform.runLater(() -> say.accept("Autosave failed (" + why + "); the scene is still open, save it with Ctrl+S."));
            return false;
        }
    }
}
