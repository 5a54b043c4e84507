package org.memscape.app.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.AbstractDataset;

/**
 * The weight chart's data: one row ("weight"), a column per shown memory keyed by its number
 * (from 1). Replaced whole by {@link #set(WeightBars)}, with one change event.
 */
final class WeightDataset extends AbstractDataset implements CategoryDataset {

    private static final long serialVersionUID = 1L;
    static final String ROW = "weight";

    private transient WeightBars bars = WeightBars.NONE;
    private List<Integer> columns = List.of();

    void set(WeightBars newBars) {
        bars = newBars;
        List<Integer> keys = new ArrayList<>(newBars.size());
        for (int m : newBars.memories()) keys.add(m);
        columns = Collections.unmodifiableList(keys);
        fireDatasetChanged();
    }

    WeightBars bars() { return bars; }

    @Override public Comparable<?> getRowKey(int row) {
        if (row != 0 || columns.isEmpty()) throw new IndexOutOfBoundsException("row " + row);
        return ROW;
    }

    @Override public int getRowIndex(Comparable key) { return ROW.equals(key) && !columns.isEmpty() ? 0 : -1; }

    @Override public List getRowKeys() { return columns.isEmpty() ? List.of() : List.of(ROW); }

    @Override public Comparable<?> getColumnKey(int column) { return columns.get(column); }

    @Override public int getColumnIndex(Comparable key) { return key instanceof Integer ? columns.indexOf(key) : -1; }

    @Override public List getColumnKeys() { return columns; }

    @Override public Number getValue(Comparable rowKey, Comparable columnKey) {
        int r = getRowIndex(rowKey);
        int c = getColumnIndex(columnKey);
        if (r < 0) throw new UnknownKeyException("row " + rowKey);
        if (c < 0) throw new UnknownKeyException("column " + columnKey);
        return getValue(r, c);
    }

    @Override public int getRowCount() { return columns.isEmpty() ? 0 : 1; }

    @Override public int getColumnCount() { return columns.size(); }

    @Override public Number getValue(int row, int column) {
        if (row != 0) throw new IndexOutOfBoundsException("row " + row);
        return bars.weights()[column];
    }
}
