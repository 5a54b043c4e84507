package org.memscape.scene.json;

/** JSON paths as messages show them: {@code memories[3].circle.radius}; the root is "". */
final class JsonPaths {

    private JsonPaths() {}

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** The first {@code steps} steps of a path, with "…" if anything was cut. */
    static String shorten(String path, int steps) {
        int cut = 0;
        for (int i = 0; i < steps; i++) {
            int next = nextStep(path, cut);
            if (next < 0) {
                return path;
            }
            cut = next;
        }
        return cut < path.length() ? path.substring(0, cut) + "…" : path;
    }

    /** Where the step after {@code from} starts (at its '.' or '['), or -1 if there is none. */
    private static int nextStep(String path, int from) {
        for (int i = from + 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return i;
            }
        }
        return -1;
    }
}
