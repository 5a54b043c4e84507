package org.memscape.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One file per kind of problem in src/test/resources/scenes/bad/. Each must fail with a message
 * that names the file, the place (line:col where the value is), the field and what is wrong.
 */
class BadScenesTest {

    private static final Path BAD = Paths.get("src/test/resources/scenes/bad");

    static Stream<Arguments> badFiles() {
        return Stream.of(
                row("broken-json-missing-value.json", "6:50", "model.beta", "not valid JSON: unexpected character '}'"),
                row("broken-json-missing-comma.json", "4:3", "", "',' between the fields of an object"),
                row("broken-json-unclosed.json", "5:1", "", "the file ends too early"),
                row("broken-json-bad-escape.json", "4:15", "title", "unknown escape \\q"),
                row("broken-json-trailing-content.json", "6:3", "", "more text after the end of the scene object"),
                row("top-level-array.json", "2:1", "", "the file holds an array, not an object"),
                row("wrong-type-beta.json", "6:50", "model.beta", "a string \"big\" is the wrong type; expected a number"),
                row("wrong-type-memories.json", "5:15", "memories", "an object is the wrong type; expected an array of memories"),
                row("wrong-type-title.json", "4:12", "title", "the number 42 is the wrong type; expected a string"),
                row("unknown-model-type.json", "6:21", "model.type", "unknown model type \"hopfeld\"; expected one of hopfield, hopfield-distance, diffusion-vp, diffusion-ve"),
                row("missing-model-type.json", "6:12", "model.type", "missing; expected one of hopfield, hopfield-distance"),
                row("unknown-sampler.json", "6:27", "dynamics.sampler", "unknown sampler \"sgd\"; expected one of gradient-flow, langevin, hopfield-update, reverse-sde, probability-flow-ode"),
                row("unknown-integrator.json", "7:65", "dynamics.integrator", "unknown integrator \"rk4\"; expected one of euler, heun"),
                row("unknown-schedule.json", "6:58", "model.schedule.type", "unknown schedule type \"sigmoid\"; expected one of linear, cosine, constant"),
                row("unknown-memory-function.json", "6:43", "model.memory", "unknown memory function \"softmax\"; expected one of classical, power, rectified-power, exp, lse"),
                row("unknown-features.json", "6:45", "model.features", "unknown features \"relu\"; expected one of quadratic, tanh"),
                row("unknown-memory-kind.json", "7:5", "memories[1]", "unknown memory kind \"dot\"; expected one of point, segment, polyline, circle"),
                row("memory-two-kinds.json", "5:16", "memories[0]", "both \"point\" and \"segment\" in one memory"),
                row("unknown-init.json", "6:38", "particles.init", "unknown init \"grid\"; expected one of uniform, gaussian, prior"),
                row("point-three-coordinates.json", "5:26", "memories[0].point", "3 coordinates; expected a point [x, y]"),
                row("no-memories.json", "5:15", "memories", "no memories; expected at least one memory"),
                row("missing-memories.json", "2:1", "memories", "missing; expected an array of memories"),
                row("zero-length-segment.json", "8:17", "memories[2].segment", "zero-length segment (both ends at [1, 1]); expected two distinct points"),
                row("polyline-one-point.json", "5:29", "memories[0].polyline", "1 point; expected at least 2 points"),
                row("polyline-repeated-point.json", "5:46", "memories[0].polyline[2]", "zero-length piece (same point [1, 1] as the one before); expected consecutive points to differ"),
                row("circle-zero-radius.json", "5:56", "memories[0].circle.radius", "0 is not positive; expected a radius > 0"),
                row("circle-negative-radius.json", "5:56", "memories[0].circle.radius", "-1 is not positive; expected a radius > 0"),
                row("beta-zero.json", "6:50", "model.beta", "0 is too small; expected a number from 1e-6 to 1e6"),
                row("beta-too-large.json", "6:41", "model.beta", "2000000 is too large; expected a number from 1e-6 to 1e6"),
                row("power-odd.json", "6:61", "model.power", "3 is odd"),
                row("power-fraction.json", "6:61", "model.power", "2.5 is not a whole number; expected an even integer from 2 to 40"),
                row("rectified-power-too-large.json", "6:71", "model.power", "41 is too large; expected a number from 2 to 40"),
                row("betamin-negative.json", "6:79", "model.schedule.betaMin", "-0.1 is too small; expected betaMin ≥ 0"),
                row("betamin-above-betamax.json", "6:79", "model.schedule.betaMin", "betaMin 5 is above betaMax 1; expected betaMin ≤ betaMax"),
                row("gamma-zero.json", "6:79", "model.schedule.gamma", "0 is not positive; expected gamma > 0"),
                row("theta-one.json", "6:79", "model.schedule.theta", "1 is too large; expected theta strictly between 0 and 1"),
                row("sigmamin-zero.json", "6:49", "model.sigmaMin", "0 is not positive; expected sigmaMin > 0"),
                row("sigmamax-below-sigmamin.json", "6:64", "model.sigmaMax", "sigmaMax 0.5 is not above sigmaMin 1; expected sigmaMax > sigmaMin"),
                row("taumin-zero.json", "7:26", "dynamics.tauMin", "0 is not positive; expected tauMin > 0"),
                row("taumax-above-one.json", "7:26", "dynamics.tauMax", "1.5 is too large; expected tauMax in (0, 1]"),
                row("taumin-not-below-taumax.json", "7:41", "dynamics.tauMin", "tauMin 0.5 is not below tauMax 0.5; expected tauMin < tauMax"),
                row("step-zero.json", "6:24", "dynamics.step", "0 is not positive; expected a step > 0 and at most 10"),
                row("step-too-large.json", "6:24", "dynamics.step", "11 is too large; expected a step > 0 and at most 10"),
                row("steps-negative.json", "6:25", "dynamics.steps", "-1 is too small; expected a whole number of steps from 0 to 1,000,000"),
                row("steps-too-many.json", "6:25", "dynamics.steps", "2000000 is too large; expected a whole number of steps from 0 to 1,000,000"),
                row("temperature-negative.json", "6:54", "dynamics.temperature", "-0.1 is too small; expected a temperature ≥ 0"),
                row("domain-reversed.json", "5:13", "domain", "reversed x range (xmin 3, xmax -3); expected [xmin, xmax, ymin, ymax] with xmin < xmax"),
                row("domain-short.json", "5:13", "domain", "y range too short (ymin 0, ymax 1e-7); expected ymax - ymin of at least 1e-6"),
                row("domain-three-numbers.json", "5:13", "domain", "3 numbers; expected [xmin, xmax, ymin, ymax]"),
                row("coordinate-too-large.json", "5:27", "memories[0].point[0]", "2000000 is too large; expected a coordinate between -1e6 and 1e6"),
                row("count-negative.json", "6:26", "particles.count", "-5 is too small; expected a whole number from 0 to 1,000,000"),
                row("count-too-large.json", "6:26", "particles.count", "1000001 is too large; expected a whole number from 0 to 1,000,000 (at most 1,000,000 particles)"),
                row("seed-fraction.json", "6:25", "particles.seed", "1.5 is not a whole number; expected the seed to be an integer"),
                row("seed-too-large.json", "6:25", "particles.seed", "18446744073709551616 is too large; expected the seed to be an integer"),
                row("newer-version.json", "3:15", "memscape", "written by a newer Memscape (format 2); this program reads format 1"),
                row("unknown-version.json", "3:15", "memscape", "unknown format 0; expected \"memscape\": 1"),
                row("missing-version.json", "2:1", "", "not a Memscape scene file: missing \"memscape\": 1"),
                row("reverse-sde-with-hopfield.json", "7:27", "dynamics.sampler", "reverse-sde needs a diffusion model (diffusion-vp or diffusion-ve)"),
                row("pf-ode-with-hopfield.json", "6:27", "dynamics.sampler", "probability-flow-ode needs a diffusion model (diffusion-vp or diffusion-ve)"),
                row("hopfield-segment.json", "7:5", "memories[1]", "the dot-product hopfield model takes point memories only; memories[1] is a segment: use hopfield-distance or a diffusion model"),
                row("tanh-domain-outside.json", "5:13", "domain", "reaches outside [-1, 1]²; expected a domain inside [-1, 1, -1, 1] (tanh features show activations in (-1, 1))"),
                row("tanh-memory-on-edge.json", "5:49", "memories[1].point", "[1, 0.5] is not strictly inside (-1, 1)²; expected -1 < x < 1 and -1 < y < 1 (tanh features show activations in (-1, 1))"),
                row("tanh-particle-outside.json", "7:45", "particles.init.points[1]", "tanh features show activations in (-1, 1)"),
                row("nan-literal.json", "6:50", "model.beta", "NaN: NaN/infinite numbers are not allowed; expected a finite number"),
                row("infinity-literal.json", "6:24", "dynamics.step", "-Infinity: NaN/infinite numbers are not allowed"),
                row("overflow.json", "6:50", "model.beta", "1e999 overflows to infinity: NaN/infinite numbers are not allowed"),
                row("duplicate-key.json", "6:53", "model.beta", "duplicate key \"beta\" (first given at line"),
                row("empty.json", "1:1", "", "the file is empty"));
    }

