package org.memscape.app.panel;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Decides when a control's change becomes an edit. While the panel shows a scene it is quiet,
 * and nothing a control does then is an edit. A slider being dragged, a spinner arrow being
 * held or a key being repeated leaves one pending commit, replaced on every change and run
 * when the mouse or key is released, when another control edits, or after a short pause: one
 * undo step per gesture, not one per pixel.
 */
final class EditGate {

    static final Duration PAUSE = Duration.millis(400);

    private final PauseTransition pause = new PauseTransition(PAUSE);
    private boolean quiet;
    private Object source;
    private Runnable pending;

    EditGate() {
        pause.setOnFinished(e -> flush());
    }

    boolean isQuiet() {
        return quiet;
    }

    void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    /** Replaces the pending commit of {@code from}; a pending commit of another control runs first. */
    void schedule(Object from, Runnable commit) {
        if (pending != null && source != from) {
            flush();
        }
        source = from;
        pending = commit;
        pause.playFromStart();
    }

    /** Runs the pending commit now, whoever left it. */
    void flush() {
        Runnable r = pending;
        pending = null;
        source = null;
        pause.stop();
        if (r != null) {
            r.run();
        }
    }

    /** Runs the pending commit now if {@code from} left it. */
    void flush(Object from) {
        if (pending != null && source == from) {
            flush();
        }
    }

    /** Forgets the pending commit: the document changed under it. */
    void cancel() {
        pending = null;
        source = null;
        pause.stop();
    }

    boolean hasPending() {
        return pending != null;
    }
}
