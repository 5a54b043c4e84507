/**
 * What the mouse does on the landscape: adding, selecting, dragging and reshaping memories, brushing
 * particles, panning.
 */
package org.memscape.app.edit;
