package org.memscape.core;

/**
 * Seeded random numbers addressed by (seed, stream, particle, step, index) rather than drawn in
 * sequence: any particle's noise at any step can be recomputed alone, in any order and on any
 * thread, so runs are reproducible bit for bit and a timeline can be replayed from a checkpoint.
 * SplitMix64 mixing; Box–Muller with StrictMath for the same bits on every machine.
 */
public final class Noise {

    /** Stream ids keep initial positions and step noise independent. */
    public static final long STEP_STREAM = 1;
    public static final long INIT_STREAM = 2;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed;

    public Noise(long seed) { this.seed = seed; }

    public long seed() { return seed; }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private long bits(long stream, long particle, long step, long index) {
        long h = mix(seed + GOLDEN * (stream + 1));
        h = mix(h + GOLDEN * (particle + 1));
        h = mix(h + GOLDEN * (step + 1));
        return mix(h + GOLDEN * (index + 1));
    }

    /** A uniform number in [0, 1). */
    public double uniform(long stream, long particle, long step, long index) {
        return (bits(stream, particle, step, index) >>> 11) * 0x1.0p-53;
    }

    /** Fills out with independent standard normal numbers. */
    public void gaussians(long stream, long particle, long step, double[] out) {
        for (int i = 0; i < out.length; i += 2) {
            double u1 = 1 - uniform(stream, particle, step, i);          // in (0, 1]: log is finite
            double u2 = uniform(stream, particle, step, i + 1);
            double r = StrictMath.sqrt(-2 * StrictMath.log(u1));
            double angle = 2 * Math.PI * u2;
            out[i] = r * StrictMath.cos(angle);
            if (i + 1 < out.length) out[i + 1] = r * StrictMath.sin(angle);
        }
    }
}
