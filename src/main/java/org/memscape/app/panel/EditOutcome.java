package org.memscape.app.panel;

import java.util.function.UnaryOperator;
import org.memscape.scene.Scene;

/**
 * What one change in the model panel makes of the scene it shows: a new scene (sent as an edit),
 * nothing (not sent: no empty undo steps), or a refusal in plain words. No JavaFX here.
 */
sealed interface EditOutcome {

    record Changed(Scene after) implements EditOutcome {}

    record Unchanged() implements EditOutcome {}

    record Refused(String why) implements EditOutcome {}

    static EditOutcome of(Scene before, UnaryOperator<Scene> edit) {
        Scene after;
        try {
            after = edit.apply(before);
        } catch (RuntimeException e) {
            return new Refused("That change could not be made (" + e.getMessage() + ").");
        }
        return after.equals(before) ? new Unchanged() : new Changed(after);
    }
}
