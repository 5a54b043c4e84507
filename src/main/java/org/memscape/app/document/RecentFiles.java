package org.memscape.app.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recent files' order: the newest first, each file once, at most {@link #LIMIT}. */
public final class RecentFiles {

    /** As many as a menu shows at a glance. */
    public static final int LIMIT = 8;

    private RecentFiles() {}

    /** {@code files} with {@code file} put first (moved there if it was already in), the oldest dropped past the limit. */
    public static List<Path> with(List<Path> files, Path file) {
        Path added = file.toAbsolutePath().normalize();
        List<Path> result = new ArrayList<>(LIMIT);
        result.add(added);
        for (Path p : files) {
            if (result.size() == LIMIT) break;
            if (!p.toAbsolutePath().normalize().equals(added)) result.add(p);
        }
        return List.copyOf(result);
    }
}
