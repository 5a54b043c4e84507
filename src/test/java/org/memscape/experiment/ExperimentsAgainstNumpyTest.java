package org.memscape.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The experiments' building blocks against src/test/resources/reference/make_experiment_reference.py,
 * an independent NumPy implementation of the protocol (general distance form of the score, W as a
 * d×d matrix, np.corrcoef, np.percentile).
 */
class ExperimentsAgainstNumpyTest {

    private static final double TIGHT = 1e-12;
    private static JsonNode cases;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ExperimentsAgainstNumpyTest.class.getResourceAsStream("/reference/experiment_cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        assertEquals(Protocol.GAMMA, cases.get("gamma").asDouble());
    }

    static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = node.get(i).asDouble();
        return v;
    }

    /** The patterns of a case, loaded into a kernel. */
    static SoftmaxRecall patterns(JsonNode rows) {
        int n = rows.size(), d = rows.get(0).size();
        double[] flat = new double[n * d];
        for (int k = 0; k < n; k++) System.arraycopy(vector(rows.get(k)), 0, flat, k * d, d);
        SoftmaxRecall recall = new SoftmaxRecall(n, d);
        recall.load(flat, n);
        return recall;
    }

    private static void assertClose(double[] expected, double[] actual, double relative, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            double tolerance = relative * Math.max(1, Math.abs(expected[i]));
            assertEquals(expected[i], actual[i], tolerance, what + " entry " + i);
        }
    }

    @Test
    void oneModernHopfieldUpdate() {
        for (JsonNode c : cases.get("hopfield")) {
            SoftmaxRecall recall = patterns(c.get("patterns"));
            double[] out = new double[recall.dim()];
            recall.recall(vector(c.get("x")), c.get("beta").asDouble(), out);
            assertClose(vector(c.get("update")), out, TIGHT, "update at beta " + c.get("beta"));
        }
    }

    @Test
    void modernHopfieldRetrievalOver150Updates() {
        for (JsonNode c : cases.get("hopfield")) {
            SoftmaxRecall recall = patterns(c.get("patterns"));
            double[] out = new double[recall.dim()];
            ModernHopfield.retrieve(recall, vector(c.get("x")), c.get("beta").asDouble(), 150, out);
            Binary.binarize(out);
            assertArrayEquals(vector(c.get("retrieved150")), out, 0);
        }
    }

    @Test
    void oneProbabilityFlowStepWithTheExactScore() {
        for (JsonNode c : cases.get("diffusionSteps")) {
            SoftmaxRecall recall = patterns(c.get("patterns"));
            double t = c.get("t").asDouble();
            double[] x = vector(c.get("x"));
            // one step of width t from t to 0: the drift is taken at t
            ExactScoreDiffusion.probabilityFlow(recall, x, Protocol.GAMMA, t, 1, null);
            assertClose(vector(c.get("odeStep")), x, 1e-10, "ODE step at t = " + t);
        }
    }

    @Test
    void oneReverseSdeStepIsItsDriftPlusTheDrawnNoise() {
        Draws draws = new Draws(3);
        for (JsonNode c : cases.get("diffusionSteps")) {
            SoftmaxRecall recall = patterns(c.get("patterns"));
            double t = c.get("t").asDouble();
            double[] x = vector(c.get("x"));
            ExactScoreDiffusion.reverseSde(recall, x, Protocol.GAMMA, t, 1, draws, 5, null);
            double[] z = new double[x.length];
            draws.sdeNoise(x.length, 5, 0, z);
            double[] expected = vector(c.get("sdeDriftStep"));
            for (int i = 0; i < z.length; i++) expected[i] += Math.sqrt(Protocol.GAMMA * t) * z[i];
            assertClose(expected, x, 1e-10, "SDE step at t = " + t);
        }
    }

    @Test
    void aWholeProbabilityFlowRunOf300Steps() {
        for (JsonNode c : cases.get("diffusionRuns")) {
            SoftmaxRecall recall = patterns(c.get("patterns"));
            double[] x = vector(c.get("x"));
            ExactScoreDiffusion.probabilityFlow(recall, x, Protocol.GAMMA, c.get("tStart").asDouble(), c.get("steps").asInt(), null);
            assertClose(vector(c.get("final")), x, 1e-9, "PF-ODE run");
        }
    }

    @Test
    void oneClassicalSweepAndTheRunToAFixedPoint() {
        int zeroFields = 0;
        for (JsonNode c : cases.get("classic")) {
            SoftmaxRecall recall = patterns(c.get("patterns"));
            double[] out = new double[recall.dim()];
            ClassicalHopfield.retrieve(recall, vector(c.get("x")), 1, out);
            assertArrayEquals(vector(c.get("sweep")), out, 0, "one sweep");
            int sweeps = ClassicalHopfield.retrieve(recall, vector(c.get("x")), 100, out);
            assertArrayEquals(vector(c.get("final")), out, 0, "fixed point");
            assertEquals(c.get("sweeps").asInt(), sweeps);
            zeroFields += c.get("zeroFields").asInt();
        }
        assertTrue(zeroFields > 0, "the cases exercise sign(0) = +1");
    }

    @Test
    void pearsonAndHamming() {
        for (JsonNode c : cases.get("scores")) {
            double[] a = vector(c.get("a")), b = vector(c.get("b"));
            assertEquals(c.get("pearson").asDouble(), Binary.pearson(a, b), TIGHT);
            assertEquals(c.get("hamming").asDouble(), Binary.hammingError(a, b), 0);
            if (Math.abs(a[0]) == 1 && Math.abs(a[1]) == 1 && Math.abs(b[0]) == 1) {
                long sa = 0, sb = 0, sab = 0;
                for (int i = 0; i < a.length; i++) {
                    sa += (long) a[i];
                    sb += (long) b[i];
                    sab += (long) (a[i] * b[i]);
                }
                assertEquals(c.get("pearson").asDouble(), Binary.pearsonOfSigns(a.length, sa, sb, sab), TIGHT);
            }
        }
    }

    @Test
    void percentilesAsNumpy() {
        JsonNode p = cases.get("percentiles");
        double[] v = vector(p.get("values"));
        assertEquals(p.get("p2.5").asDouble(), Bootstrap.percentile(v, 0.025), TIGHT);
        assertEquals(p.get("p97.5").asDouble(), Bootstrap.percentile(v, 0.975), TIGHT);
        assertEquals(p.get("p50").asDouble(), Bootstrap.percentile(v, 0.5), TIGHT);
    }

    /**
     * The corruption's and the mask's statistics over 20 000 entries against their closed forms:
     * the wrong-sign fraction Φ(−θ/√(1 − θ²)), the correlation θ with the pattern, the kept
     * fraction ½. Tolerances are four standard errors.
     */
    @Test
    void corruptionAndMaskStatistics() {
        JsonNode expected = cases.get("corruption");
        double theta = expected.get("theta").asDouble();
        int dim = 10, reps = 2000, entries = dim * reps;
        Draws draws = new Draws(11);
        Trial denoise = new Trial(dim, 1, draws, Protocol.PAPER.withTheta(theta));
        Trial complete = new Trial(dim, 1, draws, Protocol.PAPER.withTheta(theta));
        double[] allY = new double[entries], allNoisy = new double[entries], allMasked = new double[entries];
        int wrong = 0, kept = 0, plus = 0;
        for (int r = 0; r < reps; r++) {
            denoise.prepare(Task.DENOISING, 1, r);
            complete.prepare(Task.COMPLETION, 1, r);
            assertArrayEquals(denoise.target(), complete.target(), 0);
            for (int i = 0; i < dim; i++) {
                double y = denoise.target()[i], noisy = denoise.start()[i], masked = complete.start()[i];
                allY[r * dim + i] = y;
                allNoisy[r * dim + i] = noisy;
                allMasked[r * dim + i] = masked;
                if (Binary.sign(noisy) != y) wrong++;
                if (masked != 0) {
                    kept++;
                    assertEquals(y, masked, 0);
                }
                if (y > 0) plus++;
            }
        }
        double p = expected.get("wrongSign").asDouble();
        assertEquals(p, wrong / (double) entries, 4 * Math.sqrt(p * (1 - p) / entries));
        assertEquals(expected.get("kept").asDouble(), kept / (double) entries, 4 * Math.sqrt(0.25 / entries));
        assertEquals(0.5, plus / (double) entries, 4 * Math.sqrt(0.25 / entries));
        // a correlation's standard error is about (1 − ρ²)/√N
        double rho = expected.get("correlation").asDouble();
        assertEquals(rho, Binary.pearson(allY, allNoisy), 4 * (1 - rho * rho) / Math.sqrt(entries));
        double masked = expected.get("maskedCorrelation").asDouble();
        assertEquals(masked, Binary.pearson(allY, allMasked), 4 * (1 - masked * masked) / Math.sqrt(entries));
    }

    /**
     * The whole table against NumPy's plain loop with its own random numbers (400 repetitions a
     * cell on both sides): each figure agrees within four combined standard errors (from the
     * bootstrap intervals' widths, 3.92 standard errors each).
     */
    @Test
    void theRetrievalTableAgreesWithAPlainNumpyLoop() {
        RetrievalExperiment.Settings s = new RetrievalExperiment.Settings(List.of(Task.DENOISING, Task.COMPLETION), 10,
                new int[] {10, 20, 30}, 400, Protocol.PAPER, 5, 400);
        List<RetrievalExperiment.Row> rows;
        try (Repetitions runner = new Repetitions(2)) {
            rows = RetrievalExperiment.run(s, runner, Monitor.NONE, r -> {});
        }
        JsonNode numpy = cases.get("table");
        assertEquals(6, numpy.size());
        for (int k = 0; k < 6; k++) {
            JsonNode want = numpy.get(k);
            RetrievalExperiment.Row got = rows.get(k);
            assertEquals(want.get("task").asText(), got.task().key());
            assertEquals(want.get("patterns").asInt(), got.patterns());
            String cell = got.task().key() + " n=" + got.patterns();
            agree(want.get("diffusion").asDouble(), got.diffusion(), cell + " diffusion");
            agree(want.get("classic").asDouble(), got.classic(), cell + " classic");
            agree(want.get("true").asDouble(), got.truth(), cell + " true");
            agree(want.get("hopfieldError").asDouble(), got.hopfieldError(), cell + " hopfield error");
            agree(want.get("diffusionError").asDouble(), got.diffusionError(), cell + " diffusion error");
            agree(want.get("classicError").asDouble(), got.classicError(), cell + " classic error");
        }
    }

    /**
     * The README's yardstick for the capacity: the pattern nearest to the corrupted start (largest
     * overlap) is wrong by about 3% of the entries at (d, n) = (10, 5), (20, 50), (30, 700), in
     * Java's draws as in NumPy's, within four combined standard errors.
     */
    @Test
    void theNearestPatternsErrorCrossesThreePercentWhereNumpySays() {
        Draws draws = new Draws(8);
        for (JsonNode c : cases.get("nearest")) {
            int d = c.get("dim").asInt(), n = c.get("patterns").asInt(), reps = c.get("reps").asInt();
            double[] y = new double[n * d], start = new double[d], errors = new double[reps];
            SoftmaxRecall recall = new SoftmaxRecall(n, d);
            double[] overlaps = new double[n];
            for (int r = 0; r < reps; r++) {
                draws.patterns(d, r, n, y);
                recall.load(y, n);
                draws.corrupt(java.util.Arrays.copyOf(y, d), 0.68, d, r, start);
                recall.overlaps(start, overlaps);
                int best = 0;
                for (int k = 1; k < n; k++) if (overlaps[k] > overlaps[best]) best = k;
                errors[r] = Binary.hammingError(java.util.Arrays.copyOfRange(y, best * d, (best + 1) * d),
                        java.util.Arrays.copyOf(y, d));
            }
            double mean = java.util.Arrays.stream(errors).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(errors).map(e -> (e - mean) * (e - mean)).sum() / (reps - 1));
            double numpy = c.get("error").asDouble();
            assertEquals(numpy, mean, 4 * Math.sqrt(2) * sd / Math.sqrt(reps), "d = " + d + ", n = " + n);
            assertEquals(0.03, numpy, 0.005, "NumPy's crossing at d = " + d + ", n = " + n);
        }
    }

    private static void agree(double numpy, Estimate java, String what) {
        double se = (java.high() - java.low()) / 3.92;
        // the same sample size on both sides: the difference's standard error is √2 times one side's
        double tolerance = 4 * Math.sqrt(2) * Math.max(se, 1e-3);
        assertEquals(numpy, java.value(), tolerance, what + " (java " + java + ")");
    }
}
