package org.memscape.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.memscape.core.DiffusionModel;
import org.memscape.core.DistanceHopfieldModel;
import org.memscape.core.EnergyModel;
import org.memscape.core.Memory;
import org.memscape.core.NoiseProcess;
import org.memscape.core.Simulation;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneSetup;

/**
 * Every preset's description is a claim (issue 9, point 7): one test per preset runs it headless,
 * as `run` does, and checks what its description says, sentence by sentence (quoted in each test).
 * Numbers about the landscapes come from preset_claims.py (NumPy), which finds them its own way.
 */
class PresetClaimsTest {

    private static JsonNode claims;

    @BeforeAll
    static void load() {
        claims = ReferenceData.load("preset_claims.json");
    }

    private static Scene preset(String name) throws Exception {
        return SceneReader.read(Path.of("presets", name + ".json"));
    }

    /** The scene's run to its last step, headless: the particles' end positions on the canvas. */
    private static List<double[]> ends(Scene scene) {
        Simulation run = SceneSetup.simulation(scene);
        while (!run.finished()) run.advance();
        List<double[]> out = new ArrayList<>();
        for (int p = 0; p < run.particleCount(); p++) out.add(run.canvasPosition(p));
        return out;
    }

    private static List<double[]> points(Scene scene) {
        List<double[]> out = new ArrayList<>();
        for (MemorySpec m : scene.memories()) {
            if (m instanceof MemorySpec.Point p) out.add(new double[] {p.x(), p.y()});
        }
        return out;
    }

