package org.memscape.app.edit;

import org.memscape.app.document.Document;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.LandscapeView;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.ExtendedMemories;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.memscape.compute.Frame;
import org.memscape.scene.MemorySpec;

/**
 * The mouse on the landscape. A press starts one {@link Gesture}, which takes the moves and the
 * release: the middle button or Ctrl+drag pans ({@link Pan}); a press on a handle, line or ring
 * moves the memory ({@link Drag}); on empty ground Shift+drag brushes particles in
 * ({@link Brush}), the point tool's drag selects a box ({@link BoxSelect}), the segment and circle
 * tools drag out a memory ({@link Create}), and the polyline tool's clicks add corners
 * ({@link Polyline}). A release no gesture took is a click: it picks a particle (to follow which
 * memory pulls it) or adds a point memory. A right-click removes a memory; the wheel zooms around
 * the cursor. What lies where is {@link Hits}'s to say.
 */
public final class CanvasEditor {

    /** What a drag on empty ground makes. */
    public enum Tool { POINT, SEGMENT, POLYLINE, CIRCLE }

    private static final double CLICK_SLOP = 4;

    private final LandscapeCanvas canvas;
    private final LandscapeView view;
    private final Document document;
    private final Editing editing;
    private final Polyline polyline;
    private Tool tool = Tool.POINT;

    /** The gesture under way from a press to its release, or null. */
    private Gesture gesture;
    /** The button of the press being followed, or null between presses. */
    private MouseButton pressed;
    private double pressX, pressY;
    private boolean moved;

