/**
 * The Experiments window: the paper's D-dimensional experiments (retrieval table, capacity,
 * trajectories) run from the window, one tab each, with a progress bar and Cancel, results that
 * fill in as they come, and CSV, PNG and SVG exports identical to the {@code experiment} commands'
 * files. The numbers come from {@link org.memscape.experiment}, the charts from
 * {@link org.memscape.plot}; this package only asks, shows and saves. A run works on background
 * threads; its results reach the FX thread one row or one dimension at a time, its progress at
 * most once per pulse.
 */
package org.memscape.app.experiments;
