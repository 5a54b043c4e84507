package org.memscape.compute;

import java.util.TreeMap;

/**
 * The steps of a particle run, forward and back. Memory stays bounded by keeping a checkpoint
 * every {@code interval} steps, no more than a budget allows, and recomputing the steps between
 * them: stepping back or scrubbing restores the nearest earlier checkpoint and replays, which
 * gives the forward run's positions bit for bit (see {@link ParticleRun}).
 */
public final class Timeline {

    /** 256 MiB of checkpoints by default: a thousand steps of 10⁵ particles every few steps. */
    public static final long DEFAULT_BUDGET = 256L << 20;

    private final ParticleRun run;
    private final int interval;
    private final TreeMap<Integer, ParticleRun.Checkpoint> checkpoints = new TreeMap<>();

    public Timeline(ParticleRun run, long budgetBytes) {
        this.run = run;
        long perCheckpoint = Math.max(1, run.checkpointBytes());
        long affordable = Math.max(1, budgetBytes / perCheckpoint);
        this.interval = (int) Math.max(1, (run.steps() + affordable) / affordable);
        checkpoints.put(run.step(), run.checkpoint());
    }

    public Timeline(ParticleRun run) {
        this(run, DEFAULT_BUDGET);
    }

    public ParticleRun run() { return run; }

    public int step() { return run.step(); }

    /** Steps between checkpoints: the most a step back has to recompute. */
    public int interval() { return interval; }

    public int checkpointCount() { return checkpoints.size(); }

    /** One step forward; false at the end of the run. */
    public boolean forward() {
        if (run.finished()) return false;
        run.advance();
        if (run.step() % interval == 0 && !checkpoints.containsKey(run.step())) checkpoints.put(run.step(), run.checkpoint());
        return true;
    }

    /** One step back; false at the first step. */
    public boolean back() {
        if (run.step() == first()) return false;
        seek(run.step() - 1);
        return true;
    }

    /** The earliest step: 0, or where a run continued in an edited landscape began. */
    public int first() {
        return checkpoints.firstKey();
    }

    /** Moves to step k (clamped to the run), replaying from the nearest checkpoint when going back. */
    public void seek(int k) {
        seek(k, Cancellation.NEVER);
    }

    /** The same, stopping early (where it got to) when cancelled: a long replay must not hold up newer requests. */
    public void seek(int k, Cancellation cancel) {
        int target = Math.max(first(), Math.min(k, run.steps()));
        if (target < run.step()) run.restore(checkpoints.floorEntry(target).getValue());
        while (run.step() < target && !cancel.cancelled()) forward();
    }
}
