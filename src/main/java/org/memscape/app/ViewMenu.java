package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeCanvas;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * What the landscape shows: the colour map, the force as arrows or streamlines, contour lines, a
 * locked colour range; and whether the status bar shows the engine's timings.
 */
final class ViewMenu {

    static final String[] COLORMAPS = {"viridis", "magma", "inferno", "cividis", "coolwarm"};

    private ViewMenu() {}

    static MenuButton of(LandscapeCanvas canvas, java.util.function.Consumer<Boolean> showTimings,
            java.util.List<javafx.scene.control.MenuItem> structure) {
        MenuButton menu = new MenuButton("View");
        menu.setFont(Fonts.regular(16));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setFocusTraversable(false);
        ToggleGroup maps = new ToggleGroup();
        for (String name : COLORMAPS) {
            RadioMenuItem item = new RadioMenuItem("Colours: " + name + (name.equals("coolwarm") ? " (diverging)" : ""));
            item.setToggleGroup(maps);
            item.setSelected(name.equals("viridis"));
            item.setOnAction(e -> canvas.setColormap(Colormap.load(name)));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup force = new ToggleGroup();
        for (ForceView view : ForceView.values()) {
            RadioMenuItem item = new RadioMenuItem("Force field: " + view.label);
            item.setToggleGroup(force);
            item.setSelected(view == canvas.forceView());
            item.setOnAction(e -> canvas.setForceView(view));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        CheckMenuItem contours = new CheckMenuItem("Contour lines");
        contours.setOnAction(e -> canvas.setShowContours(contours.isSelected()));
        CheckMenuItem lock = new CheckMenuItem("Lock the colour range");
        lock.setOnAction(e -> canvas.lockRange(lock.isSelected()));
        CheckMenuItem timings = new CheckMenuItem("Timings in the status bar (engine, frame)");
        timings.setOnAction(e -> showTimings.accept(timings.isSelected()));
        menu.getItems().addAll(contours, lock);
        menu.getItems().addAll(structure);   // fixed points, basins, responsibilities (app.structure)
        menu.getItems().addAll(new SeparatorMenuItem(), timings);
        return menu;
    }
}
