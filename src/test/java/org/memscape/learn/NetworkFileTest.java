package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Schedule;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;

/** Network files: a saved network reads back bit for bit; a bad or mismatched one gets one line that says what is wrong. */
class NetworkFileTest {

    static final String SCENE = """
            {"memscape": 1, "title": "Two points", "domain": [-3, 3, -3, 3],
             "memories": [{"point": [-1.5, 0]}, {"point": [1.5, 0.25]}, {"circle": {"center": [0, 1], "radius": 0.5}}],
             "model": {"type": "diffusion-vp", "schedule": {"type": "linear", "betaMin": 0.1, "betaMax": 20}},
             "particles": {"count": 3, "seed": 4}}
            """;

    static TrainedNetwork trained;
    static String text;

    @BeforeAll
    static void trainOne() throws Exception {
        Scene scene = SceneReader.parse(SCENE, "two.json");
        TrainingSettings settings = new TrainingSettings(20, 64, 3e-3, 0.01, 0.001);
        trained = SceneTraining.train(scene, 16, Activation.RELU, settings, 77, "1.2.3", null, (k, n, loss) -> true);
        text = NetworkFile.toJson(trained);
    }

    @Test
    void aSavedNetworkReadsBackBitForBit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        NetworkFile.write(trained, file);
        TrainedNetwork back = NetworkFile.read(file);
        assertArrayEquals(trained.network().parameters(), back.network().parameters());
        assertEquals(trained.network().architecture(), back.network().architecture());
        assertEquals(trained.network().process(), back.network().process());
        assertEquals(trained.scene(), back.scene());
        assertEquals(trained.settings(), back.settings());
        assertEquals(77, back.seed());
        assertEquals(trained.finalLoss(), back.finalLoss());
        assertEquals("1.2.3", back.programVersion());
        assertEquals(text, NetworkFile.toJson(back), "written again, the same text");
        double[] a = new double[2], b = new double[2];
        trained.network().score(new double[] {0.3, -0.7}, 0.4, a);
        back.network().score(new double[] {0.3, -0.7}, 0.4, b);
        assertArrayEquals(a, b);
    }

    @Test
    void theFileSaysWhatItHolds() {
        assertTrue(text.startsWith("{\n  \"memscape-network\": 1,\n  \"program\": \"memscape 1.2.3\""), text.substring(0, 80));
        assertTrue(text.contains("\"architecture\": {\"dim\": 2, \"frequencies\": 8, \"hidden\": [16, 16, 16], \"activation\": \"relu\""));
        assertTrue(text.contains("\"process\": {\"type\":\"diffusion-vp\",\"schedule\":{\"type\":\"linear\",\"betaMin\":0.1,\"betaMax\":20"));
        assertTrue(text.contains("\"training\": {\"steps\": 20, \"batch\": 64, \"learningRate\": 0.003, \"finalFraction\": 0.01, \"tauMin\": 0.001, \"seed\": 77"));
        assertTrue(text.contains("\"title\": \"Two points\""));
    }

    private static String failure(String json) {
        return assertThrows(NetworkFileException.class, () -> NetworkFile.parse(json, "net.json")).getMessage();
    }

    @Test
    void badFilesGetOneLine() {
        String m = failure("{\"memscape-network\": 1, ");
        assertTrue(m.startsWith("net.json:1:") && m.contains("not valid JSON"), m);
        m = failure(SCENE);
        assertEquals("net.json: not a network file (no \"memscape-network\" field); expected a file written by memscape train", m);
        m = failure(text.replace("\"memscape-network\": 1", "\"memscape-network\": 7"));
        assertEquals("net.json: memscape-network: 7 is not a format this program reads; expected 1", m);
        // a weight row one number short
        String shortRow = text.replaceFirst("(\"weights\": \\[\n      \\[)(-?[0-9.E-]+), ", "$1");
        m = failure(shortRow);
        assertEquals("net.json: layers[0].weights[0]: 15 numbers; expected 16 numbers", m);
        m = failure(text.replace("\"hidden\": [16, 16, 16]", "\"hidden\": [16, 16]"));
        assertEquals("net.json: layers: 4 layers; expected 3 layers (2 hidden and the output), as the architecture says", m);
        m = failure(text.replace("\"activation\": \"relu\"", "\"activation\": \"tanh\""));
        assertEquals("net.json: architecture.activation: \"tanh\"; expected \"silu\" or \"relu\"", m);
        m = failure(text.replace("\"betaMax\":20", "\"betaMax\":10"));
        assertTrue(m.startsWith("net.json: process: diffusion-vp with a linear schedule (betaMin 0.1, betaMax 10.0) differs from the scene's"), m);
        m = failure(text.replaceFirst("\"biases\": \\[[^]]*]", "\"biases\": \"none\""));
        assertEquals("net.json: layers[0].biases: \"none\"; expected 16 numbers", m);
        m = failure(text.replaceFirst("\"weights\": \\[\n      \\[(-?[0-9.E-]+),", "\"weights\": [\n      [1e99,"));
        assertEquals("net.json: layers[0].weights[0][0]: 1E+99; expected a number within float range", m);
        for (String bad : new String[] {"", "[]", "null", "{\"memscape-network\": 1}"}) {
            assertTrue(failure(bad).startsWith("net.json"), bad);
            assertEquals(1, failure(bad).lines().count());
        }
    }

    @Test
    void aNetworkStandsOnlyForTheModelItLearned() throws Exception {
        Scene same = trained.scene();
        assertNull(trained.mismatch(same));
        assertTrue(trained.trainedOn(same));
        Scene moved = same.withMemories(same.memories().subList(0, 2));
        assertNull(trained.mismatch(moved));
        assertTrue(!trained.trainedOn(moved));
        assertEquals("the network learned the score of diffusion-vp with a linear schedule (betaMin 0.1, betaMax 20.0);"
                        + " the scene's model is diffusion-ve (sigmaMin 0.01, sigmaMax 3.0): expected the same model and schedule",
                trained.mismatch(same.withModel(new ModelSpec.DiffusionVe(0.01, 3))));
        assertEquals("the scene's model is hopfield-distance; the network learned the score of a diffusion-vp model: expected a scene with that model",
                trained.mismatch(same.withModel(new ModelSpec.HopfieldDistance(4))));
        Network threeD = Network.initial(new Architecture(3, 2, new int[] {4}, Activation.SILU, 1),
                new NoiseProcess.VariancePreserving(new Schedule.Linear(0.1, 20)), 0);
        TrainedNetwork odd = new TrainedNetwork(threeD, same, trained.settings(), 0, Double.NaN, "x");
        assertEquals("the network takes 3-D points; the scene's are 2-D", odd.mismatch(same));
    }
}
