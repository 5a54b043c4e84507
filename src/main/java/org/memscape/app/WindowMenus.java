package org.memscape.app;

import static org.memscape.app.Shortcuts.Command.DELETE;
import static org.memscape.app.Shortcuts.Command.HELP;
import static org.memscape.app.Shortcuts.Command.NEXT_SLIDE;
import static org.memscape.app.Shortcuts.Command.OPEN;
import static org.memscape.app.Shortcuts.Command.PLAY;
import static org.memscape.app.Shortcuts.Command.PRESENT;
import static org.memscape.app.Shortcuts.Command.PREVIOUS_SLIDE;
import static org.memscape.app.Shortcuts.Command.REDO;
import static org.memscape.app.Shortcuts.Command.RESET_VIEW;
import static org.memscape.app.Shortcuts.Command.RESTART;
import static org.memscape.app.Shortcuts.Command.SAVE;
import static org.memscape.app.Shortcuts.Command.SAVE_AS;
import static org.memscape.app.Shortcuts.Command.STEP_BACK;
import static org.memscape.app.Shortcuts.Command.STEP_FORWARD;
import static org.memscape.app.Shortcuts.Command.UNDO;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.memscape.app.classroom.Lessons;

/**
 * The window's menu bar: File, Edit, View, Playback, Lesson, Help. Items with a key take it, and
 * their action, from {@link Shortcuts}, so the accelerator shown is the key that works.
 */
final class WindowMenus {

    private WindowMenus() {}

    static MenuBar of(MainWindow w, Shortcuts keys, ViewMenu view, Supplier<List<Path>> recent, Consumer<Path> openRecent) {
        Menu openRecentMenu = new Menu("Open recent");
        // filled as it opens: the list changes with every file opened or saved
        openRecentMenu.getItems().add(new MenuItem("(none yet)"));
        Menu file = new Menu("File");
        file.setOnShowing(e -> fillRecent(openRecentMenu, recent.get(), openRecent));
        MenuItem lesson = new MenuItem("Open lesson\u2026");
        lesson.setOnAction(e -> w.lessons().openDialog());
        file.getItems().addAll(keys.item(OPEN), openRecentMenu, keys.item(SAVE), keys.item(SAVE_AS));
        file.getItems().addAll(w.exports().menuItems());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> w.quit());
        file.getItems().addAll(new SeparatorMenuItem(), quit);
        fillRecent(openRecentMenu, recent.get(), openRecent);

        Menu edit = new Menu("Edit", null, keys.item(UNDO), keys.item(REDO), new SeparatorMenuItem(), keys.item(DELETE));

        Menu viewMenu = new Menu("View", null, keys.item(RESET_VIEW), keys.item(PRESENT), new SeparatorMenuItem());
        viewMenu.getItems().addAll(view.items());

        Menu playback = new Menu("Playback", null, keys.item(PLAY), keys.item(STEP_FORWARD), keys.item(STEP_BACK), keys.item(RESTART));

        Menu lessons = new Menu("Lesson");
        for (String name : Lessons.NAMES) lessons.getItems().add(w.lessons().menuItem(name));
        lessons.getItems().addAll(lesson, new SeparatorMenuItem(), keys.item(NEXT_SLIDE), keys.item(PREVIOUS_SLIDE));

        MenuItem about = new MenuItem("About Memscape");
        about.setOnAction(e -> w.about());
        Menu help = new Menu("Help", null, keys.item(HELP), about);

        MenuBar bar = new MenuBar(file, edit, viewMenu, playback, lessons, help);
        for (Menu m : bar.getMenus()) m.setStyle("-fx-padding: 1 8 1 8;");   // a compact bar: the height goes to the landscape and the charts
        bar.setUseSystemMenuBar(true);   // on a Mac, the menus go to the screen's top as there
        bar.setStyle("-fx-font-size: 14px; -fx-padding: 0 4 0 4;");   // compact: the landscape needs the height
        return bar;
    }

    private static void fillRecent(Menu menu, List<Path> files, Consumer<Path> open) {
        menu.getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.getFileName() + "   \u2014   " + p.getParent());
            item.setMnemonicParsing(false);   // a file name's underscore is not a mnemonic
            item.setOnAction(e -> open.accept(p));
            menu.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("(no file opened or saved yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }
}
