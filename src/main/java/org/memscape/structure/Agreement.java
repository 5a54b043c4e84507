package org.memscape.structure;

import java.util.List;
import org.memscape.scene.DynamicsSpec;

/**
 * How often the same particles end at the same memory under two dynamics: for each pair (a, b)
 * the number of particles whose memory under a is a memory (not −1, a mixture) and the same one
 * under b. A 2-D analogue of Table 1 of Ambrogioni (2023), which counts how often a diffusion
 * model's sample and the Hopfield retrieval from the same start agree. Arrays are not copied;
 * treat them as read-only.
 *
 * @param dynamics  the dynamics, in the order of the other arrays
 * @param particles the number of particles
 * @param same      same[a][b]: particles at one memory, the same, under a and b (same[a][a]: at a memory under a)
 */
public record Agreement(List<DynamicsSpec.Sampler> dynamics, int particles, int[][] same) {

    /** The table of per-particle memories, one array per dynamics, all of one length. */
    public static Agreement of(List<DynamicsSpec.Sampler> dynamics, List<int[]> memories) {
        if (dynamics.size() != memories.size()) throw new IllegalArgumentException("one memory array per dynamics");
        int n = memories.isEmpty() ? 0 : memories.get(0).length;
        int[][] same = new int[memories.size()][memories.size()];
        for (int a = 0; a < memories.size(); a++) {
            for (int b = 0; b < memories.size(); b++) {
                int[] ma = memories.get(a), mb = memories.get(b);
                if (ma.length != n || mb.length != n) throw new IllegalArgumentException("every dynamics has the same particles");
                int count = 0;
                for (int p = 0; p < n; p++) if (ma[p] >= 0 && ma[p] == mb[p]) count++;
                same[a][b] = count;
            }
        }
        return new Agreement(List.copyOf(dynamics), n, same);
    }

    /** The share of particles at the same memory under a and b (NaN for no particles). */
    public double share(int a, int b) {
        return particles == 0 ? Double.NaN : (double) same[a][b] / particles;
    }

    /** The share at a memory (not a mixture) under a. */
    public double retrieved(int a) {
        return share(a, a);
    }
}