    public CanvasEditor(LandscapeCanvas canvas, Document document, Runnable onDragMove, Consumer<String> say) {
        this.canvas = canvas;
        this.view = canvas.view();
        this.document = document;
        this.editing = new Editing(document, view, onDragMove, say);
        this.polyline = new Polyline(editing);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    public void setTool(Tool newTool) {
        finishPolyline();
        tool = newTool;
    }

    /** Ends the polyline being drawn (Enter, a double click, another tool): one undo step. */
    public void finishPolyline() {
        polyline.finish();
    }

    /** Drops the polyline being drawn (Esc). */
    public void cancelPolyline() {
        polyline.cancel();
    }

    /** True while a drag, a drawing or a brush stroke is under way: undo and delete wait for its end. */
    public boolean gestureActive() {
        return (gesture != null && gesture.editing()) || polyline.drawing();
    }

    private void pressed(MouseEvent e) {
        // a second button pressed during a gesture is not a gesture of its own
        if (pressed != null && pressed != e.getButton() && buttonsDown(e) > 1) return;
        if (gesture != null) gesture.release(canvas.plot(), pointer(e.getX(), e.getY(), e.getClickCount()));   // its release was lost
        gesture = null;
        pressed = null;
        PlotFrame plot = canvas.plot();
        if (plot == null) return;
        pressed = e.getButton();
        pressX = e.getX();
        pressY = e.getY();
        moved = false;
        gesture = startGesture(plot, e);
    }

    private static int buttonsDown(MouseEvent e) {
        return (e.isPrimaryButtonDown() ? 1 : 0) + (e.isMiddleButtonDown() ? 1 : 0) + (e.isSecondaryButtonDown() ? 1 : 0);
    }

    /** The gesture a press starts, or null (a right-click, or a press whose release is a click). */
    private Gesture startGesture(PlotFrame plot, MouseEvent e) {
        boolean primary = e.getButton() == MouseButton.PRIMARY;
        if (e.getButton() == MouseButton.MIDDLE || (primary && e.isControlDown())) return new Pan(editing, pressX, pressY);
        Hits hits = editing.hits(plot);
        // While a polyline is drawn its own corners and lines lie under the clicks: they add corners, never grab.
        Hits.Handle hit = polyline.drawing() ? null : hits.handleAt(pressX, pressY);
        int body = hit == null && !polyline.drawing() ? hits.bodyAt(pressX, pressY) : -1;
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit != null || body >= 0) removeMemory(hit != null ? hit.memory() : body);
            return null;
        }
        if (!primary) return null;
        if (hit != null) return new Drag(editing, plot, hit.memory(), hit.handle(), pressX, pressY);
        if (body >= 0) return new Drag(editing, plot, body, -1, pressX, pressY);
        boolean inside = hits.inside(pressX, pressY);
        if (inside && e.isShiftDown()) return new Brush(editing, plot, pressX, pressY);
        if (tool == Tool.POLYLINE) return polyline;
        if (!inside) return null;
        if (tool == Tool.POINT) return new BoxSelect(editing, pressX, pressY);   // a click adds a point; a drag selects a box
        if (!ExtendedMemories.allowed(document.scene())) {
            editing.say.accept(ExtendedMemories.REFUSAL);
            return null;
        }
        return new Create(editing, tool, pressX, pressY);
    }

    private Gesture.Pointer pointer(double x, double y, int clicks) {
        return new Gesture.Pointer(x, y, moved, clicks);
    }

    private void dragged(MouseEvent e) {
        PlotFrame plot = canvas.plot();
        if (plot == null || pressed == null) return;
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) moved = true;
        if (gesture != null) gesture.drag(plot, pointer(e.getX(), e.getY(), e.getClickCount()));
    }

    private void released(MouseEvent e) {
        if (pressed == null || e.getButton() != pressed) return;
        pressed = null;
        Gesture ending = gesture;
        gesture = null;
        PlotFrame plot = canvas.plot();
        Gesture.Pointer at = pointer(e.getX(), e.getY(), e.getClickCount());
        if (ending != null && ending.release(plot, at)) return;
        if (!moved && plot != null && e.getButton() == MouseButton.PRIMARY) click(plot, at);
    }

    /** A click no gesture took: a particle under it is selected, or else a point memory is added. */
    private void click(PlotFrame plot, Gesture.Pointer at) {
        Hits hits = editing.hits(plot);
        Frame frame = canvas.frame();
        int particle = frame == null ? -1 : hits.particleAt(frame.particleXY(), frame.particleCount(), at.x(), at.y());
        if (particle >= 0) {
            view.select(-1, particle);
            return;
        }
        if (hits.inside(at.x(), at.y())) {
            MemorySpec.Point added = new MemorySpec.Point(editing.sceneX(plot, at.x()), editing.sceneY(plot, at.y()));
            document.edit(s -> {
                List<MemorySpec> memories = new ArrayList<>(s.memories());
                memories.add(added);
                return s.withMemories(memories);
            });
            editing.selectNewest();
        }
    }

    private void scrolled(ScrollEvent e) {
        PlotFrame plot = canvas.plot();
        if (plot == null || e.getDeltaY() == 0) return;
        view.setDomain(Pan.zoomed(view.domain(), document.scene().domain(), plot.x(e.getX()), plot.y(e.getY()), e.getDeltaY()));
        editing.viewMoved();
        e.consume();
    }

    /** Removes the selected memories in one edit, keeping at least one (a scene needs one). */
    public void removeSelected() {
        Set<Integer> chosen = view.selectedMemories();
        if (chosen.isEmpty() || chosen.size() >= document.scene().memories().size()) return;
        document.edit(s -> {
            List<MemorySpec> kept = new ArrayList<>();
            for (int m = 0; m < s.memories().size(); m++) if (!chosen.contains(m)) kept.add(s.memories().get(m));
            return s.withMemories(kept);
        });
        view.select(-1, view.selectedParticle());
    }

    /** Removes a memory, unless it is the last (a scene needs one). */
    void removeMemory(int index) {
        if (document.scene().memories().size() <= 1) return;
        document.edit(s -> {
            List<MemorySpec> memories = new ArrayList<>(s.memories());
            memories.remove(index);
            return s.withMemories(memories);
        });
        view.select(-1, view.selectedParticle());
    }

    /** The cursor says what a press would grab: MOVE where it moves a memory whole, HAND on a handle that reshapes one. */
    private void hovered(MouseEvent e) {
        PlotFrame plot = canvas.plot();
        Cursor cursor = Cursor.DEFAULT;
        if (plot != null && !polyline.drawing()) {
            cursor = switch (editing.hits(plot).grabAt(e.getX(), e.getY())) {
                case WHOLE -> Cursor.MOVE;
                case HANDLE -> Cursor.HAND;
                case NOTHING -> Cursor.DEFAULT;
            };
        }
        if (canvas.getCursor() != cursor) canvas.setCursor(cursor);
    }
}
