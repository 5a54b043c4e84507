/**
 * The open scene as a document: its undo history ({@code Document}), where it lives on disk and whether it
 * changed ({@code SceneFile}), Open / Save / presets ({@code FileActions}), and the autosave and recovery
 * copies that keep a user's work through a crash.
 */
package org.memscape.app.document;
