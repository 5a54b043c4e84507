package org.memscape.app.charts;

import java.util.Arrays;

/**
 * The energy of a run, step by step, in bounded memory: the mean over the particles and the
 * energies of a few particles followed as thin traces. No JavaFX, no JFreeChart.
 *
 * <p>At most {@link #capacity()} points are kept. When the store is full, every second point is
 * dropped and the spacing between kept steps doubles ({@link #stride()}), so a run of any length
 * stays spread evenly over the store. A step that falls between two kept steps is still shown as a
 * provisional last point (the "tail"), so the curve always ends at the newest step. A step not
 * after the newest one (the user stepped back, or restarted the timeline) first drops every point
 * at or after it.
 */
final class EnergyHistory {

    /** Points kept at most (before the tail). */
    static final int DEFAULT_CAPACITY = 2000;
    /** Particles followed as thin traces at most. */
    static final int MAX_TRACES = 8;

    private final int capacity;
    private final int[] steps;
    private final double[] means;
    private final double[][] traces;

    private int size;
    private int stride = 1;
    /** How many particles are followed; fixed by the first step after {@link #clear()}. */
    private int traceCount;
    /** The particle count the traces were chosen for. */
    private int tracedOf;

    private boolean hasTail;
    private int tailStep;
    private double tailMean;
    private final double[] tailTraces = new double[MAX_TRACES];

    EnergyHistory() {
        this(DEFAULT_CAPACITY);
    }

    EnergyHistory(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) throw new IllegalArgumentException("capacity must be even and ≥ 4: " + capacity);
        this.capacity = capacity;
        this.steps = new int[capacity];
        this.means = new double[capacity];
        this.traces = new double[MAX_TRACES][capacity];
    }

    /** Forgets everything: a new run. */
    void clear() {
        size = 0;
        stride = 1;
        traceCount = 0;
        tracedOf = 0;
        hasTail = false;
    }

    /**
     * Records one step: the energies of the first {@code count} particles. Non-finite energies
     * (escaped particles) are left out of the mean and break their trace. Returns false, and records
     * nothing, when no particle has a finite energy.
     */
    boolean add(int step, float[] energies, int count) {
        return add(step, energies, count, 0);
    }

    /** The same, with {@code offset} subtracted from every energy (a normalization the chart leaves out). */
    boolean add(int step, float[] energies, int count, double offset) {
        if (energies == null) return false;
        count = Math.max(0, Math.min(count, energies.length));
        double sum = 0;
        int finite = 0;
        for (int i = 0; i < count; i++) {
            float e = energies[i];
            if (Float.isFinite(e)) {
                sum += e - offset;
                finite++;
            }
        }
        if (finite == 0) return false;
        trimFrom(step);
        if (size == 0 && !hasTail) {
            traceCount = Math.min(MAX_TRACES, count);
            tracedOf = count;
        }
        double mean = sum / finite;

        // The previous tail is superseded: it was not far enough from the last kept step.
        hasTail = false;
        if (size == 0 || (long) step - steps[size - 1] >= stride) {
            if (size == capacity) {
                compact();
                if ((long) step - steps[size - 1] < stride) {
                    setTail(step, mean, energies, count, offset);
                    return true;
                }
            }
            steps[size] = step;
            means[size] = mean;
            for (int t = 0; t < traceCount; t++) traces[t][size] = traceValue(t, energies, count) - offset;
            size++;
        } else {
            setTail(step, mean, energies, count, offset);
        }
        return true;
    }

    private void setTail(int step, double mean, float[] energies, int count, double offset) {
        hasTail = true;
        tailStep = step;
        tailMean = mean;
        for (int t = 0; t < traceCount; t++) tailTraces[t] = traceValue(t, energies, count) - offset;
    }

    /** The energy of the particle trace t follows, or NaN if it is missing or not finite. */
    private double traceValue(int t, float[] energies, int count) {
        if (count != tracedOf) return Double.NaN;
        int particle = (int) ((long) t * count / traceCount);
        float e = energies[particle];
        return Float.isFinite(e) ? e : Double.NaN;
    }

    /** Drops every point at or after {@code step}. */
    private void trimFrom(int step) {
        if (hasTail && tailStep >= step) hasTail = false;
        if (size > 0 && steps[size - 1] >= step) {
            int keep = Arrays.binarySearch(steps, 0, size, step);
            size = keep >= 0 ? keep : -keep - 1;
            if (size == 0 && !hasTail) stride = 1;
        }
    }

    /** Keeps every second point (the first among them) and doubles the stride. */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < size; i += 2) {
            steps[kept] = steps[i];
            means[kept] = means[i];
            for (int t = 0; t < traceCount; t++) traces[t][kept] = traces[t][i];
            kept++;
        }
        size = kept;
        stride *= 2;
    }

    int capacity() { return capacity; }

    /** The least distance in steps between kept points. */
    int stride() { return stride; }

    /** Points to plot, the tail included. */
    int pointCount() { return size + (hasTail ? 1 : 0); }

    /** How many particles are followed as traces. */
    int traceCount() { return traceCount; }

    int step(int i) {
        if (i < size) return steps[i];
        checkTail(i);
        return tailStep;
    }

    double mean(int i) {
        if (i < size) return means[i];
        checkTail(i);
        return tailMean;
    }

    double trace(int t, int i) {
        if (t < 0 || t >= traceCount) throw new IndexOutOfBoundsException("trace " + t + " of " + traceCount);
        if (i < size) return traces[t][i];
        checkTail(i);
        return tailTraces[t];
    }

    private void checkTail(int i) {
        if (i != size || !hasTail) throw new IndexOutOfBoundsException("point " + i + " of " + pointCount());
    }
}
