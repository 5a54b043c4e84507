package org.memscape.scene;

/**
 * A scene file that cannot be read. The message is one line a person can act on,
 * {@code FILE:LINE:COL: FIELD: what is wrong; expected WHAT}; parts that are unknown are left out.
 * The parts are also available one by one, e.g. for an editor that jumps to the line.
 */
public final class SceneException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;
    private final String expected;

    /**
     * @param line     1-based, or 0 when unknown (then the column is ignored too)
     * @param field    a JSON path such as {@code memories[2].segment}, or "" for the whole file
     * @param expected what would have been accepted, or null when the problem says it already
     */
    public SceneException(String source, int line, int column, String field, String problem, String expected) {
        super(format(source, line, column, field, problem, expected), null, false, false);
        this.source = source;
        this.line = Math.max(0, line);
        this.column = line > 0 ? Math.max(0, column) : 0;
        this.field = field == null ? "" : field;
        this.problem = problem;
        this.expected = expected;
    }

    /** A problem with the file as a whole (I/O, size), with no place inside it. */
    public SceneException(String source, String problem) {
        this(source, 0, 0, "", problem, null);
    }

    public String source() { return source; }

    /** 1-based line of the offending value, or 0 when unknown. */
    public int line() { return line; }

    /** 1-based column (in characters) of the offending value, or 0 when unknown. */
    public int column() { return column; }

    /** The JSON path of the offending field, or "" when the problem is not about one field. */
    public String field() { return field; }

    public String problem() { return problem; }

    /** What would have been accepted, or null. */
    public String expected() { return expected; }

    private static String format(String source, int line, int column, String field,
                                 String problem, String expected) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(problem);
        if (expected != null && !expected.isEmpty()) {
            sb.append("; expected ").append(expected);
        }
        // Quoted user text may hold line breaks; a caller shows this message as one line.
        return sb.toString().replaceAll("[\\r\\n\\t]+", " ");
    }
}
