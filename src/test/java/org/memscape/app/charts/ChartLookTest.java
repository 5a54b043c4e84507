package org.memscape.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.memscape.plot.ChartLook;

/** The experiments' charts (drawn without JavaFX) look like the window's side charts: the same colours, fonts and lines. */
class ChartLookTest {

    @Test
    void theExperimentChartsUseTheWindowsLook() {
        assertEquals(ChartTheme.BACKGROUND, ChartLook.BACKGROUND);
        assertEquals(ChartTheme.PLOT_BACKGROUND, ChartLook.PLOT_BACKGROUND);
        assertEquals(ChartTheme.TEXT, ChartLook.TEXT);
        assertEquals(ChartTheme.MUTED_TEXT, ChartLook.MUTED_TEXT);
        assertEquals(ChartTheme.AXIS_LINE, ChartLook.AXIS_LINE);
        assertEquals(ChartTheme.GRID, ChartLook.GRID);
        assertEquals(ChartTheme.MARKER, ChartLook.MARKER);
        assertEquals(ChartTheme.ORANGE, ChartLook.series(0));
        assertEquals(ChartTheme.SKY_BLUE, ChartLook.series(1));
        assertEquals(ChartTheme.TITLE_FONT, ChartLook.TITLE_FONT);
        assertEquals(ChartTheme.AXIS_LABEL_FONT, ChartLook.AXIS_LABEL_FONT);
        assertEquals(ChartTheme.TICK_FONT, ChartLook.TICK_FONT);
        assertEquals(ChartTheme.LEGEND_FONT, ChartLook.LEGEND_FONT);
        assertEquals(ChartTheme.NOTE_FONT, ChartLook.NOTE_FONT);
        assertEquals(ChartTheme.THICK, ChartLook.THICK);
        assertEquals(ChartTheme.THIN, ChartLook.THIN);
        assertEquals(ChartTheme.MARKER_STROKE, ChartLook.MARKER_STROKE);
        assertEquals(ChartTheme.GRID_STROKE, ChartLook.GRID_STROKE);
    }
}
