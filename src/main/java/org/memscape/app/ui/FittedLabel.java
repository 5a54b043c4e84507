package org.memscape.app.ui;

import org.memscape.app.classroom.Presentation;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A wrapping label whose font is as large as fits its room, from a largest size down in half
 * points to a smallest (past that the text ends in "…").
 *
 * <p>At the desk the room is a box of fixed height, {@code lines} lines of the largest font, so
 * that what is under it (the toolbar, the landscape) stays put whether the text takes two lines or
 * five. While presenting the fonts are {@link #PRESENTING_FACTOR} times larger, and the room is
 * either {@code presentingLines} lines of that font (a title) or, with {@code presentingLines} 0,
 * whatever height the column beside the landscape has left (a caption: on a 4:3 projector the
 * column is narrow, and a long caption must not run under the time controls). FX thread only.
 */
public final class FittedLabel {

    /** The presenting font, as presentation mode grows the other texts of the header. */
    static final double PRESENTING_FACTOR = 1.5;

    private final Label label;
    private final FontWeight weight;
    private final double largest, smallest;
    private final int lines, presentingLines;
    private boolean presenting;
    private String fitted;

    public FittedLabel(Label label, FontWeight weight, double largest, double smallest, int lines, int presentingLines) {
        this.label = label;
        this.weight = weight;
        this.largest = largest;
        this.smallest = smallest;
        this.lines = lines;
        this.presentingLines = presentingLines;
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);   // as wide as its row, whatever its font: a width following the font would keep a shrunk one
        label.setAlignment(javafx.geometry.Pos.TOP_LEFT);   // in a box taller than the text, the text at its top
        label.setFont(font(largest));
        label.widthProperty().addListener((o, was, now) -> fit());
        label.heightProperty().addListener((o, was, now) -> {
            if (presenting && presentingLines == 0) fit();
        });
        label.textProperty().addListener((o, was, now) -> fit());
        setPresenting(false);
    }

    /** Presenting (larger type, the room of the column beside the landscape) or at the desk (a fixed box). */
    public void setPresenting(boolean on) {
        presenting = on;
        fitted = null;
        boolean fill = on && presentingLines == 0;
        double box = on ? Region.USE_COMPUTED_SIZE : height(lines, largest);
        label.setMinHeight(fill ? 0 : on ? Region.USE_PREF_SIZE : box);
        label.setPrefHeight(box);
        label.setMaxHeight(on ? Double.MAX_VALUE : box);
        VBox.setVgrow(label, fill ? Priority.ALWAYS : null);
        fit();
    }

    /** The font size chosen last. */
    double size() { return label.getFont().getSize(); }

    private void fit() {
        double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        double top = presenting ? Math.min(Presentation.MAX_FONT_SIZE, largest * PRESENTING_FACTOR) : largest;
        // presenting, never below three quarters of the desk's largest: the narrow column beside a 4:3 landscape needs room to shrink
        double bottom = presenting ? Math.max(smallest, 0.75 * largest) : smallest;
        double room = !presenting ? height(lines, largest)
                : presentingLines > 0 ? height(presentingLines, top)
                : label.getHeight() - label.snappedTopInset() - label.snappedBottomInset();
        if (width <= 0 || room <= 0) {
            label.setFont(font(top));
            return;
        }
        String key = presenting + " " + width + " " + room + " " + label.getText();
        if (key.equals(fitted)) return;
        fitted = key;
        Text probe = probe(label.getText());
        probe.setWrappingWidth(width);
        double size = top;
        for (; size > bottom; size -= 0.5) {
            probe.setFont(font(size));
            if (probe.getLayoutBounds().getHeight() <= room) break;
        }
        label.setFont(font(Math.max(bottom, size)));
    }

    /** The height of {@code n} lines of text at {@code size}, and two pixels to spare. */
    private double height(int n, double size) {
        Text probe = probe("Ag" + "\nAg".repeat(n - 1));
        probe.setFont(font(size));
        return Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
    }

    /** A text measured as a label measures its own (line heights from the font's ascent and descent, centred). */
    private static Text probe(String text) {
        Text probe = new Text(text);
        probe.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return probe;
    }

    private Font font(double size) {
        return Fonts.of(weight, size);
    }
}
