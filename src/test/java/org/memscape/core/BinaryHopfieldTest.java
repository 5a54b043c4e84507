package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryHopfieldTest {

    private static final double[][] PATTERNS = {
        {1, 1, 1, 1, 1, -1, -1, -1, -1, -1},
        {1, -1, 1, -1, 1, -1, 1, -1, 1, -1},
    };

    @Test
    void retrievesAStoredPatternFromACorruptedOne() {
        BinaryHopfield net = new BinaryHopfield(PATTERNS);
        double[] probe = PATTERNS[0].clone();
        probe[0] = -1;
        assertArrayEquals(PATTERNS[0], net.updateSynchronous(probe), 0);
        assertArrayEquals(PATTERNS[0], net.updateSynchronous(PATTERNS[0]), 0);
    }

    @Test
    void asynchronousUpdatesNeverRaiseTheEnergy() {
        BinaryHopfield net = new BinaryHopfield(PATTERNS);
        double[] x = {1, -1, -1, 1, -1, 1, 1, -1, 1, 1};
        double previous = net.energy(x);
        for (int sweep = 0; sweep < 5; sweep++) {
            for (int i = 0; i < x.length; i++) {
                net.updateUnit(x, i);
                double now = net.energy(x);
                assertTrue(now <= previous);
                previous = now;
            }
        }
    }

    @Test
    void energyIsMinusHalfXWX() {
        BinaryHopfield net = new BinaryHopfield(PATTERNS);
        // W_ij = Σ y_i y_j off the diagonal: for x = pattern 0, xᵀWx = Σ_n ((y_nᵀx)² − D)
        double[] x = PATTERNS[0];
        double expected = -0.5 * ((10 * 10 - 10) + (2 * 2 - 10));
        assertTrue(Math.abs(net.energy(x) - expected) < 1e-12, "energy " + net.energy(x));
    }
}
