package org.memscape.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.memscape.core.EnergyModel;
import org.memscape.core.NoiseProcess;

/** The core's energies, forces and schedules against the independent NumPy implementation. */
class CoreAgainstNumpyTest {

    /** Relative agreement: both sides are double precision, computed by different routes. */
    private static final double RELATIVE = 1e-9;

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(1, Math.max(Math.abs(expected), scale)), what);
    }

    @Test
    void energiesAndForces() {
        int checked = 0;
        for (JsonNode c : ReferenceData.load("energy_cases.json")) {
            EnergyModel model = ReferenceData.model(c.get("model"), ReferenceData.memories(c.get("memories")));
            double tau = c.get("tau").isNull() ? Double.NaN : c.get("tau").asDouble();
            JsonNode points = c.get("points");
            for (int m = 0; m < points.size(); m++) {
                double[] x = ReferenceData.vector(points.get(m));
                double[] force = new double[x.length];
                double energy = model.energy(x, tau, force);
                double[] expectedForce = ReferenceData.vector(c.get("force").get(m));
                String where = c.get("name").asText() + " at " + Arrays.toString(x);
                assertClose(c.get("energy").get(m).asDouble(), energy, 0, "energy of " + where);
                double scale = Arrays.stream(expectedForce).map(Math::abs).max().orElse(0);
                for (int i = 0; i < x.length; i++) assertClose(expectedForce[i], force[i], scale, "force[" + i + "] of " + where);
                checked++;
            }
        }
        assertEquals(true, checked > 100, "too few reference points: " + checked);
    }

    @Test
    void schedules() {
        for (JsonNode c : ReferenceData.load("schedule_cases.json")) {
            JsonNode model = c.get("model");
            NoiseProcess process = ReferenceData.process(model);
            JsonNode taus = c.get("tau");
            for (int k = 0; k < taus.size(); k++) {
                double tau = taus.get(k).asDouble();
                String where = c.get("name").asText() + " τ=" + tau;
                assertClose(c.get("beta").get(k).asDouble(), process.noiseRate(tau), 0, "β of " + where);
                assertClose(c.get("signal").get(k).asDouble(), process.signal(tau), 0, "a of " + where);
                assertClose(c.get("variance").get(k).asDouble(), process.variance(tau), 0, "s² of " + where);
                if (tau > 0) assertClose(Double.parseDouble(c.get("betaEff").get(k).asText()), process.betaEff(tau), 0, "β_eff of " + where);
                if (process instanceof NoiseProcess.VariancePreserving vp) {
                    assertClose(c.get("alphaBar").get(k).asDouble(), Math.exp(vp.schedule().logAlphaBar(tau)), 0, "ᾱ of " + where);
                }
            }
        }
    }
}
