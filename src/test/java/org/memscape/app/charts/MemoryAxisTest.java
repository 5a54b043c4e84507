package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MemoryAxisTest {

    @Test
    void labelStep_isOneWhenLabelsFit() {
        assertEquals(1, MemoryAxis.labelStep(12, 300, 20));
        assertEquals(1, MemoryAxis.labelStep(0, 300, 20));
    }

    @Test
    void labelStep_growsInNiceStepsWhenLabelsWouldOverlap() {
        assertEquals(2, MemoryAxis.labelStep(32, 300, 15)); // 9.4 px a column
        assertEquals(5, MemoryAxis.labelStep(32, 300, 25));
        assertEquals(10, MemoryAxis.labelStep(32, 150, 25));
    }

    @Test
    void labelled_everyMemoryWhenStepIsOne() {
        boolean[] all = MemoryAxis.labelled(new int[] {1, 2, 3}, 1, 1);
        assertArrayEquals(new boolean[] {true, true, true}, all);
    }

    @Test
    void labelled_roundNumbersAndAlwaysTheStrongest() {
        int[] memories = new int[32];
        for (int i = 0; i < 32; i++) memories[i] = 32 + i; // 32 … 63
        boolean[] l = MemoryAxis.labelled(memories, 48 - 32, 5);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < 32; i++) if (l[i]) shown.append(memories[i]).append(' ');
        assertEquals("35 40 48 55 60 ", shown.toString(), "45 and 50 would crowd the strongest, 48");
    }

    @Test
    void labelled_noStrongestWithoutSelection() {
        boolean[] l = MemoryAxis.labelled(new int[] {1, 2, 3, 4}, -1, 2);
        assertArrayEquals(new boolean[] {false, true, false, true}, l);
    }
}
