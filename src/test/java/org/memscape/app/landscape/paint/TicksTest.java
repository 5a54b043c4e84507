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
    void even_includesBothEnds() {
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), Ticks.even(0, 1, 5));
    }

    @Test
    void label_usesJustEnoughDecimalsAndATrueMinus() {
        assertEquals("\u22122", Ticks.label(-2, 1));
        assertEquals("0", Ticks.label(-0.0, 1));
        assertEquals("0.5", Ticks.label(0.5, 0.5));
        assertEquals("2.5", Ticks.label(2.5, 2.5));
        assertEquals("0.25", Ticks.label(0.25, 0.25));
        assertEquals("1.20e+06", Ticks.label(1.2e6, 1e5));
    }
}
