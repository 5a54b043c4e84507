package org.memscape.scene.json;

import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/** How numbers and strings look in scene files and in messages. */
public final class Numbers {

    private Numbers() {}

    /**
     * A double as JSON text that reads back to the identical double: whole numbers without a
     * fraction (so files stay readable), everything else in Java's round-tripping notation.
     */
    public static String json(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("a scene holds finite numbers only, not " + d);
        }
        boolean negativeZero = d == 0 && Double.doubleToRawLongBits(d) != 0;
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !negativeZero) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        if (Math.abs(d) < 1e15 && Math.abs(d) >= 1) {
            // Java switches to 1.23456789123E8 from 1e7 on; the same digits written out read better.
            return new java.math.BigDecimal(s).toPlainString();
        }
        // 1.0E-7 is valid JSON, but people write 1e-7; the digits, and so the value, are unchanged.
        String mantissa = s.substring(0, e);
        return (mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa)
                + "e" + s.substring(e + 1);
    }

    /**
     * A number for a message, written as the file writes it (so that the user finds it there), not
     * rounded as text.NumberText would; non-finite values (which never reach a Scene) are shown as they are.
     */
    public static String show(double d) {
        return Double.isFinite(d) ? json(d) : Double.toString(d);
    }

    /** A count with thousands separators, as people write limits: 1,000,000. */
    public static String count(long n) {
        return org.memscape.text.NumberText.count(n);
    }

    /** A point as the file writes it, for messages: [1, 1]. */
    public static String point(MemorySpec.Point p) {
        return "[" + show(p.x()) + ", " + show(p.y()) + "]";
    }

    /** A string in double quotes, shortened, for a message. */
    public static String quote(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
