package org.memscape.app.experiments;

import org.memscape.app.ui.Fonts;
import org.memscape.app.ui.Style;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The side panel's Experiments tab: what the paper's D-dimensional experiments show, and a button
 * for each that opens the Experiments window on it (the results need more room than the panel).
 */
public final class ExperimentsTab extends VBox {

    static final String INTRO = "Beyond the plane: Ambrogioni (2023) shows with binary patterns in d dimensions that a "
            + "diffusion model with the exact score retrieves what a modern Hopfield network retrieves. Run the paper's "
            + "experiments, change θ, β, n and d, and save the tables and figures.";

    public ExperimentsTab() {
        super(12);
        setPadding(new Insets(14));
        setBackground(javafx.scene.layout.Background.fill(Style.BACKGROUND));
        Label heading = new Label("Experiments in D dimensions");
        heading.setFont(Fonts.bold(19));
        heading.setTextFill(Style.HEADING);
        Label intro = text(INTRO);
        getChildren().addAll(heading, intro,
                opener("Retrieval table…", 0, "Table 1: modern Hopfield vs diffusion vs classical Hopfield, denoising and completion."),
                opener("Capacity…", 1, "Figure 3: the most patterns retrieved with mean error ≤ 3%, dimension by dimension."),
                opener("Trajectories…", 2, "Figure 2a: each coordinate's path under the probability-flow ODE and the reverse SDE."));
    }

    private VBox opener(String title, int tab, String about) {
        Button b = new Button(title);
        b.setFont(Fonts.regular(16));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setOnAction(e -> ExperimentsWindow.show(getScene() == null ? null : getScene().getWindow(), tab));
        VBox box = new VBox(4, b, text(about));
        return box;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setFont(Fonts.regular(15));
        l.setTextFill(Style.MUTED_TEXT);
        return l;
    }
}
