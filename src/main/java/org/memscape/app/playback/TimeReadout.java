package org.memscape.app.playback;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.memscape.core.DiffusionModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.NoiseProcess;
import org.memscape.text.NumberText;

/**
 * τ, β(τ) and β_eff(τ) of the frame on screen, each named for what it is: VP has β(τ) and
 * β_eff = ᾱ/(1 − ᾱ); VE has no β and no ᾱ, its rate is g² = dσ²/dτ and its β_eff is 1/σ². In the transport bar, two lines of a fixed width (as
 * wide as the widest numbers), so that the timeline beside it keeps its width while τ runs; while
 * presenting, beside the landscape, with β_eff(τ), the lesson's number, large. A model without
 * time shows a quiet note in the bar and nothing beside the landscape (it is not part of the caption).
 */
public final class TimeReadout {

    static final String NO_TIME = "no noise level \u03C4\nin this model";
    /** The widest text the bar can show (VE's names are the longer): NumberText.readout never takes more than eight characters. */
    private static final String WIDEST = "\u03C4 = 0.000   g\u00B2(\u03C4) = d\u03C3\u00B2/d\u03C4 = 0.00e\u221200\n"
            + "\u03B2_eff(\u03C4) = 1/\u03C3\u00B2 = 0.00e\u221200";

    private final Label bar = new Label();
    /** Presenting: τ and β(τ) on a line, β_eff(τ) under it in large bold type (grown further by presentation mode). */
    private final Label line = new Label();
    private final Label betaEff = new Label();
    private final VBox presented = new VBox(2, line, betaEff);
    private final ReadOnlyBooleanWrapper hasTime = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.BooleanProperty presenting = new javafx.beans.property.SimpleBooleanProperty();
    private Font measuredFont;

    TimeReadout(Font font) {
        bar.setFont(font);
        bar.setTextFill(Style.TEXT);
        bar.setWrapText(false);
        line.setFont(Fonts.regular(18));
        line.setTextFill(Style.MUTED_TEXT);
        betaEff.setFont(Fonts.bold(24));
        betaEff.setTextFill(Style.TEXT);
        betaEff.setWrapText(true);   // the number under its name when the column is narrow, never "0.08…"
        betaEff.setMinHeight(Region.USE_PREF_SIZE);
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        presented.managedProperty().bind(hasTime.and(presenting));
        presented.visibleProperty().bind(presented.managedProperty());
        bar.fontProperty().addListener((o, was, now) -> fixWidth());
        fixWidth();
        bar.setText(NO_TIME);
    }

    /** The two lines for the transport bar. */
    public Label bar() { return bar; }

    /** The readout for presentation mode: shown only while presenting, and not for a model without time. */
    public Region presented() { return presented; }

    public void setPresenting(boolean on) { presenting.set(on); }

    /** β_eff(τ) as shown while presenting. */
    public Label betaEffLabel() { return betaEff; }

    ReadOnlyBooleanProperty hasTimeProperty() { return hasTime.getReadOnlyProperty(); }

    /** The noise level of the frame on screen ({@code tau}, NaN for none) in {@code model}. */
    void show(double tau, EnergyModel model) {
        String[] parts = parts(model, tau);
        if (parts == null) {
            hasTime.set(false);
            bar.setTextFill(Style.MUTED_TEXT);
            bar.setText(NO_TIME);
            return;
        }
        hasTime.set(true);
        bar.setTextFill(Style.TEXT);
        bar.setText(text(model, tau));
        // beside the landscape the column may be narrow: lines break between the values, not inside one
        line.setText(unbroken(parts[0]) + "   " + unbroken(parts[1]));
        betaEff.setText(parts[2]);
    }

    /** The bar's two lines for {@code model} at {@code tau}, or {@link #NO_TIME}. */
    static String text(EnergyModel model, double tau) {
        String[] parts = parts(model, tau);
        return parts == null ? NO_TIME : parts[0] + "   " + parts[1] + "\n" + parts[2];
    }

    /** τ, the noise rate and β_eff, each with its name; null for a model without time. */
    private static String[] parts(EnergyModel model, double tau) {
        if (Double.isNaN(tau) || !(model instanceof DiffusionModel diffusion)) return null;
        NoiseProcess p = diffusion.process();
        String t = "\u03C4 = " + NumberText.decimals(tau, 3);
        String rate = NumberText.readout(p.noiseRate(tau));
        String eff = NumberText.readout(p.betaEff(tau));
        if (p instanceof NoiseProcess.VarianceExploding) {
            return new String[] {t, "g\u00B2(\u03C4) = d\u03C3\u00B2/d\u03C4 = " + rate, "\u03B2_eff(\u03C4) = 1/\u03C3\u00B2 = " + eff};
        }
        return new String[] {t, "\u03B2(\u03C4) = " + rate, "\u03B2_eff(\u03C4) = " + eff};
    }

    private static String unbroken(String text) {
        return text.replace(' ', '\u00A0');
    }

    /** As wide as the widest text at the bar's font, whatever it shows now. */
    private void fixWidth() {
        if (bar.getFont() == measuredFont) return;
        measuredFont = bar.getFont();
        Text widest = new Text(WIDEST);
        widest.setFont(measuredFont);
        double w = Math.ceil(widest.getLayoutBounds().getWidth()) + 4;
        bar.setMinWidth(w);
        bar.setPrefWidth(w);
        bar.setMaxWidth(w);
    }
}
