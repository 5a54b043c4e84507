package org.memscape.scene.json;

import org.memscape.scene.SceneException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One read of one scene: the source name every message starts with, and the warnings so far. */
public final class ReadContext {

    private record Warning(Json.Pos pos, String text) {}

    private final String source;
    private final List<Warning> warnings = new ArrayList<>();

    public ReadContext(String source) {
        this.source = source;
    }

    public SceneException error(Json.Pos pos, String field, String problem, String expected) {
        return new SceneException(source, pos.line(), pos.column(), field, problem, expected);
    }

    void warn(Json.Pos pos, String field, String what) {
        StringBuilder sb = new StringBuilder(source);
        if (pos.line() > 0) {
            sb.append(':').append(pos.line()).append(':').append(pos.column());
        }
        warnings.add(new Warning(pos, sb.append(": ").append(field).append(": ").append(what).toString()));
    }

    /** Warnings in document order, whatever order the fields were interpreted in. */
    public List<String> warnings() {
        return warnings.stream()
                .sorted(Comparator.comparingInt((Warning w) -> w.pos().line()).thenComparingInt(w -> w.pos().column()))
                .map(Warning::text)
                .toList();
    }
}
