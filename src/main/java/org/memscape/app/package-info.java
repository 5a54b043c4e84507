/**
 * The JavaFX window, the only package that touches JavaFX, JFreeChart or ControlsFX.
 * {@link org.memscape.app.AppLauncher} starts {@link org.memscape.app.MemscapeApp}, which shows a
 * {@code MainWindow}. One-way data flow: an edit makes a new immutable Scene in the
 * {@code Document} (which keeps undo and redo); once per 60 Hz pulse the {@code FramePump} sends
 * the scene, the view (the {@code LandscapeView}: zoom, force field, which the menus and the
 * mouse set) and the step to the engine ({@link org.memscape.compute.FrameEngine}), whose newest
 * frame the {@code LandscapeCanvas} paints as the view says. The particles shown at step k are always the scene's
 * own run at step k: editing the scene replays its run in the new landscape.
 */
package org.memscape.app;

import org.memscape.app.document.Document;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.LandscapeView;
import org.memscape.app.playback.FramePump;
