package org.memscape.output;

/** Numbers in the CSV files every output writes. */
public final class CsvNumber {

    private CsvNumber() {}

    /** The shortest decimal that reads back to the same double (Locale-free by construction); empty for NaN. */
    public static String of(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
