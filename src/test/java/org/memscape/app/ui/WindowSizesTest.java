package org.memscape.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A window is brought onto its screen: moved first, shrunk only where the screen cannot hold it. */
class WindowSizesTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 800);

    @Test
    void aWindowTallerThanTheScreenIsShrunkToIt() {
        // the main window un-maximized by openbox: a 1280 × 800 scene and its frame
        assertEquals(new Rectangle2D(0, 0, 1280, 800), WindowSizes.onScreen(new Rectangle2D(2, 21, 1282, 821), SCREEN));
    }

    @Test
    void aWindowPartlyOffTheScreenIsMovedOntoIt() {
        assertEquals(new Rectangle2D(0, 0, 400, 300), WindowSizes.onScreen(new Rectangle2D(-50, -30, 400, 300), SCREEN));
        assertEquals(new Rectangle2D(880, 500, 400, 300), WindowSizes.onScreen(new Rectangle2D(1000, 700, 400, 300), SCREEN));
    }

    @Test
    void aWindowOnTheScreenStaysAsItIs() {
        Rectangle2D window = new Rectangle2D(100, 50, 600, 400);
        assertEquals(window, WindowSizes.onScreen(window, SCREEN));
    }
}
