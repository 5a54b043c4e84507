/**
 * Charts drawn with JFreeChart's AWT side and written as PNG or SVG (JFreeSVG), with no JavaFX:
 * the experiments' figures ({@link org.memscape.plot.ExperimentCharts}), shared by the headless
 * {@code experiment} commands and the window's Experiments tab, in the look of the window's side
 * charts ({@link org.memscape.plot.ChartLook}). ArchitectureTest keeps JavaFX, JFreeChart's JavaFX
 * bridge and ControlsFX out; the commands reach JFreeChart only through this package.
 */
package org.memscape.plot;
