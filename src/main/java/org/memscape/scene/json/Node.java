package org.memscape.scene.json;

import org.memscape.scene.MemorySpec;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneLimits;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value at a known path, with typed reads. Every read that fails throws a
 * {@link SceneException} pointing at this value, so decoders state only what they expect.
 */
public final class Node {

    public final Json json;
    final ReadContext ctx;
    /** The path is built only when a message needs it: most values are read without a problem. */
    private final Node parent;
    private final String key;
    private final int index;

    /** The document's root. */
    public Node(Json json, ReadContext ctx) {
        this(json, ctx, null, null, -1);
    }

    private Node(Json json, ReadContext ctx, Node parent, String key, int index) {
        this.json = json;
        this.ctx = ctx;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    public Node member(Json value, String memberKey) {
        return new Node(value, ctx, this, memberKey, -1);
    }

    /** The JSON path of this value, e.g. memories[2].segment; "" for the root. */
    public String path() {
        if (parent == null) {
            return "";
        }
        return key != null ? JsonPaths.child(parent.path(), key) : JsonPaths.index(parent.path(), index);
    }

    public SceneException fail(String problem, String expected) {
        return ctx.error(json.pos(), path(), problem, expected);
    }

    public SceneException wrongType(String expected) {
        return fail(Json.describe(json) + " is the wrong type", expected);
    }

    public double number() throws SceneException {
        if (json instanceof Json.Num num) {
            return num.value();
        }
        throw wrongType("a number");
    }

    /**
     * A number within bounds; {@code expected} names the accepted range for the message.
     * The parser has already made sure it is finite.
     */
    public double number(double min, boolean minIncluded, double max, boolean maxIncluded, String expected)
            throws SceneException {
        double d = number();
        if (d < min || (d == min && !minIncluded)) {
            throw fail(Numbers.show(d) + (min == 0 && !minIncluded ? " is not positive" : " is too small"), expected);
        }
        if (d > max || (d == max && !maxIncluded)) {
            throw fail(Numbers.show(d) + " is too large", expected);
        }
        return d;
    }

    /** A whole number in [min, max]; 2e2 counts as whole, 2.5 does not. */
    public long integer(long min, long max, String expected) throws SceneException {
        if (!(json instanceof Json.Num num)) {
            throw wrongType(expected);
        }
        if (num.isLong()) {
            long l = num.exact();
            if (l < min || l > max) {
                throw fail(l + (l < min ? " is too small" : " is too large"), expected);
            }
            return l;
        }
        double d = num.value();
        if (num.integerLiteral()) {
            throw fail(num.show() + (d < 0 ? " is too small" : " is too large"), expected);
        }
        if (d != Math.rint(d)) {
            throw fail(num.show() + " is not a whole number", expected);
        }
        // Beyond 2^53 a double no longer holds every whole number, so 1e19 is not a seed.
        if (d < min || d > max || Math.abs(d) > 0x1p53) {
            throw fail(num.show() + (d < min ? " is too small" : " is too large"), expected);
        }
        return (long) d;
    }

    public String string() throws SceneException {
        if (json instanceof Json.Str str) {
            return str.value();
        }
        throw wrongType("a string in double quotes");
    }

    /** One of the given names; {@code what} is e.g. "model type". */
    public String choice(String what, List<String> names) throws SceneException {
        String expected = "one of " + String.join(", ", names);
        if (!(json instanceof Json.Str str)) {
            throw wrongType(what + ", " + expected);
        }
        if (!names.contains(str.value())) {
            throw fail("unknown " + what + " " + Numbers.quote(str.value()), expected);
        }
        return str.value();
    }

    public <E extends Enum<E>> E choice(String what, Class<E> type) throws SceneException {
        return Names.constant(type, choice(what, Names.all(type)));
    }

    public List<Node> array(String expected) throws SceneException {
        if (!(json instanceof Json.Arr arr)) {
            throw wrongType(expected);
        }
        List<Node> items = new ArrayList<>(arr.items().size());
        for (int i = 0; i < arr.items().size(); i++) {
            items.add(new Node(arr.items().get(i), ctx, this, null, i));
        }
        return items;
    }

    public Fields object(String expected) throws SceneException {
        if (json instanceof Json.Obj obj) {
            return new Fields(obj, this);
        }
        throw wrongType(expected);
    }

    /** [x, y], each coordinate at most {@link SceneLimits#MAX_COORDINATE} from the origin. */
    public MemorySpec.Point point() throws SceneException {
        List<Node> xy = array("a point [x, y]");
        if (xy.size() != 2) {
            throw fail(xy.size() + (xy.size() == 1 ? " coordinate" : " coordinates"), "a point [x, y]");
        }
        return new MemorySpec.Point(xy.get(0).coordinate(), xy.get(1).coordinate());
    }

    public double coordinate() throws SceneException {
        double max = SceneLimits.MAX_COORDINATE;
        return number(-max, true, max, true, "a coordinate between -1e6 and 1e6");
    }
}
