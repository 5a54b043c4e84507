package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The bifurcation chart's position ticks: distinct labels, never "0 0 0 −0" (the ring preset's). */
class StepTicksTest {

    /** The labels a position axis styled as the bifurcation chart's draws for these ys, at 400 px high. */
    private static List<String> labels(double reach, double... ys) {
        XYSeries s = new XYSeries("branch");
        for (int k = 0; k < ys.length; k++) s.add(k, ys[k]);
        NumberAxis position = new NumberAxis("position");
        ChartTheme.style(position);
        position.setAutoRangeIncludesZero(false);
        position.setNumberFormatOverride(new StepTicks(position));
        BifurcationChart.showAtLeast(position, reach);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("τ"), position, new LineRenderer());
        JFreeChart chart = new JFreeChart(plot);
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 600, 400));
        List<?> ticks = position.refreshTicks(g, new AxisState(), new Rectangle2D.Double(60, 10, 500, 360), RectangleEdge.LEFT);
        List<String> out = ticks.stream().map(t -> ((Tick) t).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();   // minor ticks have no label
        g.dispose();
        return out;
    }

    @Test
    void branchesAtZeroUpToRoundingGetReadableDistinctTicks() {
        List<String> ticks = labels(0.9, 1e-12, -2e-12, 0, 3e-13);   // the ring's centre, as a sweep finds it
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals(ticks.size(), ticks.stream().distinct().count(), "distinct labels: " + ticks);
        assertTrue(ticks.contains("0.0") || ticks.contains("0.00") || ticks.contains("0"), ticks.toString());
        assertTrue(ticks.stream().noneMatch(t -> t.contains("e")), "no rounding noise in scientific notation: " + ticks);
    }

    @Test
    void aWideRangeGetsNoSpareDecimals() {
        List<String> ticks = labels(0.9, -2, 0, 2.5);
        assertTrue(ticks.size() >= 3, ticks.toString());
        assertEquals(ticks.size(), ticks.stream().distinct().count(), "distinct labels: " + ticks);
        assertTrue(ticks.contains("0") || ticks.contains("0.0"), "whole or tenths steps: " + ticks);
    }
}
