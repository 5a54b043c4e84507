package org.memscape.app.experiments;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;

/**
 * A chart that fills in: a hint until the first result, then the chart, replaced whole at each
 * new result (a few dozen points; rebuilding is cheaper than keeping datasets in step). The
 * viewer neither zooms nor pans, as the window's side charts.
 */
final class ChartPane extends StackPane {

    private final Label hint;
    private ChartViewer viewer;

    ChartPane(String hint) {
        this.hint = new Label(hint);
        this.hint.getStyleClass().add("hint");
        getChildren().add(this.hint);
        setMinSize(200, 150);
        getStyleClass().add("chart-pane");
    }

    void show(JFreeChart chart) {
        if (viewer == null) {
            viewer = new ChartViewer(chart, false);
            ChartCanvas canvas = viewer.getCanvas();
            canvas.setDomainZoomable(false);
            canvas.setRangeZoomable(false);
            for (String id : new String[] {"zoom", "pan", "scroll"}) {
                MouseHandlerFX h = canvas.getMouseHandler(id);
                if (h != null) {
                    canvas.removeMouseHandler(h);
                    canvas.removeAuxiliaryMouseHandler(h);
                }
            }
            viewer.setMinSize(200, 150);
            getChildren().setAll(viewer);
        } else {
            viewer.setChart(chart);
        }
    }

    /** Back to the hint (a new run starts). */
    void clear() {
        viewer = null;
        getChildren().setAll(hint);
    }

    /** The chart shown, or null. */
    JFreeChart chart() {
        return viewer == null ? null : viewer.getChart();
    }
}
