package org.memscape.app.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives the main window the keyboard focus back when a dialog closes. A desktop's window manager
 * does that; on an X server with none (Xvfb, a kiosk, some projector set-ups) the focus went to
 * no window at all, and the window's menus and drop-downs then ignored clicks on their entries
 * until something focused it again.
 */
public final class DialogFocus {

    private DialogFocus() {}

    /** From now on, whenever another stage (a dialog, a progress window) closes, {@code main} takes the focus. */
    public static void install(Stage main) {
        install(main, () -> focus(main));
    }

    /** The same with what gives the focus back named: a test counts it (a headless platform has no X focus to lose). */
    public static void install(Stage main, Runnable giveBack) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window closed : change.getRemoved()) {
                    // after the close has been handled, so that nothing gives the focus away again;
                    // not for a menu or a drop-down's list (popups, not stages): they never took the focus
                    if (closed != main && closed instanceof Stage) Platform.runLater(giveBack);
                }
            }
        });
    }

    // The file choosers (the system's own dialogs, opened with the window as owner) give it back
    // themselves: checked on Xvfb with no window manager.
    private static void focus(Window main) {
        if (main != null && main.isShowing()) main.requestFocus();
    }
}
