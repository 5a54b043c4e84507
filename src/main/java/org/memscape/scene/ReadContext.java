package org.memscape.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One read of one scene: the source name every message starts with, and the warnings so far. */
final class ReadContext {

    private record Warning(Json.Pos pos, String text) {}

    private final String source;
    private final List<Warning> warnings = new ArrayList<>();

    ReadContext(String source) {
        this.source = source;
    }

    SceneException error(Json.Pos pos, String field, String problem, String expected) {
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
    List<String> warnings() {
        return warnings.stream()
                .sorted(Comparator.comparingInt((Warning w) -> w.pos().line()).thenComparingInt(w -> w.pos().column()))
                .map(Warning::text)
                .toList();
    }
}
