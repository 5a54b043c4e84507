/**
 * Pictures and animations written to files, the same code for the window's File menu and for the
 * {@code render} command ({@code HeadlessRenderer}): PNG, GIF and MP4 of the landscape, SVG/PNG of charts.
 */
package org.memscape.app.export;
