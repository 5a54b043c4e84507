package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;

/** The network's forward pass against NumPy, and its gradients (of the output and of the loss) against finite differences. */
class NetworkTest {

    static final NoiseProcess VP = new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20));

    @Test
    void forwardPassMatchesNumpy() {
        JsonNode c = LearnReference.load().get("forward");
        int[] hidden = new int[c.get("hidden").size()];
        for (int l = 0; l < hidden.length; l++) hidden[l] = c.get("hidden").get(l).asInt();
        Architecture arch = new Architecture(c.get("dim").asInt(), c.get("frequencies").asInt(), hidden, Activation.SILU,
                c.get("secondMoment").asDouble());
        float[] params = new float[arch.parameterCount()];
        for (int l = 0; l < arch.layers(); l++) {
            JsonNode layer = c.get("layers").get(l);
            for (int i = 0; i < arch.in(l); i++) {
                float[] row = LearnReference.floats(layer.get("weights").get(i));
                System.arraycopy(row, 0, params, arch.weightOffset(l) + i * arch.out(l), arch.out(l));
            }
            float[] b = LearnReference.floats(layer.get("biases"));
            System.arraycopy(b, 0, params, arch.biasOffset(l), b.length);
        }
        Network net = new Network(arch, VP, params);
        for (JsonNode point : c.get("points")) {
            double[] x = {point.get("x").get(0).asDouble(), point.get("x").get(1).asDouble()};
            double tau = point.get("tau").asDouble();
            double[] eps = new double[2];
            net.predictNoise(x, tau, eps);
            for (int i = 0; i < 2; i++) {
                double expected = point.get("eps").get(i).asDouble();
                assertEquals(expected, eps[i], 1e-5 * (1 + Math.abs(expected)), "ε̂ at τ = " + tau);
            }
            double[] score = new double[2];
            net.score(x, tau, score);
            double s = Math.sqrt(VP.variance(tau));
            for (int i = 0; i < 2; i++) assertEquals(-eps[i] / s, score[i], 1e-12 * Math.abs(score[i]));
        }
    }

    private static Architecture small(Activation act) {
        return new Architecture(2, 2, new int[] {7, 6}, act, 1.3);
    }

    /** The network's gradient: d(c·ε̂)/dθ for random weights c over the rows, along random directions. */
    @Test
    void networkGradientMatchesFiniteDifferences() {
        for (Activation act : Activation.values()) {
            Architecture arch = small(act);
            Network net = Network.initial(arch, VP, 3);
            float[] theta = net.parameters();
            Random random = new Random(11);
            int rows = 9;
            Pass pass = new Pass(arch, rows);
            double[] x = new double[2];
            for (int r = 0; r < rows; r++) {
                x[0] = 2 * random.nextGaussian();
                x[1] = 2 * random.nextGaussian();
                Network.features(arch, VP, x, 0, 0.05 + 0.9 * random.nextDouble(), pass.input, r * arch.inputs());
            }
            float[] c = new float[rows * 2];
            for (int i = 0; i < c.length; i++) c[i] = (float) random.nextGaussian();
            pass.forward(theta, rows);
            float[] grad = new float[theta.length];
            pass.backward(theta, Pass.transposes(arch, theta, null), c, rows, grad);
            int checked = 0;
            for (int trial = 0; checked < 6 && trial < 100; trial++) {
                float[] dir = direction(random, theta.length);
                double h = 1e-2;
                float[] plus = shifted(theta, dir, h), minus = shifted(theta, dir, -h);
                // ReLU: only where no unit changes side between the two points (its kinks are not differentiable)
                if (act == Activation.RELU && !sameSides(pass, plus, minus, rows)) continue;
                double fd = (dot(c, output(pass, plus, rows)) - dot(c, output(pass, minus, rows))) / (2 * h);
                double exact = dotF(grad, dir);
                assertEquals(exact, fd, 2e-3 * (1 + Math.abs(exact)), act + " direction " + trial);
                checked++;
            }
            assertEquals(6, checked, "enough kink-free directions for " + act);
        }
    }

    /** The loss's gradient, as training computes it over a whole batch, along random directions. */
    @Test
    void lossGradientMatchesFiniteDifferences() {
        List<Memory> memories = List.of(new Memory.Point(new double[] {1, -0.5}), new Memory.Segment(new double[] {-1, 1}, new double[] {0, 2}));
        Architecture arch = small(Activation.SILU);
        Network net = Network.initial(arch, VP, 5);
        Trainer trainer = new Trainer(memories, net, new TrainingSettings(10, 150, 1e-3, 1, 0.01), 9, null);
        float[] theta = net.parameters();
        float[] grad = new float[theta.length];
        double loss = trainer.lossAndGradient(theta, 4, grad);
        assertTrue(loss > 0.1, "an untrained network's loss is of order 1: " + loss);
        Random random = new Random(13);
        float[] scratch = new float[theta.length];
        for (int trial = 0; trial < 6; trial++) {
            float[] dir = direction(random, theta.length);
            double h = 1e-2;
            double fd = (trainer.lossAndGradient(shifted(theta, dir, h), 4, scratch)
                    - trainer.lossAndGradient(shifted(theta, dir, -h), 4, scratch)) / (2 * h);
            double exact = dotF(grad, dir);
            assertEquals(exact, fd, 2e-3 * (1 + Math.abs(exact)), "direction " + trial);
        }
        // and the steepest weight and bias of each layer, one parameter at a time
        for (int l = 0; l < arch.layers(); l++) {
            int w = steepest(grad, arch.weightOffset(l), arch.biasOffset(l)), b = steepest(grad, arch.biasOffset(l), arch.weightOffset(l + 1));
            for (int index : new int[] {w, b}) {
                float[] dir = new float[theta.length];
                dir[index] = 1;
                double h = 3e-2;
                double fd = (trainer.lossAndGradient(shifted(theta, dir, h), 4, scratch)
                        - trainer.lossAndGradient(shifted(theta, dir, -h), 4, scratch)) / (2 * h);
                assertEquals(grad[index], fd, 2e-3 * Math.abs(grad[index]) + 1e-4, "layer " + l + ", parameter " + index);
            }
        }
    }

    private static int steepest(float[] grad, int from, int to) {
        int best = from;
        for (int i = from; i < to; i++) if (Math.abs(grad[i]) > Math.abs(grad[best])) best = i;
        return best;
    }

    private static boolean sameSides(Pass pass, float[] plus, float[] minus, int rows) {
        pass.forward(plus, rows);
        float[][] zPlus = new float[pass.z.length][];
        for (int l = 0; l < zPlus.length; l++) zPlus[l] = pass.z[l].clone();
        pass.forward(minus, rows);
        for (int l = 0; l < zPlus.length; l++) {
            for (int i = 0; i < rows * pass.arch.out(l); i++) if ((zPlus[l][i] > 0) != (pass.z[l][i] > 0)) return false;
        }
        return true;
    }

    private static float[] output(Pass pass, float[] theta, int rows) {
        pass.forward(theta, rows);
        return java.util.Arrays.copyOf(pass.out, rows * pass.arch.dim());
    }

    private static float[] direction(Random random, int n) {
        float[] d = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            d[i] = (float) random.nextGaussian();
            norm += d[i] * d[i];
        }
        for (int i = 0; i < n; i++) d[i] /= (float) Math.sqrt(norm);
        return d;
    }

    private static float[] shifted(float[] theta, float[] dir, double h) {
        float[] t = theta.clone();
        for (int i = 0; i < t.length; i++) t[i] = (float) (theta[i] + h * dir[i]);
        return t;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    private static double dotF(float[] a, float[] b) { return dot(a, b); }
}
