package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MATH.md §3: energies and forces stay finite at β = 1e6, s = 1e-6 and |x| = 1e6. */
class ExtremeSettingsTest {

    private static final double[][] PLACES = {
        {0, 0}, {1e6, -1e6}, {-1e6, 3}, {1.5 + 1e-7, 1.5}, {0.3, 0.3}, {1e-300, 0}
    };

    private static List<Memory> memories() {
        List<Memory> m = new ArrayList<>();
        m.add(new Memory.Point(new double[] {1.5, 1.5}));
        m.add(new Memory.Point(new double[] {-1.5, -1.5}));
        m.add(new Memory.Segment(new double[] {-1, 1}, new double[] {1, 1}));
        m.add(new Memory.Polyline(List.of(new double[] {2, -2}, new double[] {2.5, -1}, new double[] {3, -2})));
        m.add(new Memory.Circle(new double[] {0, 0}, 0.5));
        return m;
    }

    private static void assertFiniteEverywhere(String name, EnergyModel model, double tau) {
        double[] force = new double[2];
        for (double[] x : PLACES) {
            double e = model.energy(x, tau, force);
            assertTrue(Double.isFinite(e) && Double.isFinite(force[0]) && Double.isFinite(force[1]),
                    name + " at (" + x[0] + ", " + x[1] + "): E=" + e + " F=(" + force[0] + ", " + force[1] + ")");
        }
    }

    /** Far from four memories placed symmetrically, the weights tie: the force must still be Σ w (y − x) with Σ w = 1. */
    @Test
    void tiedWeightsFarAwayStillSumToOne() {
        List<Memory> row = List.of(new Memory.Point(new double[] {-3, 0}), new Memory.Point(new double[] {-1, 0}),
                new Memory.Point(new double[] {1, 0}), new Memory.Point(new double[] {3, 0}));
        for (double beta : new double[] {1, 1e3, 1e6}) {
            double[] force = new double[2];
            new DistanceHopfieldModel(row, beta).energy(new double[] {0, 999999}, 0, force);
            assertEquals(-999999, force[1], 1e-6 * 999999, "β=" + beta);
            assertEquals(0, force[0], 1e-6 * 999999, "β=" + beta);
        }
        DiffusionModel tiny = new DiffusionModel(row.subList(1, 3), new NoiseProcess.VarianceExploding(1e-6, 3));
        double[] score = new double[2];
        tiny.energy(new double[] {0, 1000}, 0, score);
        assertEquals(-1000 / 1e-12, score[1], 1e-9 * 1000 / 1e-12);
        Memory corner = new Memory.Polyline(List.of(new double[] {-1, 0}, new double[] {0, 1}, new double[] {1, 0}));
        double[] grad = new double[2];
        corner.logKernel(new double[] {0, -1e6}, 1, 1, grad);
        assertEquals(1e6, grad[1], 1, "pulled back towards the polyline by its distance");
    }

    @Test
    void distanceHopfieldAtHugeBeta() {
        assertFiniteEverywhere("β=1e6", new DistanceHopfieldModel(memories(), 1e6), 0);
    }

    @Test
    void diffusionAtTinyNoise() {
        // VE with σmin = 1e-6: s = 1e-6 at τ = 0; VP at τ → 0 has s ~ 1e-5..1e-6.
        assertFiniteEverywhere("VE s=1e-6", new DiffusionModel(memories(), new NoiseProcess.VarianceExploding(1e-6, 3)), 0);
        DiffusionModel vp = new DiffusionModel(memories(), new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)));
        assertFiniteEverywhere("VP τ=1e-11", vp, 1e-11);
        assertFiniteEverywhere("VP τ=1", vp, 1);
        assertFiniteEverywhere("cosine τ=1", new DiffusionModel(memories(), new NoiseProcess.VariancePreserving(new Schedule.Cosine())), 1);
    }

    @Test
    void dotProductHopfieldAtHugeBetaAndFarAway() {
        List<Memory> points = memories().subList(0, 2);
        for (MemoryFunction f : List.of(new MemoryFunction.Classical(), new MemoryFunction.Power(40, false),
                new MemoryFunction.Power(40, true), new MemoryFunction.Exp(1e6), new MemoryFunction.LogSumExp(1e6))) {
            assertFiniteEverywhere(f.toString(), new HopfieldModel(points, HopfieldModel.Features.QUADRATIC, f), 0);
            HopfieldModel tanh = new HopfieldModel(List.of(new Memory.Point(new double[] {0.5, 0.5})), HopfieldModel.Features.TANH, f);
            assertTrue(Double.isFinite(tanh.energyAtState(new double[] {1e6, -1e6}, 0)), "tanh " + f);
            double[] v = new double[2];
            tanh.velocity(new double[] {1e6, -1e6}, 0, v);
            assertTrue(Double.isFinite(v[0]) && Double.isFinite(v[1]), "tanh velocity " + f);
        }
    }
}
