package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.app.document.Presets;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.structure.RegionMap;
import org.memscape.structure.CriticalPoint;
import org.memscape.structure.FixedPoints;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The structure views in the window (issue 14): each toggled on the preset of the splitting
 * valleys and found painted where the structure package says, and the window's pictures kept
 * under target/structure-shots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class StructureViewsTest {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = FxTests.openWindow(stage, Presets.load("one-valley-splits-in-two.json"), 1280, 800);
        FxTests.selectTab(window, "Structure");   // its count and table follow the frames only while on screen
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    private void settle() throws Exception {
        FxTests.settled(window);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !window.structure().busy() && !window.structurePanel().busy()));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.canvas().paint();
            return null;
        });
    }

    private WritableImage shot(String name) throws Exception {
        return FxTests.shot(window, "structure-shots", name);
    }

    /** The colour on screen at (x, y) of the landscape. */
    private int pixelAt(WritableImage image, double x, double y) throws Exception {
        javafx.geometry.Point2D p = onFx(() -> {
            PlotFrame plot = window.canvas().plot();
            return window.canvas().localToScene(plot.px(x), plot.py(y));
        });
        return image.getPixelReader().getArgb((int) p.getX(), (int) p.getY()) & 0xFFFFFF;
    }

    @Test
    void fixedPointsAreMarkedAndCountedForTheShownTau() throws Exception {
        onFx(() -> {
            window.structure().setShowFixedPoints(true);
            window.playback().seek(250);   // τ ≈ 0.17: two valleys
            return null;
        });
        settle();
        FixedPoints fp = onFx(() -> window.structure().fixedPoints());
        assertEquals(2, fp.count(CriticalPoint.Kind.MINIMUM), fp.toString());
        assertEquals(1, fp.count(CriticalPoint.Kind.SADDLE), fp.toString());
        String counts = onFx(() -> window.structurePanel().countsText());
        assertTrue(counts.startsWith("In view: 2 minima, 1 saddle, 0 maxima."), counts);
        WritableImage image = shot("fixed-points-1280x800");
        // the saddle's cross at the origin: light on the dark halo
        int centre = pixelAt(image, 0, 0);
        assertTrue(((centre >> 16) & 255) > 200 && ((centre >> 8) & 255) > 200 && (centre & 255) > 200,
                "the saddle's mark at (0, 0): " + Integer.toHexString(centre));
    }

    @Test
    void eachRegionViewIsPaintedWithTheMemoriesHues() throws Exception {
        onFx(() -> {
            window.playback().seek(250);
            return null;
        });
        for (RegionMap.Kind kind : RegionMap.Kind.values()) {
            onFx(() -> {
                window.structure().setRegions(kind);
                return null;
            });
            settle();
            RegionMap map = onFx(() -> window.structure().regions());
            assertNotNull(map, kind.toString());
            assertEquals(kind, map.kind());
            WritableImage image = shot("regions-" + kind.name().toLowerCase() + "-1280x800");
            // left of the saddle is memory 0's (orange), right of it memory 1's (sky blue): reddish there, bluish here
            int left = pixelAt(image, -2.2, 1.3), right = pixelAt(image, 2.2, 1.3);
            assertTrue(((left >> 16) & 255) > (left & 255), kind + " left: " + Integer.toHexString(left));
            assertTrue((right & 255) > ((right >> 16) & 255), kind + " right: " + Integer.toHexString(right));
        }
    }

    @Test
    void theLessonsSlideOnTheSplitTurnsOnFixedPointsAndBasins() throws Exception {
        org.memscape.scene.Lesson lesson = org.memscape.app.classroom.Lessons.load("from-hopfield-to-diffusion.json");
        onFx(() -> {
            window.lessons().start(() -> lesson);
            while (window.lessons().next()) { }
            return null;
        });
        assertEquals(List.of("fixed-points", "basins"), onFx(() -> window.lessons().show()));
        assertTrue(onFx(() -> window.structure().showsFixedPoints()));
        assertEquals(RegionMap.Kind.BASINS, onFx(() -> window.structure().regionKind()));
        settle();
        RegionMap map = onFx(() -> window.structure().regions());
        assertEquals(RegionMap.Kind.BASINS, map.kind());
        shot("lesson-slide-1280x800");
        // back a slide: it names no views, and shows none
        onFx(() -> window.lessons().previous());
        assertFalse(onFx(() -> window.structure().showsFixedPoints()));
        assertNull(onFx(() -> window.structure().regionKind()));
    }

    @Test
    void eachSlideShowsExactlyItsViewsAndLeavingTheLessonBringsBackTheUsers() throws Exception {
        org.memscape.scene.Lesson lesson = org.memscape.app.classroom.Lessons.load("from-hopfield-to-diffusion.json");
        int n = lesson.slides().size();
        onFx(() -> {
            window.structure().setRegions(RegionMap.Kind.RESPONSIBILITIES);   // the user's own choice before the lesson
            window.lessons().start(() -> lesson);
            return null;
        });
        List<Integer> order = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) order.add(k);
        for (int k = n - 2; k >= 0; k--) order.add(k);
        for (int i = 0; i < order.size(); i++) {
            int k = order.get(i);
            if (i > 0) onFx(() -> k > window.lessons().index() ? window.lessons().next() : window.lessons().previous());
            assertEquals(k, (int) onFx(() -> window.lessons().index()));
            List<String> named = lesson.slides().get(k).show() == null ? List.of() : lesson.slides().get(k).show();
            String what = "slide " + (k + 1) + (i < n ? "" : " (back)");
            assertEquals(named.contains("fixed-points"), onFx(() -> window.structure().showsFixedPoints()), what + ": fixed points");
            assertEquals(named.contains("basins") ? RegionMap.Kind.BASINS : null, onFx(() -> window.structure().regionKind()), what + ": regions");
        }
        onFx(() -> { window.files().open(() -> org.memscape.app.document.Presets.load("survey-figure-1.json")); return null; });   // anything else opened ends the lesson
        assertEquals(-1, (int) onFx(() -> window.lessons().index()));
        assertFalse(onFx(() -> window.structure().showsFixedPoints()));
        assertEquals(RegionMap.Kind.RESPONSIBILITIES, onFx(() -> window.structure().regionKind()), "the user's view is back");
    }

    private void showStructureTab() throws Exception {
        onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) window.lookup(".tab-pane");
            tabs.getTabs().stream().filter(t -> t.getText().equals("Structure")).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
    }

    @Test
    void theBifurcationChartOfTheSplittingValleys() throws Exception {
        onFx(() -> {
            window.playback().seek(250);
            return null;
        });
        showStructureTab();
        settle();
        shot("bifurcation-1280x800");
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            window.structure().setShowFixedPoints(true);
            window.structure().setRegions(RegionMap.Kind.BASINS);
            return null;
        });
        settle();
        shot("basins-1024x768");
    }

}
