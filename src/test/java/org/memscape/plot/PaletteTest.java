package org.memscape.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One palette (issue 12, point 6): the stylesheet's named colours and plot.Palette, from which the
 * canvas and the charts take theirs, are the same set with the same values, for the screen and for
 * the projector, and the stylesheet writes no colour of its own outside the palette.
 */
class PaletteTest {

    private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern NAMED = Pattern.compile("-ms-([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]+)\\s*;");

    @Test
    void theStylesheetsColoursAreThePalettes() throws Exception {
        String css = stylesheet();
        assertEquals(java(""), named(css, ".root"), "the screen's colours: plot.Palette (expected) against the CSS");
        assertEquals(java("PROJECTOR_"), named(css, ".presenting"), "the projector's colours");
    }

    @Test
    void everyOtherColourInTheStylesheetIsLookedUp() throws Exception {
        Matcher m = BLOCK.matcher(withoutComments(stylesheet()));
        int rules = 0;
        while (m.find()) {
            rules++;
            if (m.group(1).contains(".root") || m.group(1).strip().equals(".presenting")) continue;
            assertFalse(m.group(2).matches("(?s).*#[0-9a-fA-F]{3,8}.*"), "a colour written out in " + m.group(1).strip() + ": use the palette's name");
        }
        assertTrue(rules > 20, "rules read: " + rules);
    }

    @Test
    void awtColoursCarryTheAlpha() {
        assertEquals(new java.awt.Color(255, 255, 255, 34), Palette.awt(Palette.GRID));
        assertEquals(new java.awt.Color(0x1e, 0x1f, 0x24), Palette.awt(Palette.BACKGROUND));
        assertEquals(ChartLook.BACKGROUND, Palette.awt(Palette.BACKGROUND));
    }

    /** The -ms- colours of the block whose selector begins with {@code selector}, by name. */
    private static Map<String, String> named(String css, String selector) {
        Matcher block = BLOCK.matcher(withoutComments(css));
        while (block.find()) {
            if (!block.group(1).strip().startsWith(selector)) continue;
            Map<String, String> out = new TreeMap<>();
            Matcher m = NAMED.matcher(block.group(2));
            while (m.find()) out.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
            assertTrue(out.size() >= 4, "colours in " + selector + ": " + out);
            return out;
        }
        throw new AssertionError("no block " + selector);
    }

    /** Palette's colours whose names begin with {@code prefix} (for none: those that are not the projector's), as CSS names. */
    private static Map<String, String> java(String prefix) throws IllegalAccessException {
        Map<String, String> out = new TreeMap<>();
        for (Field f : Palette.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) continue;
            String name = f.getName();
            boolean projector = name.startsWith("PROJECTOR_");
            if (prefix.isEmpty() ? projector : !name.startsWith(prefix)) continue;
            out.put(name.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '-'), ((String) f.get(null)).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String stylesheet() throws IOException {
        try (InputStream in = PaletteTest.class.getResourceAsStream("/assets/memscape.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
