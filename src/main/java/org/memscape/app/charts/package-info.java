/**
 * The side charts of the main window ({@link org.memscape.app.charts.ChartsPanel}): the noise
 * schedule β(τ), β_eff(τ) with the current τ; the mean particle energy per step (a Lyapunov check);
 * the softmax weights of the selected particle over the memories.
 *
 * <p>JFreeChart charts in {@code ChartViewer}s, themed dark for projection ({@code ChartTheme}).
 * The data live in small package-private models without JavaFX ({@code EnergyHistory},
 * {@code ScheduleCurves}, {@code WeightBars}) that the tests check without a stage; the datasets
 * read them without copying. The window's per-frame calls only change data: the charts are drawn
 * at most once per pulse, by an AnimationTimer that runs only while a chart is out of date.
 */
package org.memscape.app.charts;
