package org.memscape.experiment;

/**
 * Watches a running experiment: asked between repetitions whether to stop, and told how far it
 * has come. Called from the worker threads.
 */
public interface Monitor {

    Monitor NONE = new Monitor() {
        @Override public boolean cancelled() { return false; }
        @Override public void progress(double fraction) {}
    };

    boolean cancelled();

    /** The share of the work done, from 0 to 1 (for the capacity search an estimate). */
    void progress(double fraction);
}
