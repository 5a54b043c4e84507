package org.memscape.app.landscape;

import org.memscape.app.landscape.EnergyRange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference percentiles from NumPy 2.4 (np.percentile, default linear method). */
class EnergyRangeTest {

    private static final double TOL = 1e-12;
    private static final double[] DIGITS = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};

    @Test
    void percentiles_matchNumpy() {
        EnergyRange r = EnergyRange.percentiles(DIGITS, 2, 98);
        assertEquals(1.0, r.low(), TOL);
        assertEquals(8.4, r.high(), TOL);
        EnergyRange q = EnergyRange.percentiles(DIGITS, 25, 50);
        assertEquals(2.5, q.low(), TOL);
        assertEquals(4.0, q.high(), TOL);
    }

    @Test
    void of_clipsTheTwoPercentTails() {
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) values[i] = i;
        values[100] = 1e9; // one huge value must not stretch the range
        EnergyRange r = EnergyRange.of(values);
        assertEquals(2.0, r.low(), TOL);
        assertEquals(98.0, r.high(), TOL);
    }

    @Test
    void percentiles_ignoreValuesThatAreNotFinite() {
        double[] values = {Double.NaN, 3, 1, Double.POSITIVE_INFINITY, 4, 1, 5, 9, 2, 6, 5, 3, 5, Double.NEGATIVE_INFINITY};
        EnergyRange r = EnergyRange.percentiles(values, 2, 98);
        assertEquals(1.0, r.low(), TOL);
        assertEquals(8.4, r.high(), TOL);
    }

    @Test
    void percentiles_ofAConstantFieldGiveAUsableRange() {
        EnergyRange r = EnergyRange.of(new double[] {2, 2, 2});
        assertTrue(r.low() < 2 && r.high() > 2);
        assertEquals(0.5, r.fraction(2), 1e-9);
        EnergyRange empty = EnergyRange.of(new double[] {Double.NaN});
        assertTrue(empty.high() > empty.low());
    }

    @Test
    void fraction_isClampedToTheUnitInterval() {
        EnergyRange r = new EnergyRange(-1, 3);
        assertEquals(0, r.fraction(-5), TOL);
        assertEquals(0.25, r.fraction(0), TOL);
        assertEquals(1, r.fraction(10), TOL);
        assertEquals(2, r.at(0.75), TOL);
    }
}
