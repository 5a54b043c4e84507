package org.memscape.app;

/**
 * The last few particle positions of each shown step, for fading trails. A trail follows the
 * steps as they were shown: stepping back or a new run clears it.
 */
final class Trails {

    static final int LENGTH = 12;
    /** Past this many particles trails cost more than they show. */
    static final int MAX_PARTICLES = 5000;

    private final float[][] history = new float[LENGTH][];
    private int size;
    private int newest = -1;
    private int lastStep = -1;
    private int count;

    void add(int step, float[] xy, int particles) {
        if (step <= lastStep || particles != count || particles > MAX_PARTICLES) clear();
        if (particles > MAX_PARTICLES) return;
        if (step == lastStep) return;
        count = particles;
        lastStep = step;
        newest = (newest + 1) % LENGTH;
        if (history[newest] == null || history[newest].length < 2 * particles) history[newest] = new float[2 * particles];
        System.arraycopy(xy, 0, history[newest], 0, 2 * particles);
        size = Math.min(size + 1, LENGTH);
    }

    void clear() {
        size = 0;
        newest = -1;
        lastStep = -1;
    }

    int size() { return size; }

    int particles() { return count; }

    /** The positions {@code age} steps back (0 = newest). */
    float[] at(int age) {
        return history[((newest - age) % LENGTH + LENGTH) % LENGTH];
    }
}
