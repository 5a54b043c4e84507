/**
 * Teaching with the window: presentation mode for a projector and the lesson player that steps through
 * a lesson's slides.
 */
package org.memscape.app.classroom;
