/**
 * The small pieces every part of the window uses: the palette and fonts ({@code Style}), numbers for people
 * ({@code Format}), a label that fits its room, the FX-thread helpers, giving focus back after a dialog, and
 * the progress window of a background task. Depends on no other part of the window.
 */
package org.memscape.app.ui;
