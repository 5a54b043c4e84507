package org.memscape.app.classroom;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.FittedLabel;
import org.memscape.app.ui.Style;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.LandscapeCanvas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * Presentation mode, for projecting to a class: the window fills the screen; the side panel,
 * the drawing tools and the status line go (an audience needs the landscape, not the controls);
 * the title, caption and time controls grow; every text turns pure white on black; and the
 * landscape takes the projector's look ({@link CanvasLook#PROJECTOR}, the colour map without
 * its darkest part, {@link Colormap#forProjector}). Leaving restores everything as it was.
 */
public final class Presentation {

    /** The largest text: a 42 px title would no longer fit one line. */
    public static final double MAX_FONT_SIZE = 36;
    private static final String SAVED_FONT = "memscape.presentation.font";
    private static final String SAVED_STYLE = "memscape.presentation.style";
    private static final String SAVED_FILL = "memscape.presentation.fill";
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:\\s*([0-9.]+)px");

    private final Region root;
    private final LandscapeCanvas canvas;
    private final List<Node> hidden = new ArrayList<>();
    private final List<Node> enlarged = new ArrayList<>();
    private final List<Double> factors = new ArrayList<>();
    /** Nodes that set their own fonts for presenting (and their children): left alone. */
    private final java.util.Set<Node> ownFonts = new java.util.HashSet<>();
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper();
    private Background background;
    private Colormap colormap;

    public Presentation(Region root, LandscapeCanvas canvas) {
        this.root = root;
        this.canvas = canvas;
    }

    /** What an audience does not need: hidden, taking no room, while presenting. */
    public void hide(Node... nodes) { hidden.addAll(List.of(nodes)); }

    /** Where every text grows {@code factor} times (up to {@link #MAX_FONT_SIZE}) and turns white while presenting. */
    public void enlarge(double factor, Node... nodes) {
        for (Node n : nodes) {
            enlarged.add(n);
            factors.add(factor);
        }
    }

    /** Nodes whose fonts their owner sets for presenting ({@link FittedLabel}): not grown or restored here. */
    public void keepFonts(Node... nodes) { ownFonts.addAll(List.of(nodes)); }

    /** The "Present" toggle for a toolbar, in step with the mode however it was entered. */
    public ToggleButton button() {
        ToggleButton present = new ToggleButton("Present");
        present.setFont(Fonts.regular(16));
        present.setMinWidth(Region.USE_PREF_SIZE);
        present.setFocusTraversable(false);
        present.setTooltip(new Tooltip("Presentation mode: full screen, large text, projector colours (F11; Esc or F11 leaves)"));
        present.setOnAction(e -> set(present.isSelected()));
        presenting.addListener((o, was, now) -> present.setSelected(now));
        return present;
    }

    public ReadOnlyBooleanProperty presentingProperty() { return presenting.getReadOnlyProperty(); }

    public boolean presenting() { return presenting.get(); }

    public void toggle() { set(!presenting.get()); }

    public void set(boolean on) {
        if (on == presenting.get()) return;
        // told of the mode after the fonts were restored: a node that leaves the scene when presenting ends
        // (the time readout beside the caption) must be restored first
        if (on) presenting.set(true);
        for (Node n : hidden) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        if (on) {
            background = root.getBackground();
            root.setBackground(Background.fill(Style.PROJECTOR_BACKGROUND));
            root.getStyleClass().add("presenting");
            colormap = canvas.view().colormap();
            canvas.view().setColormap(colormap.forProjector());
            canvas.view().setLook(CanvasLook.PROJECTOR);
            for (int k = 0; k < enlarged.size(); k++) enlarge(enlarged.get(k), factors.get(k), ownFonts);
            canvas.requestFocus();   // not a hidden control: Space must play, not open a hidden menu
        } else {
            root.setBackground(background);
            root.getStyleClass().remove("presenting");
            canvas.view().setColormap(colormap);
            canvas.view().setLook(CanvasLook.SCREEN);
            for (Node n : enlarged) restore(n, ownFonts);
            presenting.set(false);
        }
        fullScreen(on);
    }

    /** Full screen without the toolkit's "press Esc" banner over the slide: Esc and F11 are ours to handle. */
    private void fullScreen(boolean on) {
        if (root.getScene() == null || !(root.getScene().getWindow() instanceof Stage stage)) return;
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(on);
    }

    /**
     * Larger fonts (code-set, or an inline -fx-font-size) and white text, below {@code node}; the old
     * ones are kept to restore. Below a node whose inline font size grew, the children follow it by
     * CSS: setting their fonts too would pin them (a combo box kept its large cells after leaving).
     */
    private static void enlarge(Node node, double factor, java.util.Set<Node> skip) {
        if (skip.contains(node)) return;
        if (node instanceof Labeled l) {
            l.getProperties().put(SAVED_FONT, l.getFont());
            Font f = l.getFont();
            l.setFont(new Font(f.getName(), Math.min(MAX_FONT_SIZE, f.getSize() * factor)));
            if (!Style.ERROR_TEXT.equals(l.getTextFill())) {
                l.getProperties().put(SAVED_FILL, l.getTextFill());
                if (l.getTextFill() instanceof Color c && c.getBrightness() > 0.5) l.setTextFill(Style.PROJECTOR_TEXT);
            }
        }
        String style = node.getStyle();
        Matcher m = FONT_SIZE.matcher(style);
        if (m.find()) {
            node.getProperties().put(SAVED_STYLE, style);
            node.setStyle(m.replaceFirst("-fx-font-size: " + Math.round(Math.min(MAX_FONT_SIZE, Double.parseDouble(m.group(1)) * factor)) + "px"));
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) enlarge(child, factor, skip);
        }
    }

    private static void restore(Node node, java.util.Set<Node> skip) {
        if (skip.contains(node)) return;
        var saved = node.getProperties();
        if (node instanceof Labeled l) {
            if (saved.containsKey(SAVED_FONT)) l.setFont((Font) saved.remove(SAVED_FONT));
            if (saved.containsKey(SAVED_FILL)) l.setTextFill((Paint) saved.remove(SAVED_FILL));
        }
        if (saved.containsKey(SAVED_STYLE)) {
            node.setStyle((String) saved.remove(SAVED_STYLE));
            // A combo box's list is off the scene graph until it opens, and its preferred width is at
            // least the box's present width: without new CSS and a shrink its cells keep the large font
            // and the box stays as wide as presenting made it.
            if (node instanceof javafx.scene.control.ComboBox<?> c && c.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin) {
                skin.getPopupContent().applyCss();
                c.resize(0, c.getHeight());
                c.requestLayout();
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) restore(child, skip);
        }
    }
}
