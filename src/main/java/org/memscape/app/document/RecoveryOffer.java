package org.memscape.app.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;

/**
 * At start: offers the work a killed or crashed Memscape left in a recovery copy. Recovering
 * opens it as unsaved changes (to its own file, if it had one); declining deletes the copy. A
 * copy that cannot be read is set aside under another name, never deleted.
 */
public final class RecoveryOffer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private RecoveryOffer() {}

    /** Offers each copy in turn, newest first, until one is recovered. */
    public static void offer(RecoveryFiles copies, BiPredicate<RecoveryFiles.Orphan, Scene> ask, FileActions files, Consumer<String> say) {
        try {
            for (RecoveryFiles.Orphan orphan : copies.orphans()) {
                Scene scene;
                try {
                    scene = copies.read(orphan);
                } catch (SceneException e) {
                    Path kept = copies.setAside(orphan);
                    say.accept("A recovery copy could not be read (" + e.getMessage() + "); it was kept as " + kept + ".");
                    continue;
                }
                if (ask.test(orphan, scene)) {
                    copies.adopt(orphan);   // ours now: a second crash before saving offers it again
                    files.recover(scene, orphan.source(), "Recovered the work autosaved " + when(orphan) + ". Save it to keep it.");
                    return;
                }
                copies.remove(orphan);
            }
        } catch (IOException e) {
            say.accept("Could not look for recovery copies: " + e.getMessage());
        }
    }

    /** The question, in a dialog. */
    public static boolean askUser(RecoveryFiles.Orphan orphan, Scene scene) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String of = orphan.source() != null ? orphan.source().getFileName().toString() : "\u201c" + scene.title() + "\u201d";
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Memscape was closed without saving " + of + ". Recover the copy autosaved " + when(orphan) + "?", recover, discard);
        alert.setHeaderText(null);
        alert.setTitle("Recover unsaved work");
        return alert.showAndWait().orElse(discard) == recover;
    }

    private static String when(RecoveryFiles.Orphan orphan) {
        return TIME.format(orphan.saved().toInstant());
    }
}
