package org.memscape.app.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberAxis;
import org.memscape.text.NumberText;

/**
 * Tick labels of a number axis with just enough decimals for the ticks' spacing, as the
 * landscape's axes write them ({@link NumberText#tick}): a fixed pattern rounded close ticks alike
 * ("0 0 0 −0" on a narrow range).
 */
final class StepTicks extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private final transient NumberAxis axis;

    StepTicks(NumberAxis axis) {
        this.axis = axis;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(NumberText.tick(number, axis.getTickUnit().getSize()));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
