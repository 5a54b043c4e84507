package org.memscape.scene.json;

import org.memscape.scene.SceneException;
import org.memscape.scene.SceneLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns scene text into a {@link Json} tree in which every value knows its line and column.
 * Walking Jackson's token stream ourselves (instead of binding to a JsonNode) is what gives
 * each value its location, and lets us name the JSON path in syntax errors too.
 * Beyond plain JSON it accepts // and /* *&#47; comments and trailing commas; it rejects
 * duplicate keys and NaN/infinite numbers, which JSON does not have.
 */
public final class JsonTreeParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            // Accepted by the tokenizer only so that we can reject them with a located, plain message.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(SceneLimits.MAX_NESTING_DEPTH)
                    .maxDocumentLength(SceneLimits.MAX_DOCUMENT_CHARS)
                    .build())
            .build();

    private final ReadContext ctx;
    /**
     * The path being read, as steps (a key, or an index when the key is null), so that an error
     * can say where in the document it happened. Kept as steps because building a path string
     * for each of a million particle coordinates would dominate the reading time.
     */
    private final String[] stepKey = new String[SceneLimits.MAX_NESTING_DEPTH + 2];
    private final int[] stepIndex = new int[SceneLimits.MAX_NESTING_DEPTH + 2];
    private int depth;
    /** The last key read in the innermost object being read, to tell a new key from an old one. */
    private String lastKey;

    private JsonTreeParser(ReadContext ctx) {
        this.ctx = ctx;
    }

    public static Json parse(String text, ReadContext ctx) throws SceneException {
        if (text.length() > SceneLimits.MAX_DOCUMENT_CHARS) {
            // Jackson checks document length only while refilling buffers, never for a String source.
            throw ctx.error(Json.Pos.UNKNOWN, "", "the file is too large (" + Numbers.count(text.length())
                    + " characters)", "at most " + Numbers.count(SceneLimits.MAX_DOCUMENT_CHARS) + " characters (50 MB)");
        }
        return new JsonTreeParser(ctx).parseDocument(text);
    }

    private Json parseDocument(String text) throws SceneException {
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                if (p.nextToken() == null) {
                    throw ctx.error(new Json.Pos(1, 1), "", "the file is empty",
                            "a Memscape scene object {\"memscape\": 1, …}");
                }
                Json root = value(p);
                depth = 0;
                if (p.nextToken() != null) {
                    throw ctx.error(pos(p.currentTokenLocation()), "", "more text after the end of the scene object",
                            "the file to end after the closing '}'");
                }
                return root;
            } catch (JsonProcessingException e) {
                throw syntaxError(e, p);
            }
        } catch (IOException e) {
            // Reading from a String only fails through the JsonProcessingException handled above.
            throw ctx.error(Json.Pos.UNKNOWN, "", "could not be read", null);
        }
    }

    private Json value(JsonParser p) throws IOException, SceneException {
        Json.Pos pos = pos(p.currentTokenLocation());
        long at = pos.pack();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(p, pos);
            case START_ARRAY:
                return array(p, pos);
            case VALUE_STRING:
                return new Json.Str(at, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(p, pos, token);
            case VALUE_TRUE:
                return new Json.Bool(at, true);
            case VALUE_FALSE:
                return new Json.Bool(at, false);
            case VALUE_NULL:
                return new Json.Null(at);
            default:
                throw ctx.error(pos, where(), "unexpected " + token, "a JSON value");
        }
    }

    private Json.Obj object(JsonParser p, Json.Pos pos) throws IOException, SceneException {
        Map<String, Json.Member> members = new LinkedHashMap<>();
        int level = depth;
        lastKey = null;
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String key = p.currentName();
            Json.Pos keyPos = pos(p.currentTokenLocation());
            stepKey[level] = key;
            depth = level + 1;
            if (members.containsKey(key)) {
                // Checked here rather than with STRICT_DUPLICATE_DETECTION so the message can name the path.
                Json.Pos first = members.get(key).keyPos();
                throw ctx.error(keyPos, where(), "duplicate key " + Numbers.quote(key) + " (first given at line "
                        + first.line() + ")", "each key at most once in an object");
            }
            lastKey = key;
            p.nextToken();
            members.put(key, new Json.Member(keyPos, value(p)));
            depth = level;
            lastKey = key;
        }
        return new Json.Obj(pos.pack(), members);
    }

    private Json.Arr array(JsonParser p, Json.Pos pos) throws IOException, SceneException {
        List<Json> items = new ArrayList<>();
        int level = depth;
        stepKey[level] = null;
        while (true) {
            stepIndex[level] = items.size();
            depth = level + 1;
            if (p.nextToken() == JsonToken.END_ARRAY) {
                break;
            }
            items.add(value(p));
        }
        depth = level;
        // An exact-size immutable copy: for [x, y] pairs it is a two-field object, not a padded array.
        return new Json.Arr(pos.pack(), List.copyOf(items));
    }

    private Json.Num number(JsonParser p, Json.Pos pos, JsonToken token)
            throws IOException, SceneException {
        Json.Num num;
        if (token == JsonToken.VALUE_NUMBER_INT) {
            num = p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? Json.Num.ofBig(pos.pack(), p.getBigIntegerValue()) : Json.Num.ofLong(pos.pack(), p.getLongValue());
        } else {
            num = Json.Num.ofDouble(pos.pack(), p.getDoubleValue());
        }
        if (!Double.isFinite(num.value())) {
            String text = p.getText();
            boolean literal = text.matches("[+-]?(NaN|Infinity|INF)");
            String problem = (literal ? text : text + " overflows to infinity") + ": NaN/infinite numbers are not allowed";
            throw ctx.error(pos, where(), problem, "a finite number");
        }
        return num;
    }

    private SceneException syntaxError(JsonProcessingException e, JsonParser p) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String where = where();
        // The tokenizer reads a key and the start of its value in one step, so an error in the value
        // arrives before we have seen the key; the tokenizer's context knows it.
        JsonStreamContext jc = p.getParsingContext();
        if (jc != null && jc.inObject() && jc.getCurrentName() != null && !jc.getCurrentName().equals(lastKey)) {
            where = JsonPaths.child(where, jc.getCurrentName());
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (jc != null && jc.inArray()
                && (original.startsWith("Unexpected close marker") || original.contains("separate Array entries"))) {
            // A wrong separator after an item is a problem of the array, not of an item not yet begun.
            where = where.replaceFirst("\\[\\d+]$", "");
        }
        boolean tooDeep = e instanceof StreamConstraintsException && original.contains("nesting depth");
        // A path 64 levels deep says nothing useful; the first steps say where the nesting began.
        String field = tooDeep ? JsonPaths.shorten(where, 2) : where;
        JsonErrorText.Plain plain = JsonErrorText.plain(original);
        return ctx.error(pos(loc), field, plain.problem(), plain.expected());
    }

    private String where() {
        String path = "";
        for (int i = 0; i < depth; i++) {
            path = stepKey[i] != null ? JsonPaths.child(path, stepKey[i]) : JsonPaths.index(path, stepIndex[i]);
        }
        return path;
    }

    private static Json.Pos pos(JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return Json.Pos.UNKNOWN;
        }
        return new Json.Pos(loc.getLineNr(), Math.max(loc.getColumnNr(), 0));
    }
}
