package org.memscape.app.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text for places that hold only ASCII (a GIF comment): Greek letters by name ("τ" → "tau",
 * "Σ" → "Sigma"), accents dropped ("é" → "e"), the mathematical signs the presets use spelled
 * out ("√" → "sqrt", "−" → "-", "½" → "1/2", "ᵀ" → "^T"), and any other character as "U+2207", so
 * nothing is lost silently.
 */
public final class AsciiText {

    private static final Map<Integer, String> SIGNS = Map.ofEntries(
            Map.entry(0x2212, "-"), Map.entry(0x2013, "-"), Map.entry(0x2014, "--"), Map.entry(0x2026, "..."),
            Map.entry(0x00D7, "x"), Map.entry(0x00B7, "*"), Map.entry(0x22C5, "*"), Map.entry(0x221A, "sqrt"),
            Map.entry(0x2264, "<="), Map.entry(0x2265, ">="), Map.entry(0x2260, "!="), Map.entry(0x2248, "~"),
            Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x221E, "inf"), Map.entry(0x00B1, "+/-"),
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201C, "\""), Map.entry(0x201D, "\""),
            Map.entry(0x00BD, "1/2"), Map.entry(0x00BC, "1/4"), Map.entry(0x00BE, "3/4"), Map.entry(0x2044, "/"),
            Map.entry(0x207B, "^-"), Map.entry(0x207A, "^+"),
            Map.entry(0x00A0, " "), Map.entry(0x2009, " "), Map.entry(0x2007, " "), Map.entry(0x00DF, "ss"),
            Map.entry(0x00E6, "ae"), Map.entry(0x00C6, "AE"), Map.entry(0x00F8, "o"), Map.entry(0x00D8, "O"));

    private AsciiText() {}

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(ascii(c)));
        // one caret for a run of superscripts: β⁻¹ → beta^-1, not beta^-^1
        String ascii = out.toString(), joined;
        while (!(joined = ascii.replaceAll("\\^([-+0-9A-Za-z]+)\\^", "^$1")).equals(ascii)) ascii = joined;
        return ascii;
    }

    private static String ascii(int c) {
        if (c < 0x80) return Character.toString(c);
        String sign = SIGNS.get(c);
        if (sign != null) return sign;
        // ᾱ (alpha with macron) is a Greek letter with a mark: the letter's name, then "-bar" for the macron
        String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        int letter = base.codePointAt(0);
        String rest = base.substring(Character.charCount(letter));
        String greek = greek(letter);
        if (greek != null) return greek + (rest.indexOf('\u0304') >= 0 ? "-bar" : "");
        if (letter < 0x80) return Character.toString(letter);   // é → e
        String compatible = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        if (!compatible.isEmpty() && compatible.chars().allMatch(ch -> ch < 0x80)) {   // ﬁ → fi, ² → ^2, Yᵀ → Y^T
            String name = String.valueOf(Character.getName(c));
            boolean raised = name.contains("SUPERSCRIPT") || name.startsWith("MODIFIER LETTER");
            return (raised ? "^" : name.contains("SUBSCRIPT") ? "_" : "") + compatible;
        }
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** "GREEK SMALL LETTER TAU" → "tau", "GREEK CAPITAL LETTER SIGMA" → "Sigma"; null if not a Greek letter. */
    private static String greek(int c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.GREEK || !Character.isLetter(c)) return null;
        String name = Character.getName(c);
        if (name == null) return null;
        String[] words = name.split(" ");
        String letter = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (letter.isEmpty() || !name.contains(" LETTER ")) return null;
        return name.contains("CAPITAL") ? Character.toUpperCase(letter.charAt(0)) + letter.substring(1) : letter;
    }
}
