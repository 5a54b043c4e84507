package org.memscape.app.charts;

import org.jfree.data.xy.AbstractXYDataset;

/**
 * The energy chart's data, read straight from an {@link EnergyHistory} (no copies): series 0 is the
 * mean energy, series 1 … k the followed particles. Empty (no series) before the first step.
 */
final class EnergyDataset extends AbstractXYDataset {

    private static final long serialVersionUID = 1L;
    static final String MEAN = "mean";

    private final transient EnergyHistory history;

    EnergyDataset(EnergyHistory history) {
        this.history = history;
    }

    /** Tells the plot that the history changed: one event per call. */
    void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return history.pointCount() == 0 ? 0 : 1 + history.traceCount();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return series == 0 ? MEAN : "particle " + series;
    }

    @Override
    public int getItemCount(int series) {
        return history.pointCount();
    }

    @Override
    public double getXValue(int series, int item) {
        return history.step(item);
    }

    @Override
    public double getYValue(int series, int item) {
        return series == 0 ? history.mean(item) : history.trace(series - 1, item);
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }
}
