package org.memscape.app.structure;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.memscape.app.ui.Fonts;
import org.memscape.app.ui.Style;
import org.memscape.scene.DynamicsSpec;
import org.memscape.structure.Agreement;
import org.memscape.text.NumberText;

/**
 * The Structure tab's table of paired runs: for each pair of the compared dynamics, the share of
 * particles at the same memory at the step shown and at the end of the runs (a 2-D analogue of
 * Table 1 of Ambrogioni 2023). Hidden while paired runs are off. FX thread.
 */
final class PairedTable extends VBox {

    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final Label rule = new Label();
    /** The shares as shown, one line per pair ("SDE · ODE 97.5 % 96.0 %"), for tests. */
    private String text = "";

    PairedTable() {
        title.setFont(Fonts.bold(14));
        title.setTextFill(Style.TEXT);
        title.setWrapText(true);
        rule.setFont(Fonts.regular(12));
        rule.setTextFill(Style.MUTED_TEXT);
        rule.setWrapText(true);
        grid.setHgap(10);
        grid.setVgap(3);
        getChildren().addAll(title, grid, rule);
        setSpacing(4);
        setPadding(new Insets(4, 0, 4, 0));
        setMinHeight(USE_PREF_SIZE);
        show(null);
    }

    String text() { return text; }

    /** Shows the answer's table, or hides the table for null. */
    void show(PairedView.Answer a) {
        setVisible(a != null);
        setManaged(a != null);
        grid.getChildren().clear();
        if (a == null) {
            text = "";
            return;
        }
        List<DynamicsSpec.Sampler> d = a.request().dynamics();
        int steps = a.request().scene().dynamics().steps();
        title.setText("Paired runs: particles at the same memory (step " + Math.min(a.request().step(), steps) + " of " + steps + ", and at the end)");
        grid.add(head("pair"), 0, 0);
        grid.add(head("now"), 1, 0);
        grid.add(head("end"), 2, 0);
        StringBuilder s = new StringBuilder();
        int row = 1;
        for (int i = 0; i < d.size(); i++) {
            for (int j = i + 1; j < d.size(); j++) {
                String now = percent(a.now().share(i, j));
                String end = a.end() == null ? "\u2026" : percent(a.end().share(i, j));
                grid.add(pair(i, j, d), 0, row);
                grid.add(cell(now), 1, row);
                grid.add(cell(end), 2, row);
                s.append(PairedLook.shortLabel(d.get(i))).append(" \u00B7 ").append(PairedLook.shortLabel(d.get(j)))
                        .append(' ').append(now).append(' ').append(end).append('\n');
                row++;
            }
        }
        if (d.size() < 2) grid.add(cell("Tick a second dynamics (View, Paired runs) to compare."), 0, 1, 3, 1);
        text = s.toString();
        boolean diffusion = a.request().scene().model().isDiffusion();
        rule.setText(a.now().particles() + " particles, one start and seed for all. The same memory: the one whose softmax weight is above \u00BD"
                + (diffusion ? " at \u03C4min" : "") + " where the particle is (as the basins command says); a particle between memories counts as none.");
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "\u2013" : NumberText.decimals(100 * share, 1) + " %";
    }

    private static Label head(String s) {
        Label l = new Label(s);
        l.setFont(Fonts.bold(13));
        l.setTextFill(Style.MUTED_TEXT);
        return l;
    }

    private static Label cell(String s) {
        Label l = new Label(s);
        l.setFont(Fonts.regular(14));
        l.setTextFill(Style.TEXT);
        l.setWrapText(true);
        return l;
    }

    private static HBox pair(int i, int j, List<DynamicsSpec.Sampler> d) {
        HBox box = new HBox(4, mark(i), cell(PairedLook.shortLabel(d.get(i))), cell("\u00B7"), mark(j), cell(PairedLook.shortLabel(d.get(j))));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Canvas mark(int index) {
        Canvas c = new Canvas(14, 14);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setLineWidth(1.1);
        PairedLook.mark(gc, index, 7, 7, 4.5);
        return c;
    }
}
