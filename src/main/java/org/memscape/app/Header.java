package org.memscape.app;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.FittedLabel;

import org.memscape.app.ui.Style;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The window's head: the title with the lesson's counter and the Present button, the scene's
 * description (or the slide's caption), a message when something failed, and the toolbar. At the
 * desk it stands above the landscape and keeps one height whatever the texts' lengths (the title
 * takes one line, the description four; longer texts get smaller type, see {@link FittedLabel}), so
 * that the toolbar and the landscape under it never move. While presenting it stands beside the
 * landscape, without the toolbar, the counter above the title, with τ and β_eff(τ) under the caption.
 */
final class Header extends VBox {

    private final Label title = new Label();
    private final Label description = new Label();
    private final Label message;
    private final FittedLabel fittedTitle = new FittedLabel(title, FontWeight.BOLD, 28, 14, 1, 3);   // down to two lines of 14 before any "…": a cut title loses its point
    private final FittedLabel fittedDescription = new FittedLabel(description, FontWeight.NORMAL, 18, 14, 4, 0);
    private final HBox titleRow;
    private final Region counter;
    private final Region toolRow;
    private final Region readout;

    /**
     * @param counter the lesson's "◀ 2 / 5 ▶"
     * @param present the presentation mode's button, at the title's end
     * @param toolRow the toolbar, under the description
     * @param readout τ and β_eff(τ) for presentation mode (it shows itself only then)
     * @param message where errors are said
     */
    Header(Region counter, Node present, Region toolRow, Region readout, Label message) {
        this.message = message;
        this.counter = counter;
        this.toolRow = toolRow;
        this.readout = readout;
        title.setTextFill(Style.TEXT);
        description.setTextFill(Style.MUTED_TEXT);
        message.setFont(Fonts.regular(17));
        message.setTextFill(Style.ERROR_TEXT);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        HBox.setHgrow(title, Priority.ALWAYS);   // the title takes the row, the counter and Present its end
        titleRow = new HBox(16, title, counter, present);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setMargin(toolRow, new Insets(2, 0, 0, 0));
        setSpacing(2);
        setPadding(new Insets(2, 20, 4, 20));   // (as in setBeside) the menu bar above gives the room at the top; the height goes to the landscape
        // the readout is a child only while presenting (setBeside): hidden, yet changed every frame of a
        // run with τ, it kept JavaFX from repainting the header, so the next slide's title, caption and
        // counter did not reach the screen (JavaFX marks the dirty regions of invisible nodes badly)
        getChildren().addAll(titleRow, description, message, toolRow);
    }

    Label title() { return title; }

    /** The scene's description, or on a lesson's slide its caption. */
    Label description() { return description; }

    /** Beside the landscape (presenting) or above it. */
    void setBeside(boolean beside) {
        setPadding(beside ? new Insets(2, 12, 4, 8) : new Insets(2, 20, 4, 20));   // beside, the column is narrow: its width goes to the text
        fittedTitle.setPresenting(beside);
        fittedDescription.setPresenting(beside);
        if (beside) {
            titleRow.getChildren().remove(counter);   // above the title: beside it, the title would be a column of syllables
            getChildren().add(0, counter);
            getChildren().add(readout);
        } else {
            getChildren().removeAll(counter, readout);
            titleRow.getChildren().add(1, counter);
        }
    }

    /**
     * The nodes whose fonts presentation mode leaves alone: the title and description, which set their
     * own, and the toolbar, hidden while presenting (grown, its menu buttons kept the large font).
     */
    Node[] ownFonts() { return new Node[] {title, description, toolRow}; }

    /** The toolbar (tests: it must not move). */
    Region toolRow() { return toolRow; }
}
