package org.memscape.app;

import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.LandscapeCanvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * What the landscape shows: the colour map, the force as arrows or streamlines, contour lines, a
 * locked colour range; and whether the status bar shows the engine's timings.
 */
final class ViewMenu {

    static final String[] COLORMAPS = {"viridis", "magma", "inferno", "cividis", "coolwarm"};

    private final LandscapeCanvas canvas;
    private final List<MenuItem> items = new ArrayList<>();
    private final ToggleGroup maps = new ToggleGroup();

    /** @param chosen told the colour map's name when the user picks one (to remember it) */
    ViewMenu(LandscapeCanvas canvas, Consumer<Boolean> showTimings, Consumer<String> chosen) {
        this.canvas = canvas;
        for (String name : COLORMAPS) {
            RadioMenuItem item = new RadioMenuItem("Colours: " + name + (name.equals("coolwarm") ? " (diverging)" : ""));
            item.setToggleGroup(maps);
            item.setUserData(name);
            item.setSelected(name.equals(canvas.colormap().name()));
            item.setOnAction(e -> {
                canvas.setColormap(Colormap.load(name));
                chosen.accept(name);
            });
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        ToggleGroup force = new ToggleGroup();
        for (ForceView view : ForceView.values()) {
            RadioMenuItem item = new RadioMenuItem("Force field: " + view.label);
            item.setToggleGroup(force);
            item.setSelected(view == canvas.forceView());
            item.setOnAction(e -> canvas.setForceView(view));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        CheckMenuItem contours = new CheckMenuItem("Contour lines");
        contours.setOnAction(e -> canvas.setShowContours(contours.isSelected()));
        CheckMenuItem lock = new CheckMenuItem("Lock the colour range");
        lock.setOnAction(e -> canvas.lockRange(lock.isSelected()));
        CheckMenuItem timings = new CheckMenuItem("Timings in the status bar (engine, frame)");
        timings.setOnAction(e -> showTimings.accept(timings.isSelected()));
        items.addAll(List.of(contours, lock, new SeparatorMenuItem(), timings));
    }

    List<MenuItem> items() { return items; }

    /** Shows the colour map {@code name} (a remembered one), ticked in the menu; an unknown name changes nothing. */
    void showColormap(String name) {
        for (var toggle : maps.getToggles()) {
            if (name.equals(toggle.getUserData())) {
                canvas.setColormap(Colormap.load(name));
                toggle.setSelected(true);
            }
        }
    }

    String colormap() {
        return maps.getSelectedToggle() == null ? "viridis" : (String) maps.getSelectedToggle().getUserData();
    }
}
