package org.memscape.app.panel;

import java.math.BigInteger;
import java.util.function.LongFunction;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * A whole number typed or stepped with arrows (the particle count, the seed), from {@code min}
 * to a maximum. Typed text that is not a whole number, or lies outside the range, changes
 * nothing: the field shows its value again, and a message under it says what was typed and what
 * is expected, until the user types in it again or the panel shows another scene. Separators people type
 * in long numbers (spaces, commas, underscores, apostrophes) and the minus sign − are read.
 */
public final class WholeNumberField {

    private final Spinner<Long> spinner = new Spinner<>();
    private final Values values;
    private final Label message = new Label();
    /** What the field takes, for the message, given the current maximum: "the window takes 0 to 10,000 particles". */
    private final LongFunction<String> expected;
    /** True while the field itself puts the value back: that is not the user typing. */
    private boolean puttingBack;

    public WholeNumberField(String id, long min, long max, int step, LongFunction<String> expected) {
        this.values = new Values(min, max, step);
        this.expected = expected;
        values.setConverter(new Text());
        spinner.setValueFactory(values);
        spinner.setId(id);
        spinner.setEditable(true);
        message.setId(id + "-message");
        message.getStyleClass().add("refusal");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        spinner.getEditor().textProperty().addListener((o, was, now) -> {
            if (!puttingBack) message.setText("");   // typing again: the message was about the last try
        });
    }

    public Spinner<Long> spinner() { return spinner; }

    /** The message under the field; empty while there is nothing to say. */
    public Label message() { return message; }

    public long value() { return values.getValue(); }

    /** Shows a value from the document (not an edit) and forgets any message. */
    public void show(long v) {
        values.setValue(v);
        spinner.getEditor().setText(Long.toString(v));
        message.setText("");
    }

    /** Puts the value's text back in the field, keeping the message about what was typed. */
    private void putBack() {
        puttingBack = true;
        try {
            spinner.getEditor().setText(Long.toString(values.getValue()));
        } finally {
            puttingBack = false;
        }
    }

    void setMax(long max) { values.max = max; }

    long max() { return values.max; }

    /**
     * Reads typed text: the number, or null with the message set. The spinner calls it through
     * its converter when the text is committed (Enter, or leaving the field).
     */
    Long read(String typed) {
        String shown = typed.strip();
        String digits = shown.replaceAll("[\\s,_'\u00a0\u202f]", "").replace('\u2212', '-');
        if (!digits.matches("[+-]?\\d+")) {
            return refuse(shown.isEmpty() ? "An empty field" : quoted(shown), "is not a whole number");
        }
        BigInteger n = new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        if (n.compareTo(BigInteger.valueOf(values.min)) < 0) return refuse(quoted(shown), "is too small");
        if (n.compareTo(BigInteger.valueOf(values.max)) > 0) return refuse(quoted(shown), "is too large");
        return n.longValueExact();
    }

    private Long refuse(String what, String problem) {
        message.setText(what + " " + problem + ": " + expected.apply(values.max) + ". Nothing changed.");
        return null;
    }

    /** The text of a value, and typed text to a value; refused text keeps the value and shows it again. */
    private final class Text extends StringConverter<Long> {
        @Override public String toString(Long n) {
            return n == null ? "" : n.toString();
        }

        @Override public Long fromString(String s) {
            Long n = read(s == null ? "" : s);
            if (n != null) return n;
            putBack();   // the field shows what the scene has
            return values.getValue();
        }
    }

    /** Whole numbers from min to max; the arrows stop at the ends (64-bit, without overflow). */
    private static final class Values extends SpinnerValueFactory<Long> {
        final long min;
        long max;
        final int step;

        Values(long min, long max, int step) {
            this.min = min;
            this.max = max;
            this.step = step;
            setValue(Math.max(min, Math.min(max, 0)));
        }

        @Override public void decrement(int steps) {
            long v = getValue();
            long next = v - (long) steps * step;
            setValue(next > v || next < min ? min : next);
        }

        @Override public void increment(int steps) {
            long v = getValue();
            long next = v + (long) steps * step;
            setValue(next < v || next > max ? max : next);
        }
    }

    /** What was typed, in quotes, as every refusal shows it: "“abc” is not…" and "“-5” is too small" alike. */
    static String quoted(String typed) {
        return "\u201c" + typed + "\u201d";
    }
}
