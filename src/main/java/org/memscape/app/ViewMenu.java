package org.memscape.app;

import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.EnergyRange;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * What the landscape shows: the colour map, the force as arrows or streamlines, contour lines, a
 * locked colour range, the structure views (fixed points, basins, responsibilities); and whether
 * the status bar shows the engine's timings. The items write the {@link LandscapeView}.
 */
final class ViewMenu {

    static final String[] COLORMAPS = {"viridis", "magma", "inferno", "cividis", "coolwarm"};

    private final LandscapeView view;
    private final List<MenuItem> items = new ArrayList<>();
    private final ToggleGroup maps = new ToggleGroup();

    /**
     * @param shownRange the colour range on screen now, which locking keeps
     * @param structure the structure views' items
     * @param chosen told the colour map's name when the user picks one (to remember it)
     */
    ViewMenu(LandscapeView view, Supplier<EnergyRange> shownRange, Consumer<Boolean> showTimings,
             List<MenuItem> structure, Consumer<String> chosen) {
        this.view = view;
        for (String name : COLORMAPS) {
            RadioMenuItem item = new RadioMenuItem("Colours: " + name + (name.equals("coolwarm") ? " (diverging)" : ""));
            item.setToggleGroup(maps);
            item.setUserData(name);
            item.setSelected(name.equals(view.colormap().name()));
            item.setOnAction(e -> {
                view.setColormap(Colormap.load(name));
                chosen.accept(name);
            });
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        ToggleGroup forces = new ToggleGroup();
        for (ForceView force : ForceView.values()) {
            RadioMenuItem item = new RadioMenuItem("Force field: " + force.label);
            item.setToggleGroup(forces);
            item.setSelected(force == view.force());
            item.setOnAction(e -> view.setForce(force));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        CheckMenuItem contours = check("Contour lines", view.contoursProperty());
        CheckMenuItem lock = new CheckMenuItem("Lock the colour range");
        lock.setOnAction(e -> view.lockedRangeProperty().set(lock.isSelected() ? shownRange.get() : null));
        CheckMenuItem timings = new CheckMenuItem("Timings in the status bar (engine, frame)");
        timings.setOnAction(e -> showTimings.accept(timings.isSelected()));
        items.addAll(List.of(contours, lock));
        items.addAll(structure);
        items.addAll(List.of(new SeparatorMenuItem(), timings));
    }

    List<MenuItem> items() { return items; }

    /** Shows the colour map {@code name} (a remembered one), ticked in the menu; an unknown name changes nothing. */
    void showColormap(String name) {
        for (var toggle : maps.getToggles()) {
            if (name.equals(toggle.getUserData())) {
                view.setColormap(Colormap.load(name));
                toggle.setSelected(true);
            }
        }
    }

    String colormap() {
        return maps.getSelectedToggle() == null ? "viridis" : (String) maps.getSelectedToggle().getUserData();
    }

    /** An item that shows and switches an on/off option of the view. */
    private static CheckMenuItem check(String text, BooleanProperty option) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.selectedProperty().bindBidirectional(option);
        return item;
    }
}
