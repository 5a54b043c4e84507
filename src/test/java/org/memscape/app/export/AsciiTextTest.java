package org.memscape.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GIF comments are 7-bit: the presets' Greek letters and signs are spelled out, nothing becomes "?". */
class AsciiTextTest {

    @Test
    void greekLettersBecomeTheirNames() {
        assertEquals("Diffusion is a Hopfield network at rising beta", AsciiText.of("Diffusion is a Hopfield network at rising \u03B2"));
        assertEquals("tau = 0.5, Sigma, sigma, sigma", AsciiText.of("\u03C4 = 0.5, \u03A3, \u03C3, \u03C2"));
        assertEquals("beta_eff = alpha-bar/(1 - alpha-bar)", AsciiText.of("\u03B2_eff = \u1FB1/(1 \u2212 \u1FB1)"));
    }

    @Test
    void accentsAndSignsAreSpelledOut() {
        assertEquals("Erdos -- Renyi x 2 ... sqrt", AsciiText.of("Erd\u0151s \u2014 R\u00E9nyi \u00D7 2 \u2026 \u221A"));
        assertEquals("U+2207", AsciiText.of("\u2207"), "a character with no spelling keeps its code point");
        assertEquals("E = -beta^-1 lse", AsciiText.of("E = \u2212\u03B2\u207B\u00B9 lse"));
        assertEquals("U = 1/2|x|^2 - 1/2 x^TWx, W = Y^TY", AsciiText.of("U = \u00BD|x|\u00B2 \u2212 \u00BD x\u1D40Wx, W = Y\u1D40Y"));
    }

    @Test
    void everyPresetTitleIsAscii() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("presets"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                var scene = org.memscape.scene.SceneReader.read(file);
                String ascii = AsciiText.of(scene.title() + " " + scene.description());
                assertTrue(ascii.chars().allMatch(c -> c < 0x80), file + ": " + ascii);
                assertTrue(!ascii.contains("U+"), file + " has a character with no spelling: " + ascii);
            }
        }
    }
}
