package org.memscape.app.panel;

import org.memscape.app.ui.Style;

/**
 * The panels' look: the window's one stylesheet (assets/memscape.css, its ".memscape-panel"
 * rules), added by each panel itself so that a panel shown on its own looks as in the window.
 */
final class PanelStyle {

    /** The stylesheet, to add to a panel's {@code getStylesheets()}. */
    static final String URL = Style.SHEET;

    private PanelStyle() {}
}
