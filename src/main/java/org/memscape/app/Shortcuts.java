package org.memscape.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key of the window, in one table: the menu bar's items carry these keys as accelerators,
 * the key help lists them, and the window routes them here. One source, so the menus, the help
 * and what a key does cannot disagree.
 *
 * <p>Routing: the lecturer's keys (F11, PageDown, PageUp, and Esc while presenting) are taken
 * before any control, so a slide clicker turns the slide wherever the focus is. Space, → and ←
 * also come first (a slider clicked last would take them), but not in a text field. Every other
 * key goes to the focused control first (a text field keeps its own Ctrl+Z, its letters and
 * digits), and then here. A key handled here is consumed, so the scene's accelerators (the same
 * keys) never run an action twice; they remain for a menu bar that has the focus.
 */
final class Shortcuts {

    /** When a key is taken. */
    enum Route {
        /** Before any control, even a text field: a slide clicker's keys. */
        LECTURER,
        /** Before any control but a text field, and not mid-gesture: time. */
        TIME,
        /** After the focused control, not in a text field, not mid-gesture. */
        ORDINARY
    }

    /** A command with its key, its words (the menu item's and the help's) and how its key is taken. */
    enum Command {
        PLAY("Play / pause", "Space", Route.TIME),
        STEP_FORWARD("One step forward", "Right", Route.TIME),
        STEP_BACK("One step back", "Left", Route.TIME),
        RESTART("Back to step 0", "R", Route.ORDINARY),
        OPEN("Open a scene\u2026", "Shortcut+O", Route.ORDINARY),
        SAVE("Save", "Shortcut+S", Route.ORDINARY),
        SAVE_AS("Save as\u2026", "Shortcut+Shift+S", Route.ORDINARY),
        UNDO("Undo", "Shortcut+Z", Route.ORDINARY),
        REDO("Redo", "Shortcut+Shift+Z", Route.ORDINARY),
        DELETE("Delete the selected memories", "Delete", Route.ORDINARY),
        RESET_VIEW("Reset the view", "0", Route.ORDINARY),
        PRESENT("Presentation mode (Esc leaves)", "F11", Route.LECTURER),
        NEXT_SLIDE("Next slide", "Page Down", Route.LECTURER),
        PREVIOUS_SLIDE("Previous slide", "Page Up", Route.LECTURER),
        HELP("Keys and mouse (Esc hides)", "?", Route.ORDINARY);

        final String words;
        final KeyCombination key;
        final Route route;

        Command(String words, String key, Route route) {
            this.words = words;
            this.key = KeyCombination.keyCombination(key);
            this.route = route;
        }

        /** The key as the help shows it: the platform's words for it (Ctrl+O, or ⌘O on a Mac), arrows as arrows. */
        String keyText() {
            return switch (key.getDisplayText()) {
                case "Right" -> "\u2192";
                case "Left" -> "\u2190";
                default -> key.getDisplayText();
            };
        }

        /**
         * Other keys that do the same (Backspace deletes, Ctrl+Y redoes, the keypad's 0 resets the
         * view, ? is Shift+/ on keyboards whose toolkit reports no text), but not in the menu or help.
         */
        boolean alsoMatches(KeyEvent e) {
            boolean plain = !e.isControlDown() && !e.isMetaDown() && !e.isAltDown();
            boolean shortcut = e.isShortcutDown() && !e.isAltDown();
            return switch (this) {
                case DELETE -> plain && e.getCode() == KeyCode.BACK_SPACE;
                case REDO -> shortcut && !e.isShiftDown() && e.getCode() == KeyCode.Y;
                case RESET_VIEW -> plain && e.getCode() == KeyCode.NUMPAD0;
                case HELP -> plain && ("?".equals(e.getText()) || (e.getCode() == KeyCode.SLASH && e.isShiftDown()));
                default -> false;
            };
        }

        boolean matches(KeyEvent e) {
            if (this == HELP) return alsoMatches(e);   // a character's key code depends on the keyboard layout
            return key.match(e) || alsoMatches(e);
        }
    }

    /** What the window lends the table: the actions, and whether a gesture (a polyline) owns the keys. */
    interface Window {
        void run(Command command);

        /** False where a command does nothing now (PageDown without a lesson): the key goes on to the controls. */
        boolean applies(Command command);

        boolean gestureActive();

        /** Enter ends a polyline being drawn, Esc drops it: only mid-gesture. */
        void finishGesture(boolean keep);

        /** Esc, last: leaves presentation mode if nothing else took it (the help, a gesture). */
        boolean escape();
    }

    private final Window window;
    private final Node root;
    private final Map<Command, MenuItem> items = new EnumMap<>(Command.class);

    Shortcuts(Node root, Window window) {
        this.root = root;
        this.window = window;
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::first);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::after);
    }

    /** The menu item of {@code command}: its words, its key as the accelerator, its action. One per command. */
    MenuItem item(Command command) {
        return items.computeIfAbsent(command, c -> {
            MenuItem item = new MenuItem(c.words);
            item.setAccelerator(c.key);
            item.setOnAction(e -> window.run(c));
            return item;
        });
    }

    private boolean typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
    }

    /** Before any control: the lecturer's keys always, time's keys but in a text field or mid-gesture. */
    private void first(KeyEvent e) {
        boolean free = !typing() && !window.gestureActive();
        Command command = find(e, c -> (c.route == Route.LECTURER || (c.route == Route.TIME && free)) && window.applies(c));
        if (command != null) {
            window.run(command);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !window.gestureActive() && window.escape()) {
            e.consume();
        }
    }

    /** After the focused control: the ordinary keys. In a text field they are consumed unused (no accelerator runs them). */
    private void after(KeyEvent e) {
        if (window.gestureActive() && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE)) {
            window.finishGesture(e.getCode() == KeyCode.ENTER);
            e.consume();
            return;
        }
        Command command = find(e, c -> c.route == Route.ORDINARY);
        if (command == null) return;
        if (!typing() && !window.gestureActive() && window.applies(command)) window.run(command);
        e.consume();
    }

    private static Command find(KeyEvent e, Predicate<Command> taken) {
        for (Command c : Command.values()) {
            if (taken.test(c) && c.matches(e)) return c;
        }
        return null;
    }
}
