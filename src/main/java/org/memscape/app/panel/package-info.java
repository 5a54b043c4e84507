/**
 * Side panels of the window that edit the document. A panel never holds the truth: a change
 * becomes one edit, a {@code UnaryOperator<Scene>}, handed to its owner, who applies it (and
 * keeps it for undo) and calls the panel's {@code show(Scene)} with the result. {@code show}
 * only sets controls and sends nothing back.
 *
 * <p>Choices made here: an edit is sent once per gesture (a slider when its drag ends or the
 * mouse or key is released, a held spinner arrow when released, else after 400 ms), never one
 * per pixel, and an edit that changes nothing is not sent; a change the scene reader would
 * refuse (the dot-product model on a scene with a segment, tanh features with memories outside
 * (-1, 1)²) is not sent but explained in the panel; switching between Hopfield and diffusion
 * models changes the sampler (and default starting positions) in the same edit, so one undo
 * takes it all back; β carries over between the two Hopfield models, where it means the same.
 * The panels' stylesheet travels as a data URL ({@link org.memscape.app.panel.PanelStyle}).
 *
 * <p>The model panel in parts: {@code PanelContent} (what a scene shows, no JavaFX),
 * {@code ModelEdits} and {@code EditOutcome} (what a change makes of the scene, no JavaFX), the
 * four section classes (the widgets) and {@code ModelPanel}, which puts them together. A new model,
 * schedule or sampler takes the scene format's defaults from {@link org.memscape.scene.SceneDefaults}.
 */
package org.memscape.app.panel;
