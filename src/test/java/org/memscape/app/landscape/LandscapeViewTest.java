package org.memscape.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;

/** The view state, without a window: what an export copies, what a new scene keeps, who hears a change. */
class LandscapeViewTest {

    private static Scene scene(String domain) throws Exception {
        return SceneReader.parse("{\"memscape\": 1, \"memories\": [{\"point\": [0, 0]}], \"domain\": " + domain + "}", "test");
    }

    @Test
    void anExportCopiesWhatTheUserChoseToSee() {
        LandscapeView view = new LandscapeView(Colormap.viridis());
        view.setDomain(new Domain(-1, 2, -3, 4));
        view.setColormap(Colormap.load("magma"));
        view.setForce(ForceView.STREAMLINES);
        view.contoursProperty().set(true);
        view.lockedRangeProperty().set(new EnergyRange(-2, 5));
        view.colorbarProperty().set(false);
        ViewSettings settings = view.settings();
        assertEquals(new ViewSettings(new Domain(-1, 2, -3, 4), view.colormap(), ForceView.STREAMLINES, true, new EnergyRange(-2, 5), false),
                settings);
        assertEquals(settings, LandscapeView.of(settings).settings(), "a view made from the settings has them");
        ViewSettings initial = ViewSettings.initial(new Domain(0, 1, 0, 1));
        assertEquals(initial, LandscapeView.of(initial).settings());
    }

    @Test
    void aNewSceneKeepsTheZoomUnlessItsDomainIsAnother() throws Exception {
        LandscapeView view = new LandscapeView(Colormap.viridis());
        Scene first = scene("[-3, 3, -3, 3]");
        view.sceneChanged(null, first);
        assertEquals(first.domain(), view.domain(), "the first scene is shown whole");
        Domain zoomed = new Domain(-1, 1, -1, 1);
        view.setDomain(zoomed);
        view.sceneChanged(first, scene("[-3, 3, -3, 3]"));
        assertEquals(zoomed, view.domain(), "an edit keeps the zoom");
        Scene other = scene("[-5, 5, -2, 2]");
        view.sceneChanged(first, other);
        assertEquals(other.domain(), view.domain(), "another domain is shown whole");
    }

    @Test
    void everyPropertyTellsTheCanvasOfAChangeAndOnlyOfAChange() {
        LandscapeView view = new LandscapeView(Colormap.viridis());
        AtomicInteger changes = new AtomicInteger();
        view.onAnyChange(changes::incrementAndGet);
        view.setDomain(new Domain(-1, 1, -1, 1));
        view.setColormap(Colormap.load("magma"));
        view.setForce(ForceView.NONE);
        view.contoursProperty().set(true);
        view.lockedRangeProperty().set(new EnergyRange(0, 1));
        view.colorbarProperty().set(false);
        view.setLook(CanvasLook.PROJECTOR);
        view.selectMemories(Set.of(1, 2));
        view.selectedParticleProperty().set(3);
        view.showBand(new LandscapeView.Band(0, 0, 5, 5));
        assertEquals(10, changes.get(), "one for each of the ten");
        view.setDomain(new Domain(-1, 1, -1, 1));
        view.selectMemories(Set.of(2, 1));
        view.showBand(new LandscapeView.Band(0, 0, 5, 5));
        view.contoursProperty().set(true);
        assertEquals(10, changes.get(), "equal values are no change");
        view.select(1, 3);
        assertEquals(11, changes.get(), "selecting one memory and the same particle: one change");
        assertEquals(1, view.selectedMemory());
        view.selectMemories(Set.of(0, 1));
        assertEquals(-1, view.selectedMemory(), "several: no single one");
    }
}
