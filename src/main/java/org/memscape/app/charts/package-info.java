/**
 * The side charts of the main window ({@link org.memscape.app.charts.ChartsPanel}, a container of
 * one class per chart): the noise schedule β(τ), β_eff(τ) with the current τ ({@code ScheduleChart});
 * the mean particle energy per step, a Lyapunov check ({@code EnergyChart}); the softmax weights of
 * the selected particle over the memories ({@code WeightsChart}).
 *
 * <p>JFreeChart charts in {@code ChartViewer}s, themed dark for projection ({@code ChartTheme}).
 * The data live in small package-private models without JavaFX ({@code EnergyHistory},
 * {@code ScheduleCurves}, {@code WeightBars}) that the tests check without a stage; the datasets
 * read them without copying. The window's per-frame calls only change data: the charts are drawn
 * at most once per pulse, by an AnimationTimer that runs only while a chart is out of date.
 */
package org.memscape.app.charts;
