package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.memscape.compute.Grid;
import org.memscape.core.GridField;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/** The learned score on a grid is the network's score at the exact field's cell centres, the same bits on any number of threads. */
class LearnedFieldTest {

    @Test
    void gridCellsHoldTheScoreAtTheirCentres() {
        NoiseProcess vp = new NoiseProcess.VariancePreserving(new Schedule.Cosine());
        Network net = Network.initial(Architecture.standard(2, 24, Activation.SILU, 1.5), vp, 8);
        ForkJoinPool two = new ForkJoinPool(2);
        try {
            int g = 37;   // not a multiple of the 64-row chunks
            GridField one = LearnedField.evaluate(net, -2, 4, -1, 3, g, 0.4, new ForkJoinPool(1));
            GridField both = LearnedField.evaluate(net, -2, 4, -1, 3, g, 0.4, two);
            float[] fx = new float[g * g], fy = new float[g * g];
            LearnedField.evaluate(net, new Grid(-2, 4, -1, 3, g), 0.4, fx, fy, two);
            double[] score = new double[2];
            for (int j = 0; j < g; j++) {
                for (int i = 0; i < g; i++) {
                    int k = j * g + i;
                    net.score(new double[] {-2 + (i + 0.5) * 6 / g, -1 + (j + 0.5) * 4 / g}, 0.4, score);
                    assertEquals(score[0], one.forceX()[k], 0);
                    assertEquals(score[1], one.forceY()[k], 0);
                    assertEquals(one.forceX()[k], both.forceX()[k], 0);
                    assertEquals((float) score[0], fx[k], 0);
                    assertEquals((float) score[1], fy[k], 0);
                    assertTrue(Double.isNaN(one.energy()[k]));
                }
            }
        } finally {
            two.shutdown();
        }
    }
}
