package org.memscape.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as people read them, in the window, in messages and in chart labels: the same in every
 * locale (a point before the decimals, commas between thousands, so a German system never shows
 * "1,23" beside "1.25"), with the true minus sign − (U+2212). Machine formats are not made here:
 * CSV and JSON numbers round-trip exactly (output.CsvNumber, scene.json.Numbers).
 */
public final class NumberText {

    /** The minus sign of typeset text: as wide as a plus, unlike the hyphen. */
    public static final char MINUS = '\u2212';

    private NumberText() {}

    /**
     * A value that changes while one watches it (β(τ), β_eff(τ)): three significant digits,
     * trailing zeros kept so the text does not jump, scientific notation only below 10⁻³ and from
     * 10⁵ on: 0.0500, 2.50, 12.5, 9095, 1.20e−05. At most eight characters.
     */
    public static String readout(double v) {
        if (Double.isNaN(v)) return "\u2013";
        if (Double.isInfinite(v)) return v > 0 ? "\u221E" : MINUS + "\u221E";
        double a = Math.abs(v);
        String pattern = a != 0 && (a >= 1e5 || a < 1e-3) ? "%.2e" : a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.3g";
        return typeset(String.format(Locale.ROOT, pattern, v));
    }

    /**
     * A set value (a parameter, a number in a message): {@code digits} significant digits and no
     * trailing zeros, 2, 0.05, 1000, 2.37; scientific notation below 10⁻⁴ and from 10⁷ on (1e−5).
     */
    public static String significant(double v, int digits) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : v > 0 ? "\u221E" : MINUS + "\u221E";
        BigDecimal b = BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e7 || a < 1e-4) {
            int exponent = b.precision() - b.scale() - 1;
            return typeset(b.movePointLeft(exponent).toPlainString() + "e" + exponent);
        }
        return typeset(b.toPlainString());
    }

    /**
     * As {@link #significant}, with the hyphen for minus: for the terminal, where a number in a
     * message is copied into the next command (--tau 1e-5), and U+2212 would not read back.
     */
    public static String typable(double v, int digits) {
        return significant(v, digits).replace(MINUS, '-');
    }

    /** {@code v} rounded to {@code digits} significant digits, so that files keep tidy numbers such as 2.37. */
    public static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) return v;
        return BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** A fixed number of decimals, for a value on a known scale: τ = 0.500, 6.3 s, 1.5 ms. */
    public static String decimals(double v, int places) {
        if (!Double.isFinite(v)) return significant(v, 1);
        return typeset(String.format(Locale.ROOT, "%." + places + "f", v));
    }

    /** A count with commas between thousands, as people write them: 10,000. */
    public static String count(long n) {
        return typeset(String.format(Locale.ROOT, "%,d", n));
    }

    /**
     * The label of a tick among ticks {@code step} apart (axes, colorbar): just enough decimals
     * to tell neighbours apart (0.25, 0.5, 2), scientific from 10⁵ on or for steps below 10⁻⁴.
     */
    public static String tick(double value, double step) {
        double size = Math.max(Math.abs(value), Math.abs(step));
        String text;
        if (size >= 1e5 || (step > 0 && Math.abs(step) < 1e-4)) {
            text = String.format(Locale.ROOT, "%.2e", value);
        } else {
            int decimals = step > 0 ? Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(Math.abs(step)) - 1e-9))) : 2;
            if (step > 0 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) decimals++;
            text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        return typeset(text);
    }

    /**
     * A {@link DecimalFormat} of {@code pattern} that writes as the methods above do (point,
     * commas, true minus), for libraries that take a format (chart axes, slider labels).
     */
    public static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign(MINUS);
        return new DecimalFormat(pattern, symbols);
    }

    /** "-0", "-0.00" become "0", "0.00"; other hyphens (of negative numbers and exponents) become the true minus. */
    private static String typeset(String text) {
        if (text.matches("-0(\\.0*)?")) text = text.substring(1);
        return text.replace('-', MINUS);
    }
}
