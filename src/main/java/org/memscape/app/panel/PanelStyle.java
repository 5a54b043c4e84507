package org.memscape.app.panel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The panels' dark, projector-friendly look: light text on #1e1f24, 16 px type (15 px at the
 * smallest), a clear colour for the chosen option. Kept as a stylesheet in a data URL so the
 * package carries its own look; the colours are looked-up modena colours, so combo box popups,
 * spinners and sliders follow without restyling each part.
 */
public final class PanelStyle {

    static final String BACKGROUND = "#1e1f24";
    static final String TEXT = "#e6e6e6";
    static final String MUTED = "#b4b9c4";
    static final String HEADING = "#8fc8ff";
    static final String WARNING = "#ffc857";
    static final String REFUSAL = "#ff9f80";

    private static final String CSS = """
            .memscape-panel {
                -fx-base: #383b45;
                -fx-background: %1$s;
                -fx-control-inner-background: #2a2c34;
                -fx-control-inner-background-alt: #30323b;
                -fx-accent: #3f7fcf;
                -fx-default-button: #3f7fcf;
                -fx-focus-color: #8fc8ff;
                -fx-faint-focus-color: #8fc8ff33;
                -fx-selection-bar: #3f7fcf;
                -fx-selection-bar-non-focused: #3f7fcf;
                -fx-light-text-color: #ffffff;
                -fx-mid-text-color: %2$s;
                -fx-dark-text-color: #111111;
                -fx-text-box-border: #666b78;
                -fx-box-border: #555a66;
                -fx-font-size: 16px;
                -fx-background-color: %1$s;
            }
            .memscape-panel .label {
                -fx-text-fill: %2$s;
            }
            .memscape-panel .section-title {
                -fx-font-size: 19px;
                -fx-font-weight: bold;
                -fx-text-fill: %4$s;
            }
            .memscape-panel .section {
                -fx-border-color: #3a3d47 transparent transparent transparent;
                -fx-border-width: 1 0 0 0;
                -fx-padding: 12 0 4 0;
            }
            .memscape-panel .section.first {
                -fx-border-width: 0;
                -fx-padding: 0 0 4 0;
            }
            .memscape-panel .value {
                -fx-font-weight: bold;
                -fx-text-fill: #ffffff;
            }
            .memscape-panel .hint {
                -fx-text-fill: %3$s;
                -fx-font-size: 15px;
            }
            .memscape-panel .warning {
                -fx-text-fill: %5$s;
            }
            .memscape-panel .refusal {
                -fx-text-fill: %6$s;
                -fx-font-weight: bold;
            }
            .memscape-panel .scroll-pane,
            .memscape-panel .scroll-pane > .viewport {
                -fx-background-color: transparent;
                -fx-background-insets: 0;
                -fx-padding: 0;
            }
            .memscape-panel .slider .axis,
            .memscape-panel .range-slider .axis {
                -fx-tick-label-fill: %3$s;
                -fx-tick-label-font-size: 15px;
            }
            .memscape-panel .slider .track,
            .memscape-panel .range-slider .track {
                -fx-background-color: #5a5f6c;
                -fx-background-insets: 0;
            }
            .memscape-panel .range-slider .range-bar {
                -fx-background-color: #3f7fcf;
            }
            .memscape-panel .slider .thumb,
            .memscape-panel .range-slider .low-thumb,
            .memscape-panel .range-slider .high-thumb {
                -fx-background-color: #0b0c0f, #e6e6e6;
                -fx-background-insets: 0, 1.5;
                -fx-padding: 0.55em;
            }
            .memscape-panel .slider .thumb:focused,
            .memscape-panel .range-slider .low-thumb:focused,
            .memscape-panel .range-slider .high-thumb:focused,
            .memscape-panel .slider:focused .thumb {
                -fx-background-color: #8fc8ff, #ffffff;
                -fx-background-insets: -1.5, 1.5;
            }
            .memscape-panel .toggle-button {
                -fx-padding: 0.3em 0.5em 0.3em 0.5em;
            }
            .memscape-panel .toggle-button:selected {
                -fx-base: #3f7fcf;
                -fx-text-fill: #ffffff;
                -fx-font-weight: bold;
            }
            .memscape-panel .combo-box,
            .memscape-panel .spinner {
                -fx-font-size: 16px;
            }
            .memscape-panel .combo-box-popup .list-cell {
                -fx-font-size: 16px;
                -fx-padding: 0.35em 0.6em 0.35em 0.6em;
            }
            .memscape-panel .combo-box-popup .list-cell:filled:selected,
            .memscape-panel .combo-box-popup .list-cell:filled:hover {
                -fx-text-fill: #ffffff;
            }
            """.formatted(BACKGROUND, TEXT, MUTED, HEADING, WARNING, REFUSAL);

    /** The stylesheet, to add to a panel's {@code getStylesheets()}. */
    public static final String URL = "data:text/css;base64," + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8));

    private PanelStyle() {}
}
