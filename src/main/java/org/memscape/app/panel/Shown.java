package org.memscape.app.panel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as the panel shows and writes them: a few significant digits, no trailing zeros. */
final class Shown {

    private Shown() {}

    /** {@code v} rounded to {@code digits} significant digits, so that files keep tidy numbers such as 2.37. */
    static double round(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** {@code v} with {@code digits} significant digits and no trailing zeros: 2, 0.05, 1000, 2.37. */
    static String sig(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal b = BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double a = Math.abs(v);
        String s = a >= 1e7 || a < 1e-4 ? b.toString().replace("E+", "e").replace("E", "e") : b.toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    /** A whole number with thousands separators, as people read counts: 10,000. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
