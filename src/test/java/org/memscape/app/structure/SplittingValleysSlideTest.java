package org.memscape.app.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memscape.app.classroom.Lessons;
import org.memscape.compute.Cancellation;
import org.memscape.compute.Grid;
import org.memscape.core.DiffusionModel;
import org.memscape.scene.Lesson;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import org.memscape.structure.Basins;
import org.memscape.structure.BifurcationSweep;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.CriticalPoints;
import org.memscape.structure.FixedPoints;

/** Every claim of the lesson's slide on the splitting valleys, checked with the views it turns on. */
class SplittingValleysSlideTest {

    private static Lesson.Slide slide() throws Exception {
        Lesson lesson = Lessons.load("from-hopfield-to-diffusion.json");
        return lesson.slides().stream().filter(s -> s.from().equals("one-valley-splits-in-two")).findFirst().orElseThrow();
    }

    @Test
    void theCaptionHolds() throws Exception {
        Lesson.Slide slide = slide();
        String caption = slide.caption();
        for (String claim : List.of("Fixed points and basins", "\u25CB minima, \u2715 saddles", "each start coloured by the valley it descends to",
                "At first one valley, midway, at no memory", "below \u03C4 \u2248 0.34 it splits in two basins, one per memory, parted by a saddle")) {
            assertTrue(caption.contains(claim), "the caption no longer says: " + claim);
        }
        // "Fixed points and basins", "each start coloured by the valley it descends to": the slide turns on those views
        assertEquals(List.of("fixed-points", "basins"), slide.show());

        Scene scene = slide.scene();
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        Grid grid = new Grid(scene.domain().xmin(), scene.domain().xmax(), scene.domain().ymin(), scene.domain().ymax(), 24);
        // "At first": the slide's run starts at tauMax
        double first = scene.dynamics().tauMax();
        FixedPoints start = CriticalPoints.find(model, first, scene.domain());
        assertEquals(1, start.points().size(), "one valley: " + start);
        CriticalPoint valley = start.points().get(0);
        assertTrue(valley.spurious(), "at no memory");
        assertEquals(0, valley.x(), 1e-9, "midway");
        RegionMap one = RegionMaps.basins(Basins.compute(model, first, grid, Cancellation.NEVER));
        assertEquals(grid.cells(), one.cells(RegionMap.spurious(0)), "one basin covers the view");

        // "below τ ≈ 0.34 it splits": the count of minima changes there
        double split = BifurcationSweep.split(tau -> CriticalPoints.find(model, tau, scene.domain()), 0.2, 0.6, 1e-4);
        assertEquals(0.34, split, 0.005);
        // "in two basins, one per memory, parted by a saddle": at any τ below, down to the end of the run
        for (double tau : new double[] {split - 0.01, 0.2, 0.05, scene.dynamics().tauMin()}) {
            FixedPoints fp = CriticalPoints.find(model, tau, scene.domain());
            assertEquals(List.of(0, 1), fp.minima().stream().map(CriticalPoint::memory).sorted().toList(), "τ = " + tau + ": " + fp);
            assertEquals(1, fp.count(CriticalPoint.Kind.SADDLE), "τ = " + tau);
            assertEquals(0, fp.points().stream().filter(p -> p.kind() == CriticalPoint.Kind.SADDLE).findFirst().orElseThrow().x(), 1e-9);
            if (tau < 0.04) continue;   // the basins below: at tauMin the valleys are narrower than the grid's cells, and the same
            RegionMap two = RegionMaps.basins(Basins.compute(model, tau, grid, Cancellation.NEVER));
            for (int j = 0; j < grid.size(); j++) {
                for (int i = 0; i < grid.size(); i++) {
                    assertEquals(grid.x(i) < 0 ? 0 : 1, two.label()[j * grid.size() + i], "τ = " + tau + ", cell " + i + ", " + j);
                }
            }
        }
    }
}
