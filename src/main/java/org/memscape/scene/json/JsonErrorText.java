package org.memscape.scene.json;

import org.memscape.scene.SceneLimits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the JSON tokenizer's messages in plain words. They are written for programmers
 * (character codes, Java class names, hints to enable features); a lecturer editing a scene
 * needs to know which character is wrong and what belongs there instead.
 */
final class JsonErrorText {

    /** A syntax problem in plain words; {@code expected} may be null. */
    record Plain(String problem, String expected) {}

    private static final String PREFIX = "not valid JSON: ";
    private static final String ANY_VALUE = "a value (a string in double quotes, a number, an array, an object,"
            + " true, false or null)";

    private static final Pattern UNEXPECTED_CHAR =
            Pattern.compile("Unexpected character \\((?:'(.*?)' )?\\(?(?:CTRL-CHAR, )?code (\\d+)(?: / 0x\\p{XDigit}+)?\\)\\)( in numeric value)?: ?(.*)",
                    Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'(.*)",
            Pattern.DOTALL);
    private static final Pattern NESTING = Pattern.compile("Document nesting depth \\((\\d+)\\).*", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern TOO_LONG = Pattern.compile("(Number|String|Name) value length \\((\\d+)\\) exceeds"
            + " the maximum allowed \\((\\d+).*", Pattern.DOTALL);
    private static final Pattern ILLEGAL_CHAR = Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern DOC_LENGTH = Pattern.compile("Document length.*", Pattern.DOTALL);

    private JsonErrorText() {}

    static Plain plain(String message) {
        String m = message == null ? "" : message;
        Matcher x;
        if ((x = UNEXPECTED_CHAR.matcher(m)).matches()) {
            return unexpectedChar(x.group(1), Integer.parseInt(x.group(2)), x.group(3) != null, x.group(4));
        }
        if ((x = UNRECOGNIZED_TOKEN.matcher(m)).matches()) {
            return new Plain(PREFIX + "unrecognized word '" + x.group(1) + "'", ANY_VALUE);
        }
        if ((x = CLOSE_MARKER.matcher(m)).matches()) {
            boolean atRoot = x.group(3).contains("for root");
            return new Plain(PREFIX + "unexpected '" + x.group(1) + "'",
                    atRoot ? "the file to end here, everything is already closed" : "'" + x.group(2) + "'");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfInput(m);
        }
        if ((x = NESTING.matcher(m)).matches()) {
            return new Plain("arrays and objects are nested too deeply (more than "
                    + SceneLimits.MAX_NESTING_DEPTH + " levels)",
                    "at most " + SceneLimits.MAX_NESTING_DEPTH + " levels; a scene needs about 5");
        }
        if ((x = ESCAPE.matcher(m)).matches()) {
            return new Plain(PREFIX + "unknown escape \\" + x.group(1) + " in a string",
                    "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        if ((x = ILLEGAL_CHAR.matcher(m)).matches()) {
            return new Plain(PREFIX + "unexpected control character (code " + x.group(1) + ")",
                    "only spaces, tabs and line breaks between values");
        }
        if (m.startsWith("Illegal unquoted character")) {
            return new Plain(PREFIX + "a line break or control character inside a string",
                    "it written as an escape such as \\n, or the closing quote before it");
        }
        if (m.startsWith("Invalid numeric value")) {
            return new Plain(PREFIX + "malformed number (" + lowerFirst(tail(m)) + ")", "a number such as 2, -0.5 or 1e-3");
        }
        if ((x = TOO_LONG.matcher(m)).matches()) {
            return new Plain("a " + x.group(1).toLowerCase(java.util.Locale.ROOT) + " " + Numbers.count(Long.parseLong(x.group(2)))
                    + " characters long", "at most " + Numbers.count(Long.parseLong(x.group(3))) + " characters");
        }
        if (DOC_LENGTH.matcher(m).matches()) {
            return new Plain("the file is too large", "at most 50 MB");
        }
        return new Plain(PREFIX + sanitize(m), null);
    }

    private static Plain unexpectedChar(String shown, int code, boolean inNumber, String tail) {
        String what = code < 32 || shown == null ? "control character (code " + code + ")"
                : invisible(code) ? "invisible character U+" + String.format(java.util.Locale.ROOT, "%04X", code) + (code == 0xFEFF ? " (a byte-order mark)" : "")
                : "character '" + shown + "'";
        String problem = PREFIX + "unexpected " + what + (inNumber ? " in a number" : "");
        String t = tail.toLowerCase(java.util.Locale.ROOT);
        String expected;
        if (t.contains("plus sign")) {
            expected = "a number without a plus sign, such as 2, -0.5 or 1e-3";
        } else if (t.contains("double-quote to start field name")) {
            expected = "a key in double quotes, like \"title\"";
        } else if (t.contains("comma to separate object")) {
            expected = "',' between the fields of an object, or '}' to close it";
        } else if (t.contains("comma to separate array")) {
            expected = "',' between the items of an array, or ']' to close it";
        } else if (t.contains("colon to separate")) {
            expected = "':' between a key and its value";
        } else if (t.contains("decimal point")) {
            expected = "a digit after the decimal point";
        } else if (t.contains("minus sign")) {
            expected = "a digit after the minus sign";
        } else if (t.contains("root-level")) {
            expected = "the file to end after the scene object";
        } else if (t.contains("value")) {
            expected = ANY_VALUE;
        } else {
            expected = t.isBlank() ? null : sanitize(tail);
        }
        return new Plain(problem, expected);
    }

    /** A character a reader cannot see in an editor: spaces other than the plain one, and format characters. */
    private static boolean invisible(int code) {
        int type = Character.getType(code);
        return type == Character.SPACE_SEPARATOR && code != ' ' || type == Character.FORMAT || type == Character.CONTROL;
    }

    private static Plain endOfInput(String m) {
        String problem = PREFIX + "the file ends too early";
        if (m.contains("in a comment")) {
            return new Plain(problem + ", inside a comment", "the comment closed with */");
        } else if (m.contains("closing quote")) {
            return new Plain(problem + ", inside a string", "the closing double quote");
        } else if (m.contains("Object")) {
            return new Plain(problem, "'}' to close an object");
        } else if (m.contains("Array")) {
            return new Plain(problem, "']' to close an array");
        }
        return new Plain(problem, null);
    }

    /** The text after the first ": " of a message. */
    private static String tail(String m) {
        int colon = m.indexOf(": ");
        return colon < 0 ? m : m.substring(colon + 2);
    }

    /** Drops what only a programmer can use: Java names in backticks, character codes, source excerpts. */
    static String sanitize(String m) {
        String s = m.split("\\R", 2)[0];
        int source = s.indexOf("[Source:");
        if (source >= 0) {
            s = s.substring(0, source);
        }
        s = s.replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll("`[^`]*`", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\((?:for|start marker at)[^)]*$", "")
                .replaceAll("\\s+", " ")
                .trim();
        return lowerFirst(s);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
