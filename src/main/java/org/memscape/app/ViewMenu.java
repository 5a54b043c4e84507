package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.EnergyRange;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeView;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * What the landscape shows: the colour map, the force as arrows or streamlines, contour lines, a
 * locked colour range; and whether the status bar shows the engine's timings. Its items write the
 * {@link LandscapeView}, which the canvas and the frame pump follow: an on/off option of the view is
 * one {@link #check} line here.
 */
final class ViewMenu {

    static final String[] COLORMAPS = {"viridis", "magma", "inferno", "cividis", "coolwarm"};

    private ViewMenu() {}

    /** @param shownRange the colour range on screen now, which locking keeps; @param structure the structure views' items */
    static MenuButton of(LandscapeView view, java.util.function.Supplier<EnergyRange> shownRange,
                         java.util.function.Consumer<Boolean> showTimings, java.util.List<javafx.scene.control.MenuItem> structure) {
        MenuButton menu = new MenuButton("View");
        menu.setFont(Fonts.regular(16));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setFocusTraversable(false);
        ToggleGroup maps = new ToggleGroup();
        for (String name : COLORMAPS) {
            RadioMenuItem item = new RadioMenuItem("Colours: " + name + (name.equals("coolwarm") ? " (diverging)" : ""));
            item.setToggleGroup(maps);
            item.setSelected(name.equals("viridis"));
            item.setOnAction(e -> view.setColormap(Colormap.load(name)));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup forces = new ToggleGroup();
        for (ForceView force : ForceView.values()) {
            RadioMenuItem item = new RadioMenuItem("Force field: " + force.label);
            item.setToggleGroup(forces);
            item.setSelected(force == view.force());
            item.setOnAction(e -> view.setForce(force));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        CheckMenuItem contours = check("Contour lines", view.contoursProperty());
        CheckMenuItem lock = new CheckMenuItem("Lock the colour range");
        lock.setOnAction(e -> view.lockedRangeProperty().set(lock.isSelected() ? shownRange.get() : null));
        CheckMenuItem timings = new CheckMenuItem("Timings in the status bar (engine, frame)");
        timings.setOnAction(e -> showTimings.accept(timings.isSelected()));
        menu.getItems().addAll(contours, lock);
        menu.getItems().addAll(structure);   // fixed points, basins, responsibilities (app.structure)
        menu.getItems().addAll(new SeparatorMenuItem(), timings);
        return menu;
    }

    /** An item that shows and switches an on/off option of the view. */
    private static CheckMenuItem check(String text, javafx.beans.property.BooleanProperty option) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.selectedProperty().bindBidirectional(option);
        return item;
    }
}
