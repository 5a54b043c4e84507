package org.memscape.app.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.PlotLayer;
import org.memscape.app.landscape.RasterTint;
import org.memscape.compute.Frame;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.Basins;
import org.memscape.structure.CriticalPoints;
import org.memscape.structure.FixedPoints;

/**
 * The structure of the landscape on screen (issue 14): the critical points as marks, and one of
 * the region views (basins of attraction, the sampler's basins, responsibilities) as colours. It
 * follows the frame on the canvas (its scene, τ and step) and the canvas's view: each pulse, if
 * they changed, a request goes to a background worker, and the newest answer is shown
 * ({@link LatestWins}: a newer request cancels the one computed). Regions come coarse, then finer.
 * The paired runs ({@link PairedView}) draw with the marks. FX thread.
 */
public final class StructureView {

    /** The finest grids of the region views: cells a side. */
    static final int BASIN_GRID = 256;
    static final int SAMPLER_GRID = 128;
    static final int RESPONSIBILITY_GRID = 256;

    /** What is on screen: the frame's scene, τ and step, and the canvas's view. */
    record Shown(Scene scene, double tau, int step, Domain view) {}

    private record RegionRequest(Shown shown, RegionMap.Kind kind) {}

    private final LandscapeCanvas canvas;
    private final Consumer<String> say;
    private final LatestWins<Shown, FixedPoints> fixedWorker = new LatestWins<>("fixed-points", StructureView::fixedPoints);
    private final LatestWins<RegionRequest, RegionMap> regionWorker = new LatestWins<>("regions", StructureView::regions);
    private final List<Runnable> onShown = new ArrayList<>();
    private boolean showFixedPoints;
    private RegionMap.Kind regionKind;
    private Shown shown;
    private Shown fixedAsked;
    private RegionRequest regionAsked;
    private FixedPoints fixedPoints;
    private boolean panelShowing;
    private Shown fixedFor;
    private RegionMap regions;
    private PlotLayer extra;
    private final PairedView paired;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override public void handle(long now) {
            pulse();
        }
    };

    public StructureView(LandscapeCanvas canvas, Consumer<String> say) {
        this.canvas = canvas;
        this.say = say;
        this.paired = new PairedView(say);
        setExtra(paired.layer);
        canvas.setStructure(layer, tint);
    }

    /** The paired runs (issue 14.5): the scene's particles under several dynamics at once. */
    public PairedView paired() { return paired; }

    public void start() { timer.start(); }

    public void stop() {
        timer.stop();
        fixedWorker.close();
        regionWorker.close();
        paired.stop();
    }

    /** Told after each pulse in which what is shown (scene, τ, view) or an answer changed. */
    public void onShown(Runnable listener) { onShown.add(listener); }

    /** Another layer drawn with the marks (the paired runs). */
    void setExtra(PlotLayer layer) { extra = layer; }

    public void setShowFixedPoints(boolean show) {
        showFixedPoints = show;
        canvas.structureChanged();
    }

    public boolean showsFixedPoints() { return showFixedPoints; }

    /** Whether the Structure tab (the count, the bifurcation chart's mark) is on screen, so it needs the critical points. */
    public void setPanelShowing(boolean showing) {
        panelShowing = showing;
        if (showing) for (Runnable r : onShown) r.run();   // brought up to date at once
    }

    /** Whether the Structure tab is on screen: while it is not, it need not follow every frame. */
    public boolean panelShowing() { return panelShowing; }

    private boolean fixedPointsWanted() { return showFixedPoints || panelShowing; }

    /** Basins, the sampler's basins, responsibilities, or null for the heatmap alone. */
    public void setRegions(RegionMap.Kind kind) {
        regionKind = kind;
        regions = null;
        regionAsked = null;
        canvas.structureChanged();
    }

    public RegionMap.Kind regionKind() { return regionKind; }

    /** The newest critical points found (for the view and τ on screen, or an earlier one while the next is computed). */
    public FixedPoints fixedPoints() { return fixedPoints; }

    /** The newest region map, or null. */
    public RegionMap regions() { return regions; }

    /** What the structure follows now (null before the first frame). */
    Shown shown() { return shown; }

    /** True while a request waits or is computed, or what is on screen is not yet asked for: tests wait for false. */
    public boolean busy() {
        Shown now = current();
        boolean fixedDue = fixedPointsWanted() && now != null && !now.equals(fixedFor);
        boolean regionDue = regionKind != null && now != null && (regions == null || !new RegionRequest(now, regionKind).equals(regionAsked));
        return fixedWorker.busy() || regionWorker.busy() || fixedDue || regionDue || paired.busy();
    }

    /**
     * Shows the views a lesson's slide names ({@link org.memscape.scene.Lesson#VIEWS}) and no
     * others (an empty list: none); null, when no slide is on screen, gives back the views the
     * user had before the lesson. Restored rather than turned off: the lecturer who had basins on
     * for their own work finds them again after the lesson, as the menu showed them.
     */
    public void show(List<String> views) {
        if (views == null) {
            if (beforeLesson == null) return;
            choose(beforeLesson.fixedPoints(), beforeLesson.regions());
            beforeLesson = null;
            return;
        }
        if (beforeLesson == null) beforeLesson = new Chosen(showFixedPoints, regionKind);
        RegionMap.Kind kind = null;
        if (views.contains("basins")) kind = RegionMap.Kind.BASINS;
        else if (views.contains("sampler-basins")) kind = RegionMap.Kind.SAMPLER_BASINS;
        else if (views.contains("responsibilities")) kind = RegionMap.Kind.RESPONSIBILITIES;
        choose(views.contains("fixed-points"), kind);
    }

    /** The views chosen in the View menu: what a lesson's slides override. */
    private record Chosen(boolean fixedPoints, RegionMap.Kind regions) {}

    /** What the user had chosen when a lesson's first slide came, or null without a lesson. */
    private Chosen beforeLesson;

    /** Sets the views and the View menu's items in step with them. */
    private void choose(boolean fixed, RegionMap.Kind kind) {
        if (fixed != showFixedPoints) setShowFixedPoints(fixed);
        if (kind != regionKind) setRegions(kind);
        marks.setSelected(showFixedPoints);
        for (MenuItem item : regionItems) {
            ((RadioMenuItem) item).setSelected(item.getUserData() == kind);
        }
    }

    private final CheckMenuItem marks = new CheckMenuItem("Fixed points: minima \u25CB, saddles \u2715, maxima \u25B3");
    private final List<MenuItem> regionItems = new ArrayList<>();

    /** The View menu's items: the marks, and a choice of region view. */
    public List<MenuItem> menuItems() {
        regionItems.clear();
        marks.setSelected(showFixedPoints);
        marks.setOnAction(e -> setShowFixedPoints(marks.isSelected()));
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>(List.of(new SeparatorMenuItem(), marks));
        RadioMenuItem none = new RadioMenuItem("Regions: none (the energy alone)");
        none.setToggleGroup(group);
        none.setSelected(regionKind == null);
        none.setOnAction(e -> setRegions(null));
        items.add(none);
        regionItems.add(none);
        for (RegionMap.Kind kind : RegionMap.Kind.values()) {
            RadioMenuItem item = new RadioMenuItem("Regions: " + kind.label);
            item.setToggleGroup(group);
            item.setSelected(kind == regionKind);
            item.setOnAction(e -> setRegions(kind));
            item.setUserData(kind);
            items.add(item);
            regionItems.add(item);
        }
        items.addAll(paired.menuItems(() -> shown == null ? null : shown.scene()));
        return items;
    }

    private Shown current() {
        Frame frame = canvas.frame();
        Domain view = canvas.view().domain();
        if (frame == null || view == null) return null;
        return new Shown(frame.request().scene(), frame.tau(), frame.step(), view);
    }

    private void pulse() {
        Shown now = current();
        boolean changed = !Objects.equals(now, shown);
        boolean repaint = false;
        shown = now;
        if (now != null) {
            // the critical points feed the marks, and the Structure tab's count and bifurcation mark: found
            // only while one of them is on screen (a search every frame of a playing run costs a core)
            if (fixedPointsWanted() && !now.equals(fixedAsked)) {
                fixedAsked = now;
                fixedWorker.submit(now);
            }
            if (regionKind != null) {
                RegionRequest request = new RegionRequest(timeless(now, regionKind), regionKind);
                if (!request.equals(regionAsked)) {
                    regionAsked = request;
                    regionWorker.submit(request);
                }
            }
        }
        FixedPoints found = fixedWorker.take();
        if (found != null) {
            fixedPoints = found;
            fixedFor = fixedAsked;
            changed = true;
            repaint |= showFixedPoints;
        }
        RegionMap map = regionWorker.take();
        if (map != null && regionKind != null && map.kind() == regionKind) {
            regions = map;
            changed = true;
            repaint = true;
        }
        if (now != null && paired.pulse(now.scene(), now.step())) {
            changed = true;
            repaint = true;
        }
        for (String failure : new String[] {fixedWorker.takeFailure(), regionWorker.takeFailure()}) {
            if (failure != null) say.accept(failure);
        }
        if (repaint) canvas.structureChanged();   // recomposes the raster: only for what the landscape shows
        if (changed) {
            for (Runnable r : onShown) r.run();
        }
    }

    /**
     * The basins and responsibilities of a timeless model do not change with the step: the same
     * request for every step, so that playing does not recompute them.
     */
    private static Shown timeless(Shown s, RegionMap.Kind kind) {
        boolean stepMatters = kind == RegionMap.Kind.SAMPLER_BASINS || !Double.isNaN(s.tau());
        return stepMatters ? s : new Shown(s.scene(), s.tau(), 0, s.view());
    }

    private static void fixedPoints(Shown s, Consumer<FixedPoints> publish, org.memscape.compute.Cancellation cancel) {
        EnergyModel model = SceneSetup.model(s.scene());
        publish.accept(CriticalPoints.find(model, s.tau(), s.view(), cancel));
    }

    private static void regions(RegionRequest r, Consumer<RegionMap> publish, org.memscape.compute.Cancellation cancel) {
        Shown s = r.shown();
        EnergyModel model = SceneSetup.model(s.scene());
        Domain v = s.view();
        switch (r.kind()) {
            case BASINS -> Basins.progressive(model, s.tau(), grid(v, BASIN_GRID), m -> publish.accept(RegionMaps.basins(m)), cancel);
            case SAMPLER_BASINS -> {
                if (!(model instanceof DiffusionModel diffusion)) {
                    throw new IllegalArgumentException("The sampler's basins are a diffusion model's: this model has no noise to remove."
                            + " Showing the basins of its descent instead is View, Regions: basins.");
                }
                for (int size = SAMPLER_GRID / 4; size <= SAMPLER_GRID; size *= 2) {
                    publish.accept(RegionMaps.samplerBasins(s.scene(), diffusion, s.step(), grid(v, size), cancel));
                }
            }
            case RESPONSIBILITIES -> {
                for (int size = RESPONSIBILITY_GRID / 4; size <= RESPONSIBILITY_GRID; size *= 2) {
                    publish.accept(RegionMaps.responsibilities(model, s.tau(), grid(v, size), cancel));
                }
            }
        }
    }

    static Grid grid(Domain v, int size) {
        return new Grid(v.xmin(), v.xmax(), v.ymin(), v.ymax(), size);
    }

    private final PlotLayer layer = new PlotLayer() {
        @Override public void paint(GraphicsContext gc, PlotFrame plot, CanvasLook look) {
            if (extra != null && extra.state() != null) extra.paint(gc, plot, look);
            if (showFixedPoints && fixedPoints != null) FixedPointMarks.paint(gc, plot, look, fixedPoints);
        }

        @Override public Object state() {
            Object marks = showFixedPoints ? fixedPoints : null;
            Object runs = extra == null ? null : extra.state();
            return marks == null && runs == null ? null : java.util.Arrays.asList(marks, runs);
        }
    };

    private final RasterTint tint = new RasterTint() {
        @Override public void tint(int[] heat, PlotFrame raster, int width, int height) {
            RegionColours.paint(regions, heat, raster, width, height);
        }

        @Override public Object state() {
            return regionKind == null ? null : regions;
        }
    };
}
