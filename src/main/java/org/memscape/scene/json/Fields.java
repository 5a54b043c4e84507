package org.memscape.scene.json;

import org.memscape.scene.SceneException;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The members of one JSON object, read by name. Keys nobody read are reported as warnings,
 * not errors, so that older programs can open files from newer ones that add fields.
 */
public final class Fields {

    private final Json.Obj obj;
    private final Node self;
    private final Set<String> read = new HashSet<>();

    Fields(Json.Obj obj, Node self) {
        this.obj = obj;
        this.self = self;
    }

    public Node self() {
        return self;
    }

    public boolean has(String key) {
        return obj.members().containsKey(key);
    }

    /** The member, or null when it is absent (then a default applies). */
    public Node get(String key) {
        Json.Member m = obj.members().get(key);
        if (m == null) {
            return null;
        }
        read.add(key);
        return self.member(m.value(), key);
    }

    public Node require(String key, String expected) throws SceneException {
        Node n = get(key);
        if (n == null) {
            // Point at the object that lacks the key: the key itself has no place in the text.
            throw self.ctx.error(obj.pos(), JsonPaths.child(self.path(), key), "missing", expected);
        }
        return n;
    }

    public String string(String key, String defaultValue) throws SceneException {
        Node n = get(key);
        return n == null ? defaultValue : n.string();
    }

    /** Warns once for every key that was never read; call after reading all known ones. */
    public void warnUnknown() {
        for (Map.Entry<String, Json.Member> e : obj.members().entrySet()) {
            if (!read.contains(e.getKey())) {
                self.ctx.warn(e.getValue().keyPos(), JsonPaths.child(self.path(), e.getKey()), "unknown field, ignored");
            }
        }
    }
}
