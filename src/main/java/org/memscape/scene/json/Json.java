package org.memscape.scene.json;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it starts in the text, so that a problem found
 * while interpreting the scene can point at the offending value and not just name it.
 * Values are kept small (the position packed in a long, numbers unboxed) because a scene may
 * hold a million explicit particles.
 */
public sealed interface Json {

    /** The position packed by {@link Pos#pack()}. */
    long at();

    default Pos pos() {
        return Pos.unpack(at());
    }

    /** 1-based line and column in characters; line 0 means unknown. */
    record Pos(int line, int column) {
        static final Pos UNKNOWN = new Pos(0, 0);

        long pack() {
            return ((long) line << 32) | (column & 0xffffffffL);
        }

        static Pos unpack(long at) {
            return new Pos((int) (at >>> 32), (int) at);
        }
    }

    /** An object member; the key's own position is kept for warnings about unknown keys. */
    record Member(Pos keyPos, Json value) {}

    /** Members in document order. */
    record Obj(long at, Map<String, Member> members) implements Json {}

    record Arr(long at, List<Json> items) implements Json {}

    /**
     * A finite number. Integer literals keep their exact value too, so that a 64-bit seed is
     * not rounded through a double; {@code big} holds those beyond 64 bits.
     */
    record Num(long at, double value, boolean integerLiteral, long exact, BigInteger big) implements Json {
        static Num ofDouble(long at, double value) {
            return new Num(at, value, false, 0, null);
        }

        static Num ofLong(long at, long value) {
            return new Num(at, value, true, value, null);
        }

        static Num ofBig(long at, BigInteger value) {
            return new Num(at, value.doubleValue(), true, 0, value);
        }

        /** An integer literal that fits in a long. */
        boolean isLong() {
            return integerLiteral && big == null;
        }

        /** The number as the file wrote it, near enough for a message. */
        String show() {
            if (big != null) {
                return big.toString();
            }
            return integerLiteral ? Long.toString(exact) : Numbers.show(value);
        }
    }

    record Str(long at, String value) implements Json {}

    record Bool(long at, boolean value) implements Json {}

    record Null(long at) implements Json {}

    /** The value in a few words for a message, e.g. {@code a string "big"}. */
    static String describe(Json value) {
        if (value instanceof Obj) {
            return "an object";
        } else if (value instanceof Arr arr) {
            return arr.items().isEmpty() ? "an empty array" : "an array";
        } else if (value instanceof Num num) {
            return "the number " + num.show();
        } else if (value instanceof Str str) {
            return "a string " + Numbers.quote(str.value());
        } else if (value instanceof Bool bool) {
            return bool.value() ? "true" : "false";
        }
        return "null";
    }
}
