package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PowerOfTenFormatTest {

    @Test
    void label_writesPowersOfTenWithSuperscripts() {
        assertEquals("10⁰", PowerOfTenFormat.label(1));
        assertEquals("10³", PowerOfTenFormat.label(1000));
        assertEquals("10⁻³", PowerOfTenFormat.label(0.001));
        assertEquals("10¹²", PowerOfTenFormat.label(1e12));
        assertEquals("10²", PowerOfTenFormat.label(99.99999));
    }

    @Test
    void format_isTheLabel() {
        assertEquals("10⁶", new PowerOfTenFormat().format(1e6));
        assertEquals("0", PowerOfTenFormat.label(0));
    }
}
