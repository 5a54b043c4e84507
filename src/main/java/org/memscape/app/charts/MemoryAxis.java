package org.memscape.app.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * The memory-number axis of the weight chart. When the labels would overlap (many memories on a
 * narrow chart), only memory numbers divisible by k are written (k = 1, 2, 5, 10, ...), at least k
 * columns apart, and always the strongest memory's, so the answer to "which memory pulls" is never
 * hidden.
 */
final class MemoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;
    private static final int[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    private boolean[] labelled = new boolean[0];

    MemoryAxis(String label) {
        super(label);
    }

    /** The label spacing, in columns, for this many columns over this width. */
    static int labelStep(int columns, double width, double labelWidth) {
        if (columns <= 0 || width <= 0) return 1;
        double perColumn = width / columns;
        for (int s : STEPS) if (s * perColumn >= labelWidth) return s;
        return STEPS[STEPS.length - 1];
    }

    /**
     * Which columns get a label: the strongest (if ≥ 0), then in order each memory number divisible
     * by step that is at least step columns from every label already chosen.
     */
    static boolean[] labelled(int[] memories, int strongest, int step) {
        int n = memories.length;
        boolean[] out = new boolean[n];
        if (strongest >= 0 && strongest < n) out[strongest] = true;
        int last = Integer.MIN_VALUE / 2;
        for (int p = 0; p < n; p++) {
            if (p == strongest) {
                last = p;
                continue;
            }
            boolean farFromStrongest = strongest < 0 || Math.abs(p - strongest) >= step;
            if (memories[p] % step == 0 && p - last >= step && farFromStrongest) {
                out[p] = true;
                last = p;
            }
        }
        return out;
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        CategoryDataset data = dataset();
        if (data instanceof WeightDataset w) {
            WeightBars bars = w.bars();
            int columns = bars.size();
            int digits = columns == 0 ? 1 : String.valueOf(bars.memories()[columns - 1]).length();
            // about 0.62 em per digit, plus a gap of 0.6 em
            double labelWidth = getTickLabelFont().getSize2D() * (0.62 * digits + 0.6);
            labelled = labelled(bars.memories(), bars.strongest(), labelStep(columns, dataArea.getWidth(), labelWidth));
        }
        return super.refreshTicks(g2, state, dataArea, edge);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        CategoryDataset data = dataset();
        if (data != null) {
            int position = data.getColumnIndex(category);
            if (position >= 0 && position < labelled.length && !labelled[position]) return new TextBlock();
        }
        // no wrapping or truncation: a memory number is short, and the spacing keeps labels apart
        return super.createLabel(category, Float.MAX_VALUE, edge, g2);
    }

    private CategoryDataset dataset() {
        return getPlot() instanceof CategoryPlot p ? p.getDataset() : null;
    }
}
