package org.memscape.app.panel;

import org.memscape.text.NumberText;

/** The panel's names for the shared number text (text.NumberText): what it shows and what it writes to files. */
final class Shown {

    private Shown() {}

    /** {@code v} rounded to {@code digits} significant digits, so that files keep tidy numbers such as 2.37. */
    static double round(double v, int digits) {
        return NumberText.round(v, digits);
    }

    /** {@code v} with {@code digits} significant digits and no trailing zeros: 2, 0.05, 1000, 2.37. */
    static String sig(double v, int digits) {
        return NumberText.significant(v, digits);
    }

    /** A whole number with thousands separators, as people read counts: 10,000. */
    static String count(long n) {
        return NumberText.count(n);
    }
}
