package org.memscape.app.edit;

import org.memscape.app.landscape.LandscapeView;
import org.memscape.app.landscape.PlotFrame;

/**
 * With the point tool, a drag on empty ground selects the memories whose handles all lie in the
 * box it spans (a rubber band shows it); without motion the press is a click (it adds a point).
 */
final class BoxSelect implements Gesture {

    private final Editing editing;
    private final double pressX, pressY;

    BoxSelect(Editing editing, double pressX, double pressY) {
        this.editing = editing;
        this.pressX = pressX;
        this.pressY = pressY;
    }

    @Override public void drag(PlotFrame plot, Pointer at) {
        if (at.moved()) editing.view.showBand(new LandscapeView.Band(pressX, pressY, at.x(), at.y()));
    }

    @Override public boolean release(PlotFrame plot, Pointer at) {
        editing.view.showBand(null);
        if (!at.moved() || plot == null) return false;
        editing.view.selectMemories(editing.hits(plot).inBox(pressX, pressY, at.x(), at.y()));
        return true;
    }

    @Override public boolean editing() { return false; }
}
