package org.memscape.app.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels of a log axis as 10ⁿ with Unicode superscripts: one string, so every renderer draws
 * it (JFreeChart's own labels need attributed-text superscripts).
 */
final class PowerOfTenFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final char[] SUPERSCRIPT = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    /** "10ⁿ" (10⁰, 10¹, 10⁻³, ...) for the power of ten nearest to v (v > 0); "0" for 0 or below. */
    static String label(double v) {
        if (!(v > 0) || Double.isInfinite(v)) return v > 0 ? "∞" : "0";
        long exponent = Math.round(Math.log10(v));
        StringBuilder out = new StringBuilder("10");
        if (exponent < 0) out.append('⁻');
        for (char c : Long.toString(Math.abs(exponent)).toCharArray()) out.append(SUPERSCRIPT[c - '0']);
        return out.toString();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
