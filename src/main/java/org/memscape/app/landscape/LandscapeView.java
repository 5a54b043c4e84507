package org.memscape.app.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;

/**
 * What the landscape shows besides the scene, as observable properties beside the document (as
 * PhET keeps its view properties beside the model): the part of the plane on screen (zoom and
 * pan), the colour map, the force field, contour lines, a locked colour range, the colorbar, the
 * look (desk or projector), the selection and a box selection's rubber band. The menus and the
 * editor write it; the {@link LandscapeCanvas} observes it and paints, and the frame pump reads
 * from it what to ask the engine for. FX thread only; {@link #settings()} is the immutable copy
 * that an export takes to another thread.
 *
 * <p>A new option is one {@link #watched} property here (the canvas repaints when any of them
 * changes, and paints what it shows) and one item in the View menu; a component of
 * {@link ViewSettings} too if exported pictures are to show it.
 */
public final class LandscapeView {

    /** A box selection's rubber band, between two canvas points. */
    public record Band(double x0, double y0, double x1, double y1) {}

    /** Every property, in the order declared: one listener hears any change. */
    private final List<ObservableValue<?>> all = new ArrayList<>();

    private final ObjectProperty<Domain> domain = watched(new SimpleObjectProperty<>(this, "domain"));
    private final ObjectProperty<Colormap> colormap = watched(new SimpleObjectProperty<>(this, "colormap"));
    private final ObjectProperty<ForceView> force = watched(new SimpleObjectProperty<>(this, "force", ForceView.ARROWS));
    private final BooleanProperty contours = watched(new SimpleBooleanProperty(this, "contours"));
    /** Null: each frame's own range. */
    private final ObjectProperty<EnergyRange> lockedRange = watched(new SimpleObjectProperty<>(this, "lockedRange"));
    private final BooleanProperty colorbar = watched(new SimpleBooleanProperty(this, "colorbar", true));
    private final ObjectProperty<CanvasLook> look = watched(new SimpleObjectProperty<>(this, "look", CanvasLook.SCREEN));
    private final ObjectProperty<Set<Integer>> selectedMemories = watched(new SimpleObjectProperty<>(this, "selectedMemories", Set.of()));
    /** −1: none. */
    private final IntegerProperty selectedParticle = watched(new SimpleIntegerProperty(this, "selectedParticle", -1));
    /** Null: no box selection under way. */
    private final ObjectProperty<Band> band = watched(new SimpleObjectProperty<>(this, "band"));

    public LandscapeView(Colormap colormap) {
        this.colormap.set(colormap);
    }

    private <T extends ObservableValue<?>> T watched(T property) {
        all.add(property);
        return property;
    }

    /** A view with an export's settings (a fresh look, nothing selected). */
    public static LandscapeView of(ViewSettings settings) {
        LandscapeView v = new LandscapeView(settings.colormap());
        v.apply(settings);
        return v;
    }

    /** Runs {@code listener} after every change of any property's value (not on setting an equal value). */
    public void onAnyChange(Runnable listener) {
        for (ObservableValue<?> o : all) o.addListener((v, was, now) -> listener.run());
    }

    /** What the user chose to see, immutable, so that an export paints another canvas alike. */
    public ViewSettings settings() {
        return new ViewSettings(domain(), colormap(), force(), contours(), lockedRange(), colorbar());
    }

    /** Takes an export's or another window's settings. */
    public void apply(ViewSettings settings) {
        domain.set(settings.view());
        colormap.set(settings.colormap());
        force.set(settings.force());
        contours.set(settings.contours());
        lockedRange.set(settings.lockedRange());
        colorbar.set(settings.colorbar());
    }

    /** A new scene keeps the zoom and pan unless its domain is another one. */
    public void sceneChanged(Scene was, Scene now) {
        if (was == null || domain() == null || !was.domain().equals(now.domain())) domain.set(now.domain());
    }

    // ---------------------------------------------------------------- the properties

    /** The part of the plane on screen (zoom and pan), or null before the first scene. */
    public ObjectProperty<Domain> domainProperty() { return domain; }

    public Domain domain() { return domain.get(); }

    public void setDomain(Domain d) { domain.set(d); }

    public ObjectProperty<Colormap> colormapProperty() { return colormap; }

    public Colormap colormap() { return colormap.get(); }

    public void setColormap(Colormap map) { colormap.set(map); }

    /** Arrows, streamlines (the frame pump asks the engine for them) or nothing. */
    public ObjectProperty<ForceView> forceProperty() { return force; }

    public ForceView force() { return force.get(); }

    public void setForce(ForceView view) { force.set(view); }

    public BooleanProperty contoursProperty() { return contours; }

    public boolean contours() { return contours.get(); }

    /** The colour range held fixed (to compare frames), or null to follow each frame. */
    public ObjectProperty<EnergyRange> lockedRangeProperty() { return lockedRange; }

    public EnergyRange lockedRange() { return lockedRange.get(); }

    public BooleanProperty colorbarProperty() { return colorbar; }

    public boolean colorbar() { return colorbar.get(); }

    /** Screen or projector: the frame, labels, and the size of memories and particles (and how near a press grabs them). */
    public ObjectProperty<CanvasLook> lookProperty() { return look; }

    public CanvasLook look() { return look.get(); }

    public void setLook(CanvasLook l) { look.set(l); }

    // ---------------------------------------------------------------- the selection

    public ObjectProperty<Set<Integer>> selectedMemoriesProperty() { return selectedMemories; }

    public Set<Integer> selectedMemories() { return selectedMemories.get(); }

    public void selectMemories(Set<Integer> memories) { selectedMemories.set(Set.copyOf(memories)); }

    /** The one selected memory, or −1 when none or several are. */
    public int selectedMemory() {
        Set<Integer> s = selectedMemories();
        return s.size() == 1 ? s.iterator().next() : -1;
    }

    /** Changes when another particle (or none) is selected. */
    public IntegerProperty selectedParticleProperty() { return selectedParticle; }

    public int selectedParticle() { return selectedParticle.get(); }

    /** Selects one memory (or none, −1) and one particle (or none, −1). */
    public void select(int memory, int particle) {
        selectedMemories.set(memory < 0 ? Set.of() : Set.of(memory));
        selectedParticle.set(particle);
    }

    public ObjectProperty<Band> bandProperty() { return band; }

    public Band band() { return band.get(); }

    /** Shows (or with null hides) the rubber band of a box selection. */
    public void showBand(Band b) { band.set(b); }
}
