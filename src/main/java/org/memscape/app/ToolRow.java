package org.memscape.app;

import java.util.Locale;
import org.controlsfx.control.SegmentedButton;
import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.memscape.app.classroom.Lessons;
import org.memscape.app.document.Presets;
import org.memscape.app.edit.CanvasEditor;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;

/**
 * The toolbar under the description: the drawing tools and Reset view at the left; the presets,
 * undo, redo and the key help at the right. What the menu bar has besides (files, the view, time)
 * is one click further. All of it fits a 1024-wide window.
 */
final class ToolRow {

    private ToolRow() {}

    static HBox of(MainWindow w, Shortcuts keys, Consumer<CanvasEditor.Tool> tool) {
        HBox row = new HBox(8, toolChoice(tool), button(keys, Shortcuts.Command.RESET_VIEW, "Reset view"), spacer(), rightEnd(w, keys));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox rightEnd(MainWindow w, Shortcuts keys) {
        MenuButton presets = new MenuButton("Presets");
        presets.setFont(Fonts.regular(16));
        presets.setMinWidth(Region.USE_PREF_SIZE);
        presets.setFocusTraversable(false);   // after a choice, Space plays rather than opening the menu again
        for (String name : Presets.NAMES) {
            CustomMenuItem item = new CustomMenuItem(presetEntry(name));
            item.setOnAction(e -> w.open(() -> Presets.load(name)));
            presets.getItems().add(item);
        }
        presets.getItems().add(new SeparatorMenuItem());
        for (String name : Lessons.NAMES) presets.getItems().add(w.lessons().menuItem(name));
        HBox row = new HBox(8, presets, button(keys, Shortcuts.Command.UNDO, "Undo"), button(keys, Shortcuts.Command.REDO, "Redo"),
                button(keys, Shortcuts.Command.HELP, "?"));
        row.setMinWidth(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A button for {@code command}, its tooltip the command's words and key from the one table. */
    private static Button button(Shortcuts keys, Shortcuts.Command command, String text) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFont(Fonts.regular(16));
        b.setTooltip(new Tooltip(command.words + " (" + command.keyText() + ")"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> keys.item(command).fire());
        return b;
    }

    /** What a drag on empty ground draws: a point, a segment or a circle memory; one choice, so one joined control (ControlsFX). */
    private static Region toolChoice(Consumer<CanvasEditor.Tool> choose) {
        SegmentedButton tools = new SegmentedButton();
        HBox box = new HBox(0);
        box.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Draw");
        label.setFont(Fonts.regular(16));
        label.setTextFill(Style.MUTED_TEXT);
        label.setPadding(new Insets(0, 8, 0, 0));
        box.getChildren().add(label);
        for (CanvasEditor.Tool tool : CanvasEditor.Tool.values()) {
            ToggleButton b = new ToggleButton(tool.name().toLowerCase(Locale.ROOT));
            b.setFont(Fonts.regular(16));
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(tool == CanvasEditor.Tool.POINT);
            b.setTooltip(new Tooltip(switch (tool) {
                case POINT -> "Click to add a point memory";
                case SEGMENT -> "Drag to draw a segment memory (an extended memory)";
                case POLYLINE -> "Click the corners of a polyline memory; double-click or Enter ends it, Esc drops it";
                case CIRCLE -> "Drag from the centre to draw a ring memory";
            }));
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true);   // one tool is always chosen
                choose.accept(tool);
            });
            tools.getButtons().add(b);
        }
        box.getChildren().add(tools);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A preset in the menu: its title, with its description in a tooltip to read before choosing it. */
    private static Region presetEntry(String name) {
        Label title = new Label(name);
        title.setFont(Fonts.regular(16));
        Tooltip about = new Tooltip();
        try {
            Scene scene = Presets.load(name);
            title.setText(scene.title());
            about.setText(scene.description());
        } catch (SceneException e) {
            about.setText(e.getMessage());
        }
        about.setWrapText(true);
        about.setMaxWidth(520);
        about.setFont(Fonts.regular(15));
        about.setShowDelay(javafx.util.Duration.millis(250));
        Tooltip.install(title, about);
        return title;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
