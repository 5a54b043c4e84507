package org.memscape.app.panel;

import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;

/**
 * The noise levels a diffusion sampler runs through, τ from tauMax down to tauMin, on one
 * range slider with a log scale (0.001 … 1), so the low noise levels where the valleys
 * sharpen get as much room as the high ones. Commits like {@link SliderRow}: once per gesture.
 */
final class TauRangeRow extends VBox {

    static final double LO = 0.001;
    static final double HI = 1;

    private final RangeSlider slider = new RangeSlider(Math.log10(LO), Math.log10(HI), Math.log10(LO), Math.log10(HI));
    private final Label value = new Label();
    private final EditGate gate;
    private final BiConsumer<Double, Double> onCommit;
    private boolean setting;
    private double restLow = Double.NaN;
    private double restHigh = Double.NaN;

    /** @param onCommit receives (tauMax, tauMin) */
    TauRangeRow(String id, String title, EditGate gate, BiConsumer<Double, Double> onCommit) {
        super(2);
        this.gate = gate;
        this.onCommit = onCommit;
        setId(id);
        getStyleClass().add("slider-row");
        slider.setId(id + "-slider");
        Label name = new Label(title);
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setLabelFor(slider);
        HBox.setHgrow(name, Priority.ALWAYS);
        value.getStyleClass().add("value");
        value.setId(id + "-value");
        value.setMinWidth(USE_PREF_SIZE);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(0.075);
        slider.setAccessibleText(title);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Shown.sig(Math.pow(10, n.doubleValue()), 2);
            }

            @Override
            public Number fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        slider.setPadding(new javafx.geometry.Insets(0, 6, 0, 6)); // end labels stay inside the panel
        getChildren().addAll(new HBox(8, name, value), slider);

        slider.lowValueProperty().addListener((obs, was, now) -> changed(slider.isLowValueChanging()));
        slider.highValueProperty().addListener((obs, was, now) -> changed(slider.isHighValueChanging()));
        slider.lowValueChangingProperty().addListener((obs, was, now) -> released(now));
        slider.highValueChangingProperty().addListener((obs, was, now) -> released(now));
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> gate.flush(this));
        addEventFilter(KeyEvent.KEY_RELEASED, e -> gate.flush(this));
    }

    private void changed(boolean changing) {
        showValue(tauMax(), tauMin());
        if (setting || gate.isQuiet()) {
            return;
        }
        if (!changing) {
            gate.schedule(this, this::commit);
        }
    }

    private void released(boolean changing) {
        if (!changing && !setting && !gate.isQuiet()) {
            gate.schedule(this, this::commit);
            gate.flush(this);
        }
    }

    void set(double tauMax, double tauMin) {
        setting = true;
        try {
            double hi = clampLog(tauMax);
            double lo = clampLog(tauMin);
            // The slider keeps low ≤ high at every moment, so open it up before placing both thumbs.
            slider.setLowValue(slider.getMin());
            slider.setHighValue(hi);
            slider.setLowValue(Math.min(lo, hi));
            restLow = slider.getLowValue();
            restHigh = slider.getHighValue();
            showValue(tauMax, tauMin);
        } finally {
            setting = false;
        }
    }

    private double clampLog(double tau) {
        double l = Math.log10(tau);
        return Double.isFinite(l) ? Math.max(slider.getMin(), Math.min(slider.getMax(), l)) : slider.getMin();
    }

    private void showValue(double tauMax, double tauMin) {
        value.setText(Shown.sig(tauMax, 2) + " \u2192 " + Shown.sig(tauMin, 2));
    }

    double tauMax() {
        return Shown.round(Math.pow(10, slider.getHighValue()), 2);
    }

    double tauMin() {
        return Shown.round(Math.pow(10, slider.getLowValue()), 2);
    }

    RangeSlider slider() {
        return slider;
    }

    Label valueLabel() {
        return value;
    }

    private void commit() {
        if (slider.getLowValue() == restLow && slider.getHighValue() == restHigh) {
            return;
        }
        restLow = slider.getLowValue();
        restHigh = slider.getHighValue();
        onCommit.accept(tauMax(), tauMin());
    }
}
