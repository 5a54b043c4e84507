package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WeightBarsTest {

    @Test
    void of_nullOrEmptyGivesNoBars() {
        assertSame(WeightBars.NONE, WeightBars.of(null));
        assertSame(WeightBars.NONE, WeightBars.of(new double[0]));
        assertEquals(-1, WeightBars.NONE.strongest());
    }

    @Test
    void of_fewMemoriesGivesOneBarEachNumberedFromOne() {
        WeightBars b = WeightBars.of(new double[] {0.1, 0.7, 0.2});
        assertArrayEquals(new int[] {1, 2, 3}, b.memories());
        assertArrayEquals(new double[] {0.1, 0.7, 0.2}, b.weights(), 0);
        assertEquals(1, b.strongest());
    }

    @Test
    void of_manyMemoriesKeepsThe32LargestInMemoryOrder() {
        double[] w = new double[100];
        for (int i = 0; i < 100; i++) w[i] = (i * 37) % 100; // a permutation of 0..99
        WeightBars b = WeightBars.of(w);
        assertEquals(WeightBars.MAX_BARS, b.size());
        for (int i = 0; i < b.size(); i++) {
            assertEquals(w[b.memories()[i] - 1], b.weights()[i], 0);
            assertEquals(true, b.weights()[i] >= 68, "one of the 32 largest: " + b.weights()[i]);
            if (i > 0) assertEquals(true, b.memories()[i] > b.memories()[i - 1], "memory order");
        }
        assertEquals(99, b.weights()[b.strongest()], 0);
    }

    @Test
    void of_nonFiniteWeightsCountAsZero() {
        WeightBars b = WeightBars.of(new double[] {Double.NaN, 0.5, Double.POSITIVE_INFINITY});
        assertArrayEquals(new double[] {0, 0.5, 0}, b.weights(), 0);
        assertEquals(1, b.strongest());
    }
}
