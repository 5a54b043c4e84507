/**
 * Time: which step of the run is shown, playing and stepping ({@code Playback}), the 60 Hz loop that sends
 * requests to the engine and takes its newest frame ({@code FramePump}), and the transport bar.
 */
package org.memscape.app.playback;
