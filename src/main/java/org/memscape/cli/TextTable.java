package org.memscape.cli;

import java.util.ArrayList;
import java.util.List;

/** A table printed with aligned columns: text to the left, numbers (cells starting with a digit or sign) to the right. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    void add(String... cells) {
        if (cells.length != columns) throw new IllegalArgumentException(columns + " cells expected, got " + cells.length);
        rows.add(cells);
    }

    @Override public String toString() {
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r)[c];
                width[c] = Math.max(width[c], cell.codePointCount(0, cell.length()));
                if (r > 0 && !cell.isEmpty() && !isNumber(cell)) numeric[c] = false;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                int pad = width[c] - cell.codePointCount(0, cell.length());
                if (c > 0) line.append("  ");
                if (numeric[c]) line.append(" ".repeat(pad)).append(cell);
                else line.append(cell).append(" ".repeat(pad));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static boolean isNumber(String cell) {
        char first = cell.charAt(0);
        return Character.isDigit(first) || first == '-' || first == '≥' || cell.equals("n/a");
    }
}