    private static Arguments row(String file, String lineCol, String field, String phrase) {
        return Arguments.of(file, lineCol, field, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileGivesOneClearLine(String file, String lineCol, String field, String phrase) {
        Path path = BAD.resolve(file);
        SceneException e = assertThrows(SceneException.class, () -> SceneReader.read(path));
        String m = e.getMessage();
        String where = path + (lineCol.isEmpty() ? "" : ":" + lineCol) + ": ";
        assertTrue(m.startsWith(where), () -> "expected to start with " + where + "\n  got " + m);
        assertTrue(m.contains(file), m);
        if (!field.isEmpty()) {
            assertTrue(m.startsWith(where + field + ": "), () -> "expected field " + field + "\n  got " + m);
            assertEquals(field, e.field());
        }
        assertTrue(m.contains(phrase), () -> "expected phrase " + phrase + "\n  got " + m);
        assertPlain(m);
    }

    @Test
    void everyBadFileIsListed() throws IOException {
        Set<String> listed = badFiles().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(BAD)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(present, listed);
        }
    }

    /** One line, no Java class names, no stack trace, no tokenizer jargon. */
    static void assertPlain(String m) {
        assertFalse(m.contains("\n") || m.contains("\r"), m);
        for (String jargon : new String[] {"Exception", "com.fasterxml", "java.", "Jackson", "JsonToken", "`",
                "(code ", "[Source", "StreamRead", "JsonReadFeature", "\tat "}) {
            assertFalse(m.contains(jargon), () -> "message contains " + jargon + ": " + m);
        }
    }
}