    private static List<double[]> list(JsonNode node) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode p : node) out.add(ReferenceData.vector(p.isArray() && p.get(0).isArray() ? p.get(0) : p));
        return out;
    }

    /** Each memory's share of the particles is within 4 standard errors of its weight. */
    private static void assertShare(double weight, int count, int total, String what) {
        double sigma = Math.sqrt(weight * (1 - weight) / total);
        assertEquals(weight, (double) count / total, 4 * sigma, what + ": " + count + " of " + total);
    }

    /** u(x, τ) = β_eff·E_β_eff(x/a) + log N + (D/2) log 2πs² (MATH.md §2.1) at a few τ and points. */
    private static void assertHopfieldAtBetaEff(Scene scene) {
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        NoiseProcess process = model.process();
        for (double tau : new double[] {1, 0.6, 0.27, 0.05, 0.001}) {
            double a = process.signal(tau);
            double betaEff = process.betaEff(tau);
            DistanceHopfieldModel hopfield = new DistanceHopfieldModel(model.memories(), betaEff);
            for (double[] x : new double[][] {{0, 0}, {1.3, -0.7}, {-2.5, 2}}) {
                double expected = betaEff * hopfield.energy(new double[] {x[0] / a, x[1] / a}, 0, null) + model.logNormalization(tau);
                assertEquals(expected, model.energy(x, tau, null), 1e-9 * Math.max(1, Math.abs(expected)), "tau " + tau);
            }
        }
    }

    private static List<double[]> diffusionMinima(Scene scene, double tau) {
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        return Landscape.minima(model, tau, model.process().variance(tau), scene.domain());
    }

    @Test
    void surveyFigure1() throws Exception {
        Scene scene = preset("survey-figure-1");
        List<double[]> memories = points(scene);
        // "The energy has a valley at each memory"
        List<double[]> minima = Landscape.minima(SceneSetup.model(scene), Double.NaN, 1, scene.domain());
        assertEquals(2, minima.size());
        for (double[] m : list(claims.get("survey-figure-1").get("minima"))) assertTrue(Landscape.nearest(m, minima) < 1e-6);
        for (double[] m : minima) assertTrue(Landscape.nearest(m, memories) < 1e-3, "a valley at a memory");
        // "every particle rolls downhill into one of them, so the plane splits into two basins along
        // the line from the top left to the bottom right, halfway between the memories"
        double[][] starts = SceneSetup.initialPositions(scene, SceneSetup.model(scene));
        List<double[]> ends = ends(scene);
        for (int p = 0; p < ends.size(); p++) {
            assertTrue(Landscape.nearest(ends.get(p), memories) < 0.05, "particle " + p + " ends at a memory");
            boolean aboveTheLine = starts[p][0] + starts[p][1] > 0;
            assertEquals(aboveTheLine ? 0 : 1, Landscape.nearestIndex(ends.get(p), memories), "particle " + p + "'s basin");
        }
    }

    @Test
    void classicalHopfieldFails() throws Exception {
        Scene scene = preset("classical-hopfield-fails");
        JsonNode c = claims.get("classical-hopfield-fails");
        EnergyModel model = SceneSetup.model(scene);
        List<double[]> memories = points(scene);
        // "W = Σ y yᵀ = 1.62 I"
        double[][] w = new double[2][2];
        for (double[] y : memories) for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) w[i][j] += y[i] * y[j];
        assertEquals(c.get("hebbianScale").asDouble(), w[0][0], 1e-12);
        assertEquals(c.get("hebbianScale").asDouble(), w[1][1], 1e-12);
        assertEquals(0, w[0][1], 1e-12);
        // "The energy has four valleys, but none is at a memory: they lie near the corners (±0.9, ±0.9)"
        double v = c.get("corner").asDouble();
        List<double[]> corners = List.of(new double[] {v, v}, new double[] {-v, v}, new double[] {-v, -v}, new double[] {v, -v});
        for (double[] corner : corners) {
            assertTrue(Math.abs(Math.abs(corner[0]) - 0.9) < 0.01, "near the corner (±0.9, ±0.9)");
            double[] force = new double[2];
            model.energy(corner, 0, force);
            assertTrue(Math.hypot(force[0], force[1]) < 1e-9, "a critical point");
            assertEquals(Landscape.Kind.MINIMUM, Landscape.kind(model, 0, corner));
        }
        // "every particle ends in one of them"
        for (double[] end : ends(scene)) assertTrue(Landscape.nearest(end, corners) < 0.01, "ends at a corner: " + end[0] + ", " + end[1]);
        // "Beside each memory sits a saddle: a particle started exactly on an axis stops there, the
        // slightest push sends it on to a corner"
        Scene onAxes = scene.withParticles(new org.memscape.scene.ParticleSpec(2, 1,
                new org.memscape.scene.ParticleSpec.Init.Points(List.of(new MemorySpec.Point(0.3, 0), new MemorySpec.Point(0, -0.6)))));
        List<double[]> axisEnds = ends(onAxes);
        for (double[] end : axisEnds) {
            assertTrue(Landscape.nearest(end, memories) < 0.01, "stops beside a memory");
            assertEquals(Landscape.Kind.SADDLE, Landscape.kind(model, 0, end));
        }
        // "Close memories fail too: stored alone, (0.8, 0.6) and (0.6, 0.8) merge into one valley
        // near (0.95, 0.95), and its mirror image."
        Scene pair = scene.withMemories(List.of(new MemorySpec.Point(0.8, 0.6), new MemorySpec.Point(0.6, 0.8)));
        double m = c.get("merged").asDouble();
        assertEquals(0.95, m, 0.005);
        List<double[]> merged = List.of(new double[] {m, m}, new double[] {-m, -m});
        for (double[] end : ends(pair)) assertTrue(Landscape.nearest(end, merged) < 1e-3, "ends in the merged valley");
        for (double[] valley : merged) assertEquals(Landscape.Kind.MINIMUM, Landscape.kind(SceneSetup.model(pair), 0, valley));
    }

    @Test
    void denseMemoryStoresThree() throws Exception {
        Scene scene = preset("dense-memory-stores-three");
        List<double[]> memories = points(scene);
        // "a separate valley at each memory and a hill in the middle"
        List<double[]> states = list(claims.get("dense-memory-stores-three").get("states"));
        assertEquals(3, states.size());
        EnergyModel model = SceneSetup.model(scene);
        for (double[] s : states) {
            assertTrue(Landscape.nearest(s, memories) < 1e-3, "a valley at a memory");
            assertEquals(Landscape.Kind.MINIMUM, Landscape.kind(model, 0, s));
        }
        assertEquals(Landscape.Kind.MAXIMUM, Landscape.kind(model, 0, new double[] {0, 0}), "a hill in the middle");
        // "so every particle rolls to one of the memories and all three are retrieved"
        int[] count = new int[3];
        for (double[] end : ends(scene)) {
            assertTrue(Landscape.nearest(end, memories) < 1e-3, "ends at a memory");
            count[Landscape.nearestIndex(end, memories)]++;
        }
        for (int n : count) assertTrue(n > 0, "all three retrieved");
    }

    @Test
    void tanhFeatures() throws Exception {
        Scene scene = preset("tanh-features");
        EnergyModel model = SceneSetup.model(scene);
        List<double[]> memories = points(scene);
        // "the log-sum-exp memory with gain β = 20 still gives each of the three memories its own
        // valley, pulled slightly toward the centre by the squashing"
        List<double[]> valleys = list(claims.get("tanh-features").get("states"));
        for (double[] valley : valleys) {
            assertEquals(Landscape.Kind.MINIMUM, Landscape.kind(model, 0, valley));
            double[] memory = memories.get(Landscape.nearestIndex(valley, memories));
            double pull = Math.hypot(memory[0], memory[1]) - Math.hypot(valley[0], valley[1]);
            assertTrue(pull > 0 && pull < 0.15, "pulled slightly toward the centre: " + pull);
        }
        // "every activation lies between −1 and 1"; each particle ends in a valley
        int[] count = new int[3];
        for (double[] end : ends(scene)) {
            assertTrue(Math.abs(end[0]) < 1 && Math.abs(end[1]) < 1);
            assertTrue(Landscape.nearest(end, valleys) < 1e-3, "ends in a valley");
            count[Landscape.nearestIndex(end, valleys)]++;
        }
        for (int n : count) assertTrue(n > 0);
        // "a term whose slope grows without bound at the edges of the square"
        double previous = 0;
        for (double edge : new double[] {0.99, 0.9999, 0.999999, 1 - 1e-12}) {
            double[] force = new double[2];
            model.energy(new double[] {edge, 0}, 0, force);
            assertTrue(-force[0] > previous + 1, "the slope grows toward the edge: " + -force[0]);
            previous = -force[0];
        }
        assertTrue(previous > 12, "and grows without bound: " + previous);
    }

    @Test
    void modernHopfieldSameMemories() throws Exception {
        Scene scene = preset("modern-hopfield-same-memories");
        List<double[]> memories = points(scene);
        // "Every memory has its own valley, including the one inside the triangle of the other three"
        List<double[]> minima = Landscape.minima(SceneSetup.model(scene), Double.NaN, 1, scene.domain());
        assertEquals(4, minima.size());
        for (double[] m : list(claims.get("modern-hopfield-same-memories").get("minima"))) assertTrue(Landscape.nearest(m, minima) < 1e-6);
        for (double[] y : memories) assertTrue(Landscape.nearest(y, minima) < 1e-3, "a valley at each memory");
        // "gradient flow carries each particle into one of them"; and the lesson's slide 3: "each
        // particle rolls into the valley of the memory it started nearest to"
        int[] count = new int[4];
        double[][] starts = SceneSetup.initialPositions(scene, SceneSetup.model(scene));
        List<double[]> ends = ends(scene);
        for (int p = 0; p < ends.size(); p++) {
            double[] end = ends.get(p);
            assertTrue(Landscape.nearest(end, memories) < 0.05, "ends at a memory");
            count[Landscape.nearestIndex(end, memories)]++;
            assertEquals(Landscape.nearestIndex(starts[p], memories), Landscape.nearestIndex(end, memories), "particle " + p);
        }
        assertTrue(count[3] > 0, "the inner memory keeps its own");
    }

    @Test
    void diffusionVsHopfield() throws Exception {
        Scene scene = preset("diffusion-vs-hopfield");
        List<double[]> memories = points(scene);
        // "At every noise level the diffusion energy is a distance-based Hopfield energy seen
        // through a zoom by the factor √ᾱ, with inverse temperature β_eff = ᾱ/(1 − ᾱ)"
        assertHopfieldAtBetaEff(scene);
        // "as the noise is removed the zoom factor approaches 1 and β_eff grows without bound"
        NoiseProcess process = ((DiffusionModel) SceneSetup.model(scene)).process();
        assertTrue(process.signal(scene.dynamics().tauMin()) > 0.999 && process.betaEff(scene.dynamics().tauMin()) > 1000);
        // "So the particles fall into the same valleys as in the Hopfield picture, ever sharper,
        // and even the memory inside the triangle of the other three keeps its own."
        List<double[]> hopfieldValleys = list(claims.get("modern-hopfield-same-memories").get("minima"));
        int[] count = new int[4];
        List<double[]> ends = ends(scene);
        for (double[] end : ends) {
            assertTrue(Landscape.nearest(end, hopfieldValleys) < 1e-3, "ends in a valley of the Hopfield preset");
            count[Landscape.nearestIndex(end, memories)]++;
        }
        for (int n = 0; n < 4; n++) assertShare(0.25, count[n], ends.size(), "memory " + n);
    }

    @Test
    void valleysSplitAsNoiseFalls() throws Exception {
        Scene scene = preset("valleys-split-as-noise-falls");
        JsonNode c = claims.get("valleys-split-as-noise-falls");
        // "with no particles"
        assertEquals(0, scene.particles().count());
        // "At every τ it is a modern Hopfield energy with inverse temperature β_eff(τ) = ᾱ/(1 − ᾱ), seen through a zoom by √ᾱ"
        assertHopfieldAtBetaEff(scene);
        // "At τ = 1 it is one broad bowl; as τ falls ... the bowl splits into valleys, one per memory.
        // The split comes late: the bowl still has a single minimum at τ = 0.28 and a valley per
        // memory at τ = 0.27 (β_eff ≈ 0.85 between them)"
        for (JsonNode pair : c.get("minimaAtTau")) {
            double tau = pair.get(0).asDouble();
            assertEquals(pair.get(1).asInt(), diffusionMinima(scene, tau).size(), "minima at tau " + tau);
        }
        assertEquals(1, diffusionMinima(scene, 0.28).size());
        assertEquals(4, diffusionMinima(scene, 0.27).size());
        NoiseProcess process = ((DiffusionModel) SceneSetup.model(scene)).process();
        assertEquals(0.85, process.betaEff(0.275), 0.01);
        assertEquals(c.get("betaEffAtSplit").asDouble(), process.betaEff(0.275), 1e-9);
        // "about three quarters of the way along the timeline"
        var sampler = SceneSetup.sampler(scene, SceneSetup.model(scene));
        int step = 0;
        while (sampler.tau(step) > 0.275) step++;
        assertEquals(0.75, (double) step / sampler.steps(), 0.03);
    }

    @Test
    void ambrogioni1aPoints() throws Exception {
        Scene scene = preset("ambrogioni-1a-points");
        List<double[]> memories = points(scene);
        // "Particles start as pure noise"
        assertTrue(scene.particles().init() instanceof org.memscape.scene.ParticleSpec.Init.Prior);
        assertEquals(1.0, scene.dynamics().tauMax());
        // "the energy ... sharpens from one broad bowl into five narrow valleys"
        for (JsonNode pair : claims.get("ambrogioni-1a-points").get("minimaAtTau")) {
            double tau = pair.get(0).asDouble();
            assertEquals(pair.get(1).asInt(), diffusionMinima(scene, tau).size(), "minima at tau " + tau);
        }
        assertEquals(1, diffusionMinima(scene, 1).size());
        assertEquals(5, diffusionMinima(scene, scene.dynamics().tauMin()).size());
        // "Every particle ends in one of them"
        for (double[] end : ends(scene)) assertTrue(Landscape.nearest(end, memories) < 1e-3, "ends at a memory");
    }

    @Test
    void ambrogioni1bSegment() throws Exception {
        Scene scene = preset("ambrogioni-1b-segment");
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        Memory.Segment segment = (Memory.Segment) model.memories().get(0);
        double[] a = segment.start();
        double[] b = segment.end();
        double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        double[] d = {(b[0] - a[0]) / length, (b[1] - a[1]) / length};
        double tauMin = scene.dynamics().tauMin();
        double s = Math.sqrt(model.process().variance(tauMin));
        // "the energy develops a long, flat-bottomed valley along the segment": along its middle
        // 80% the energy at tauMin varies by less than 0.01, while 3s off the line it is 4.5 higher
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 40; i++) {
            double u = length * (0.1 + 0.8 * i / 40);
            double[] x = {a[0] + u * d[0], a[1] + u * d[1]};
            double e = model.energy(x, tauMin, null);
            low = Math.min(low, e);
            high = Math.max(high, e);
            double[] off = {x[0] - 3 * s * d[1], x[1] + 3 * s * d[0]};
            assertEquals(4.5, model.energy(off, tauMin, null) - e, 0.01, "3s off the line");
        }
        assertTrue(high - low < 0.01, "flat-bottomed: " + (high - low));
        // "its share of the data is spread evenly along the segment ... the generated samples
        // spread out all along the line instead of piling up at one spot"
        List<double[]> ends = ends(scene);
        List<double[]> points = points(scene);
        int onSegment = 0;
        int[] quarters = new int[4];
        for (double[] end : ends) {
            double u = (end[0] - a[0]) * d[0] + (end[1] - a[1]) * d[1];
            double across = Math.abs(-(end[0] - a[0]) * d[1] + (end[1] - a[1]) * d[0]);
            if (across < 1e-3 && u > -1e-3 && u < length + 1e-3) {
                onSegment++;
                quarters[Math.min(3, Math.max(0, (int) (4 * u / length)))]++;
            } else {
                assertTrue(Landscape.nearest(end, points) < 1e-3, "ends on the segment or at a point memory");
            }
        }
        assertShare(1.0 / 3, onSegment, ends.size(), "the segment's share (one memory of three)");
        for (int q = 0; q < 4; q++) assertShare(0.25, quarters[q], onSegment, "quarter " + q + " of the segment");
    }

    @Test
    void ambrogioni1cRing() throws Exception {
        Scene scene = preset("ambrogioni-1c-ring");
        // "about half of the generated samples spread around the entire ring and the other half
        // gather at the centre"
        List<double[]> ends = ends(scene);
        int centre = 0, ring = 0;
        int[] sectors = new int[8];
        for (double[] end : ends) {
            double r = Math.hypot(end[0], end[1]);
            if (r < 1e-3) {
                centre++;
            } else {
                assertEquals(2, r, 1e-3, "on the ring");
                ring++;
                double angle = Math.atan2(end[1], end[0]) + Math.PI;
                sectors[Math.min(7, (int) (angle / (2 * Math.PI) * 8))]++;
            }
        }
        assertShare(0.5, centre, ends.size(), "the centre's share");
        assertShare(0.5, ring, ends.size(), "the ring's share");
        for (int k = 0; k < 8; k++) assertShare(0.125, sectors[k], ring, "sector " + k + " of the ring");
        // "the energy grows a circular trench and a separate well in the middle"
        DiffusionModel model = (DiffusionModel) SceneSetup.model(scene);
        double tauMin = scene.dynamics().tauMin();
        assertEquals(Landscape.Kind.MINIMUM, Landscape.kind(model, tauMin, new double[] {0, 0}), "a well in the middle");
        double onRing = model.energy(new double[] {2, 0}, tauMin, null);
        for (double angle = 0; angle < 2 * Math.PI; angle += 0.3) {
            double[] x = {2 * Math.cos(angle), 2 * Math.sin(angle)};
            assertEquals(onRing, model.energy(x, tauMin, null), 1e-6, "the trench is level all round");
            assertTrue(model.energy(new double[] {2.1 * Math.cos(angle), 2.1 * Math.sin(angle)}, tauMin, null) > onRing + 10);
            assertTrue(model.energy(new double[] {1.9 * Math.cos(angle), 1.9 * Math.sin(angle)}, tauMin, null) > onRing + 10);
        }
    }
}
