package org.memscape.app.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.memscape.scene.Scene;

/**
 * The open scene and its history. Every change is an edit that makes a new immutable Scene; the
 * previous one goes on the undo stack, so undo and redo are just moving scenes between stacks.
 * FX thread only.
 */
public final class Document {

    private static final int HISTORY = 200;

    private final ReadOnlyObjectWrapper<Scene> scene;
    private final Deque<Scene> undo = new ArrayDeque<>();
    private final Deque<Scene> redo = new ArrayDeque<>();

    public Document(Scene initial) {
        scene = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Scene> sceneProperty() { return scene.getReadOnlyProperty(); }

    public Scene scene() { return scene.get(); }

    /** Applies an edit; an edit that changes nothing leaves no history. */
    public void edit(UnaryOperator<Scene> change) {
        Scene before = scene.get();
        Scene after = change.apply(before);
        if (after == null || after.equals(before)) return;
        push(undo, before);
        redo.clear();
        scene.set(after);
    }

    /** Starts afresh from {@code fresh}, with no history (a lesson's next slide: undo does not go back a slide). */
    void replace(Scene fresh) {
        undo.clear();
        redo.clear();
        scene.set(fresh);
    }

    /**
     * Shows {@code preview} without recording it: the steps of a drag. The drag's end is then
     * one {@link #commit} from the scene before the drag, so one undo takes the whole drag back.
     */
    public void preview(Scene preview) {
        scene.set(preview);
    }

    /** Ends a preview: {@code before} goes on the undo stack, the shown scene stays. */
    public void commit(Scene before) {
        if (before.equals(scene.get())) return;
        push(undo, before);
        redo.clear();
    }

    public boolean undo() {
        if (undo.isEmpty()) return false;
        push(redo, scene.get());
        scene.set(undo.pop());
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) return false;
        push(undo, scene.get());
        scene.set(redo.pop());
        return true;
    }

    private static void push(Deque<Scene> stack, Scene s) {
        stack.push(s);
        if (stack.size() > HISTORY) stack.removeLast();
    }
}
