package org.memscape.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbers for people, the same under every locale: these run with German as the default, where Java writes 1,23. */
class NumberTextTest {

    private Locale before;

    @BeforeEach
    void german() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        assertEquals("1,23", String.format("%.2f", 1.234), "the default locale writes a decimal comma, so the test can fail");
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void readoutKeepsThreeSignificantDigitsAndItsWidth() {
        assertEquals("2.50", NumberText.readout(2.5));
        assertEquals("0.0500", NumberText.readout(0.05));
        assertEquals("12.5", NumberText.readout(12.46));
        assertEquals("9095", NumberText.readout(9094.6));
        assertEquals("1.20e\u221205", NumberText.readout(1.2e-5));
        assertEquals("4.00e+05", NumberText.readout(4e5));
        assertEquals("\u22122.50", NumberText.readout(-2.5));
        assertEquals("0.00", NumberText.readout(-0.0));
        assertEquals("\u2013", NumberText.readout(Double.NaN));
        assertEquals("\u221E", NumberText.readout(Double.POSITIVE_INFINITY));
        for (double v : new double[] {-9.99e-99, 1.23e-4, 99999, 123456789, -0.001}) {
            assertTrue(NumberText.readout(v).length() <= 9, v + " -> " + NumberText.readout(v));
        }
    }

    @Test
    void significantDropsTrailingZeros() {
        assertEquals("2", NumberText.significant(2, 3));
        assertEquals("2.37", NumberText.significant(2.3712, 3));
        assertEquals("0.05", NumberText.significant(0.05, 3));
        assertEquals("1000", NumberText.significant(1000, 3));
        assertEquals("0.001", NumberText.significant(0.001, 3));
        assertEquals("\u22120.5", NumberText.significant(-0.5, 3));
        assertEquals("1e\u22125", NumberText.significant(1e-5, 3));
        assertEquals("1.23e7", NumberText.significant(12_345_678, 3));
        assertEquals("0", NumberText.significant(-0.0, 3));
        assertEquals(2.52, NumberText.round(2.5179, 3));
        assertEquals("1.97e-151", NumberText.typable(1.9712e-151, 3), "for the terminal: copied into a command, it reads back");
    }

    @Test
    void decimalsAreFixed() {
        assertEquals("0.500", NumberText.decimals(0.5, 3));
        assertEquals("1.5", NumberText.decimals(1.45001, 1));
        assertEquals("60", NumberText.decimals(59.7, 0));
        assertEquals("0.000", NumberText.decimals(-0.0001, 3));
        assertEquals("\u22120.25", NumberText.decimals(-0.25, 2));
    }

    @Test
    void countsHaveCommasBetweenThousands() {
        assertEquals("0", NumberText.count(0));
        assertEquals("999", NumberText.count(999));
        assertEquals("10,000", NumberText.count(10_000));
        assertEquals("1,000,000", NumberText.count(1_000_000));
        assertEquals("\u22121,200", NumberText.count(-1200));
    }

    @Test
    void ticksUseJustEnoughDecimalsAndATrueMinus() {
        assertEquals("\u22122", NumberText.tick(-2, 1));
        assertEquals("0", NumberText.tick(-0.0, 1));
        assertEquals("0.5", NumberText.tick(0.5, 0.5));
        assertEquals("1.0", NumberText.tick(1, 0.5));
        assertEquals("2.5", NumberText.tick(2.5, 2.5));
        assertEquals("0.25", NumberText.tick(0.25, 0.25));
        assertEquals("1.20e+06", NumberText.tick(1.2e6, 1e5));
        assertEquals("3.00e\u221205", NumberText.tick(3e-5, 1e-5));
    }

    @Test
    void patternsForLibrariesWriteTheSame() {
        assertEquals("1,234.5", NumberText.pattern("#,##0.##").format(1234.5));
        assertEquals("\u22120.25", NumberText.pattern("0.##").format(-0.25));
        assertEquals("0.500", NumberText.pattern("0.000").format(0.5));
    }
}
