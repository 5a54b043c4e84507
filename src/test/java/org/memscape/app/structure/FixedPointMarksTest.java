package org.memscape.app.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The word "spurious" beside a mark stays inside the plot (at 1024 × 768 it ran past the right edge and was cut). */
class FixedPointMarksTest {

    @Test
    void theWordGoesRightOfTheRingWhereItFits() {
        assertEquals(113, FixedPointMarks.labelLeft(100, 9, 60, 50, 400));
    }

    @Test
    void nearThePlotsRightEdgeTheWordGoesLeftOfTheRing() {
        double left = FixedPointMarks.labelLeft(380, 9, 60, 50, 400);
        assertEquals(380 - 9 - 4 - 60, left);
        assertEquals(true, left + 60 <= 400);
    }

    @Test
    void inAPlotTooNarrowForEitherSideTheWordStartsAtThePlotsLeftEdge() {
        assertEquals(50, FixedPointMarks.labelLeft(60, 9, 60, 50, 100));
    }
}
