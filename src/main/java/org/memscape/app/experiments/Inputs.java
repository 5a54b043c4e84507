package org.memscape.app.experiments;

import javafx.scene.control.TextField;

/** Reading the form's fields: a number in range, or an IllegalArgumentException whose message names the field and what it expects. */
final class Inputs {

    private Inputs() {}

    static TextField field(String text, int columns) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(columns);
        return f;
    }

    static int whole(TextField field, String name, int min, int max) {
        String text = field.getText().strip();
        try {
            int v = Integer.parseInt(text);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + " \"" + text + "\": expected a whole number from " + min + " to " + max);
    }

    static long seed(TextField field) {
        String text = field.getText().strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed \"" + text + "\": expected a whole number");
        }
    }

    /** A number in (min, max) when {@code open}, else in [min, max]. */
    static double decimal(TextField field, String name, double min, double max, boolean open) {
        String text = field.getText().strip();
        try {
            double v = Double.parseDouble(text);
            if (open ? v > min && v < max : v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(name + " \"" + text + "\": expected a number " + (open ? "strictly " : "") + "between "
                + trim(min) + " and " + trim(max));
    }

    /** Whole numbers separated by commas, each in [min, max]. */
    static int[] counts(TextField field, String name, int min, int max) {
        String text = field.getText().strip();
        String[] parts = text.split(",", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                out[i] = min - 1;
            }
            if (out[i] < min || out[i] > max) {
                throw new IllegalArgumentException(name + " \"" + text + "\": expected whole numbers from " + min + " to " + max
                        + " separated by commas");
            }
        }
        return out;
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
