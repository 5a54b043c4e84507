package org.memscape.app.panel;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A named slider with its value written beside the name. On a log scale the slider moves the
 * decimal logarithm, so each decade gets the same room. The value shown while dragging is the
 * one that will be written; it becomes an edit when the drag ends (or the key or mouse button
 * is released), never once per pixel.
 */
final class SliderRow extends VBox {

    enum Scale { LINEAR, LOG }

    private final Slider slider = new Slider();
    private final Label name = new Label();
    private final Label value = new Label();
    private final Scale scale;
    private final DoubleUnaryOperator round;
    private final DoubleFunction<String> format;
    private final EditGate gate;
    private final DoubleConsumer onCommit;
    private boolean setting;
    /** The slider position of the value last shown or committed: releasing the thumb there is no edit. */
    private double restPosition = Double.NaN;

    /**
     * @param round   the value to write for a slider position (e.g. 3 significant digits)
     * @param format  how a value is written beside the name
     */
    SliderRow(String id, String title, double lo, double hi, Scale scale, DoubleUnaryOperator round,
            DoubleFunction<String> format, EditGate gate, DoubleConsumer onCommit) {
        super(2);
        this.scale = scale;
        this.round = round;
        this.format = format;
        this.gate = gate;
        this.onCommit = onCommit;
        setId(id);
        getStyleClass().add("slider-row");
        slider.setId(id + "-slider");
        name.setText(title);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setLabelFor(slider);
        HBox.setHgrow(name, Priority.ALWAYS);
        value.getStyleClass().add("value");
        value.setId(id + "-value");
        value.setMinWidth(USE_PREF_SIZE);
        HBox top = new HBox(8, name, value);
        slider.setMin(toSlider(lo));
        slider.setMax(toSlider(hi));
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setAccessibleText(title);
        if (scale == Scale.LOG) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setBlockIncrement((slider.getMax() - slider.getMin()) / 40);
            slider.setLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Double n) {
                    return Shown.sig(Math.pow(10, n), 2);
                }

                @Override
                public Double fromString(String s) {
                    return Math.log10(Double.parseDouble(s));
                }
            });
        } else {
            slider.setBlockIncrement((hi - lo) / 40);
            // JavaFX writes tick labels in the default locale ("0,5" on a German system) unless given a formatter
            slider.setLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Double n) {
                    return Shown.sig(n, 3);
                }

                @Override
                public Double fromString(String s) {
                    return Double.parseDouble(s.replace('\u2212', '-'));
                }
            });
        }
        slider.setPadding(new javafx.geometry.Insets(0, 6, 0, 6)); // end labels stay inside the panel
        getChildren().addAll(top, slider);

        slider.valueProperty().addListener((obs, was, now) -> {
            value.setText(format.apply(current()));
            if (setting || gate.isQuiet()) {
                return;
            }
            if (!slider.isValueChanging()) {
                gate.schedule(this, this::commit);
            }
        });
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now && !setting && !gate.isQuiet()) {
                gate.schedule(this, this::commit);
                gate.flush(this);
            }
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> gate.flush(this));
        addEventFilter(KeyEvent.KEY_RELEASED, e -> gate.flush(this));
    }

    /** Major ticks every {@code unit} with {@code minor} unlabelled ones between; snapping to all of them. */
    SliderRow ticks(double unit, int minor, boolean snap) {
        slider.setMajorTickUnit(unit);
        slider.setMinorTickCount(minor);
        slider.setSnapToTicks(snap);
        slider.setBlockIncrement(unit / (minor + 1));
        return this;
    }

    /** Shows a value from the document; not an edit. Values outside the slider's range pin the thumb to its end. */
    void set(double v) {
        setting = true;
        try {
            double pos = toSlider(v);
            slider.setValue(Double.isFinite(pos) ? Math.max(slider.getMin(), Math.min(slider.getMax(), pos))
                    : slider.getMin());
            restPosition = slider.getValue();
            value.setText(format.apply(v));
        } finally {
            setting = false;
        }
    }

    void setTitle(String title) {
        name.setText(title);
        slider.setAccessibleText(title);
    }

    /** The value the slider's position stands for, rounded as it would be written. */
    double current() {
        return round.applyAsDouble(fromSlider(slider.getValue()));
    }

    Slider slider() {
        return slider;
    }

    Label valueLabel() {
        return value;
    }

    private void commit() {
        if (slider.getValue() == restPosition) {
            return;
        }
        restPosition = slider.getValue();
        onCommit.accept(current());
    }

    private double toSlider(double v) {
        return scale == Scale.LOG ? Math.log10(v) : v;
    }

    private double fromSlider(double s) {
        return scale == Scale.LOG ? Math.pow(10, s) : s;
    }
}
