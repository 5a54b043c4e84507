package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.paint.Ticks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void nice_picksRoundValuesInsideTheRange() {
        assertEquals(List.of(-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0), Ticks.nice(-3, 3, 7));
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), Ticks.nice(-1, 1, 5));
        assertEquals(List.of(0.0, 2.5, 5.0, 7.5, 10.0), Ticks.nice(0, 10, 5));
    }

    @Test
    void nice_givesAtLeastThreeTicksWhenThreeAreAsked() {
        // a small exported plot of the ring's [−3, 3]: rounding 3 up to 5 left only 0
        assertEquals(List.of(-2.0, 0.0, 2.0), Ticks.nice(-3, 3, 3));
        assertEquals(List.of(-0.2, 0.0, 0.2), Ticks.nice(-0.3, 0.3, 3));
        assertEquals(List.of(0.0, 0.5, 1.0), Ticks.nice(0, 1, 3));
        assertEquals(List.of(0.0), Ticks.nice(0, 0, 3), "an empty range has its one value");
    }

    @Test
    void even_includesBothEnds() {
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), Ticks.even(0, 1, 5));
    }
}
