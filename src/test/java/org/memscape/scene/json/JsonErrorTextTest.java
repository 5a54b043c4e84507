package org.memscape.scene.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tokenizer messages we have no special wording for still lose their programmer jargon. */
class JsonErrorTextTest {

    @Test
    void unknownMessagesAreSanitized() {
        assertEquals("non-standard token 'NaN'",
                JsonErrorText.sanitize("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"));
        assertEquals("something odd (limit 5)", JsonErrorText.sanitize(
                "Something odd (limit 5, from `StreamReadConstraints.getSomething()`)\n at [Source: REDACTED; line: 1]"));
        assertEquals("weird ']'", JsonErrorText.sanitize("Weird ']' (code 93) (for Array starting at [Source: x; line: 1])"));
    }

    @Test
    void knownMessagesGetPlainWords() {
        JsonErrorText.Plain p = JsonErrorText.plain("Unexpected character (':' (code 58)): was expecting comma to separate"
                + " Array entries\n at [Source: REDACTED; line: 1, column: 5]");
        assertEquals("not valid JSON: unexpected character ':'", p.problem());
        assertEquals("',' between the items of an array, or ']' to close it", p.expected());
        assertEquals("not valid JSON: unexpected control character (code 0)",
                JsonErrorText.plain("Unexpected character ((CTRL-CHAR, code 0)): expected a value").problem());
        assertEquals("a number 1,001 characters long", JsonErrorText.plain("Number value length (1001) exceeds the"
                + " maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)").problem());
    }
}
