package org.memscape.app.ui;

/** Numbers for people: three significant digits, scientific notation only when it must be. */
public final class Format {

    private Format() {}

    public static String number(double v) {
        if (Double.isNaN(v)) return "\u2013";
        if (Double.isInfinite(v)) return v > 0 ? "\u221E" : "\u2212\u221E";
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) return String.format("%.2e", v);
        return String.format(a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.3g", v);
    }
}
