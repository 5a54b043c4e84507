package org.memscape.app.edit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memscape.app.landscape.MemoryBodies;
import org.memscape.app.landscape.MemoryHandles;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.scene.Domain;
import org.memscape.scene.MemorySpec;

/** What lies under a point of the landscape, without a window. */
class HitsTest {

    /** 100 pixels per unit, the origin at pixel (300, 300), y up: (1, 1) is at (400, 200). */
    private static final PlotFrame PLOT = new PlotFrame(new Domain(-3, 3, -3, 3), 0, 0, 100);

    private static MemorySpec.Point p(double x, double y) { return new MemorySpec.Point(x, y); }

    /** A point at (−2, −2), a segment from (−1, 1) to (1, 1), a circle of radius 1 around (1, −1). */
    private static final List<MemorySpec> MEMORIES = List.of(p(-2, -2), new MemorySpec.Segment(p(-1, 1), p(1, 1)),
            new MemorySpec.Circle(p(1, -1), 1));

    private static final Hits HITS = new Hits(PLOT, MEMORIES, 1);

    @Test
    void aHandleIsGrabbedWithinFourteenPixelsTimesTheMarkScale() {
        assertEquals(new Hits.Handle(1, 1), HITS.handleAt(410, 205), "the segment's end at (400, 200)");
        assertEquals(new Hits.Handle(0, 0), HITS.handleAt(100 + 13.9, 500), "the point at (100, 500)");
        assertNull(HITS.handleAt(100 + 14, 500), "14 px away is out of reach");
        assertNull(HITS.handleAt(120, 500), "20 px on the desk");
        assertEquals(new Hits.Handle(0, 0), new Hits(PLOT, MEMORIES, 1.7).handleAt(120, 500), "20 px with a projector's larger marks");
        assertEquals(new Hits.Handle(2, 1), HITS.handleAt(500, 400), "the ring's radius handle, right of the centre");
    }

    @Test
    void theNearestHandleWinsAndOnATieTheFirst() {
        List<MemorySpec> two = List.of(p(0, 0), p(0.1, 0));   // at 300 and 310 px
        assertEquals(1, new Hits(PLOT, two, 1).handleAt(307, 300).memory());
        assertEquals(0, new Hits(PLOT, two, 1).handleAt(305, 300).memory(), "half way: the first");
    }

    @Test
    void aLineOrRingIsGrabbedWithinSevenPixelsAndOnATieTheLaterOne() {
        assertEquals(1, HITS.bodyAt(300, 207), "7 px below the segment's middle");
        assertEquals(-1, HITS.bodyAt(300, 207.5));
        assertEquals(2, HITS.bodyAt(400, 297), "just inside the top of the ring");
        assertEquals(-1, HITS.bodyAt(100, 500), "a point memory has no body");
        List<MemorySpec> crossing = List.of(new MemorySpec.Segment(p(-1, 0), p(1, 0)), new MemorySpec.Segment(p(0, -1), p(0, 1)));
        assertEquals(1, new Hits(PLOT, crossing, 1).bodyAt(300, 300), "where they cross, the one drawn on top");
        assertEquals(1, new Hits(PLOT, MEMORIES, 2).bodyAt(300, 213), "twice as far with marks twice as large");
    }

    @Test
    void aPressMovesWholeOrReshapes() {
        assertEquals(Hits.Grab.WHOLE, HITS.grabAt(100, 500), "a point memory");
        assertEquals(Hits.Grab.HANDLE, HITS.grabAt(200, 200), "a segment's end");
        assertEquals(Hits.Grab.WHOLE, HITS.grabAt(300, 203), "a segment's line");
        assertEquals(Hits.Grab.WHOLE, HITS.grabAt(400, 400), "a circle's centre");
        assertEquals(Hits.Grab.HANDLE, HITS.grabAt(500, 400), "a circle's radius handle");
        assertEquals(Hits.Grab.WHOLE, HITS.grabAt(400, 500), "a circle's ring");
        assertEquals(Hits.Grab.NOTHING, HITS.grabAt(150, 150), "empty ground");
    }

    @Test
    void aParticleIsPickedWithinFivePixelsTheNearestFirst() {
        float[] xy = {0, 0, 0.03f, 0, 1, 0};   // at 300, 303 and 400 px
        assertEquals(1, HITS.particleAt(xy, 3, 302, 300));
        assertEquals(0, HITS.particleAt(xy, 3, 296, 300));
        assertEquals(-1, HITS.particleAt(xy, 3, 300, 306));
        assertEquals(2, HITS.particleAt(xy, 3, 400, 304.9));
        assertEquals(-1, HITS.particleAt(xy, 2, 400, 300), "only the first count particles");
    }

    @Test
    void aBoxTakesTheMemoriesWhoseHandlesAllLieInIt() {
        assertEquals(Set.of(0, 1), HITS.inBox(50, 150, 450, 550), "the ring's radius handle at (500, 400) is outside");
        assertEquals(Set.of(0, 1), HITS.inBox(450, 550, 50, 150), "from any corner");
        assertEquals(Set.of(0, 1, 2), HITS.inBox(100, 200, 500, 500), "its edges included");
        assertEquals(Set.of(), HITS.inBox(250, 150, 350, 250), "the segment's middle alone is not enough");
    }

    @Test
    void theInsideOfThePlotHasItsEdges() {
        assertTrue(HITS.inside(0, 0));
        assertTrue(HITS.inside(600, 600));
        assertFalse(HITS.inside(600.5, 300));
        assertFalse(HITS.inside(300, -0.5));
    }

    /** The point of the class: hit testing needs no window, so nothing it uses may be JavaFX. */
    @Test
    void hitTestingUsesNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(new ClassFileImporter().importClasses(Hits.class, Hits.Handle.class, Hits.Grab.class, PlotFrame.class,
                        MemoryHandles.class, MemoryBodies.class));
    }
}
