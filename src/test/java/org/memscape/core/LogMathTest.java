package org.memscape.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against SciPy's log_ndtr, ndtr, i0e and i1e (src/test/resources/special/make_special.py). */
class LogMathTest {

    private static final double RELATIVE = 1e-12;
    private static JsonNode reference;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LogMathTest.class.getResourceAsStream("/special/special_functions.json")) {
            reference = new ObjectMapper().readTree(in);
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(1e-3, Math.abs(expected)), what);
    }

    @Test
    void logNormalCdfDifference() {
        for (JsonNode row : reference.get("logNormalCdfDifference")) {
            double b0 = row.get(0).asDouble();
            double b1 = row.get(1).asDouble();
            assertEquals(row.get(2).asDouble(), LogMath.logNormalCdfDifference(b0, b1),
                    1e-10 * Math.max(1, Math.abs(row.get(2).asDouble())), "log(Φ(" + b1 + ") − Φ(" + b0 + "))");
        }
    }

    @Test
    void besselLogI0eAndRatio() {
        for (JsonNode row : reference.get("bessel")) {
            double z = row.get(0).asDouble();
            double[] got = LogMath.besselLogI0eAndRatio(z);
            assertEquals(row.get(1).asDouble(), got[0], 1e-13 * Math.max(1, Math.abs(got[0])), "log I0e(" + z + ")");
            assertEquals(row.get(2).asDouble(), got[1], 1e-13, "I1/I0(" + z + ")");
        }
    }

    @Test
    void logSumExpSurvivesHugeAndTinyArguments() {
        assertEquals(1e300 + Math.log(2), LogMath.logSumExp(new double[] {1e300, 1e300}, 2), 0);
        assertEquals(-1e6 + Math.log(3), LogMath.logSumExp(new double[] {-1e6, -1e6, -1e6}, 3), 1e-9);
    }
}
