package org.memscape.experiment;

/** A figure and its 95% bootstrap interval (NaN bounds when no interval was asked for). */
public record Estimate(double value, double low, double high) {

    public static Estimate of(double value) {
        return new Estimate(value, Double.NaN, Double.NaN);
    }
}
