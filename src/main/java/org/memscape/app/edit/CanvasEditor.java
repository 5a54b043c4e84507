package org.memscape.app.edit;

import org.memscape.app.landscape.MemoryBodies;

import org.memscape.app.landscape.MemoryHandles;

import org.memscape.app.document.Document;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.ExtendedMemories;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.memscape.compute.Frame;
import org.memscape.scene.Domain;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.Scene;

/**
 * The mouse on the landscape: click empty ground to add a point memory (or, with the segment or
 * circle tool, drag out a segment or a circle), drag a handle to move it, or the line or ring of
 * an extended memory to move it whole (the field follows during the drag; one undo takes the
 * whole gesture back), right-click a memory to remove it,
 * click a particle to follow which memory pulls it, Shift+drag to brush in particles; the wheel
 * zooms around the cursor, the middle button or Ctrl+drag pans.
 */
public final class CanvasEditor {

    /** What a drag on empty ground makes. */
    public enum Tool { POINT, SEGMENT, POLYLINE, CIRCLE }

    static final double GRAB_PIXELS = 14;
    /** A press this close to a line or ring grabs the whole memory (the lines are drawn 9 px wide). */
    static final double BODY_PIXELS = 7;
    private static final double CLICK_SLOP = 4;
    /** Brushed particles are at least this far apart along a stroke. */
    private static final double BRUSH_SPACING_PIXELS = 7;
    private static final double TANH_LIMIT = 0.999;
    /** A click this close to a particle's centre picks it (its disc is about this big). */
    private static final double PICK_PIXELS = 5;

    private final LandscapeCanvas canvas;
    private final Document document;
    private final Runnable onDragMove;
    private final java.util.function.Consumer<String> say;
    private Tool tool = Tool.POINT;
    private final List<MemorySpec.Point> polyline = new ArrayList<>();
    private Scene beforePolyline;
    private boolean creating;
    private boolean brushing;
    private boolean selectingBox;
    private double lastBrushX, lastBrushY;

    private int dragMemory = -1;
    private java.util.Set<Integer> dragGroup = java.util.Set.of();
    /** The handle being dragged, or −1 when the memory was grabbed by its line or ring. */
    private int dragHandle = -1;
    /** Where a memory was grabbed, in scene coordinates. */
    private double grabX, grabY;
    private Scene beforeDrag;
    private double pressX, pressY;
    private boolean moved;
    private boolean panning;
    private Domain panStart;

    public CanvasEditor(LandscapeCanvas canvas, Document document, Runnable onDragMove, java.util.function.Consumer<String> say) {
        this.canvas = canvas;
        this.document = document;
        this.onDragMove = onDragMove;
        this.say = say;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private void pressed(MouseEvent e) {
        PlotFrame plot = canvas.plot();
        if (plot == null) return;
        pressX = e.getX();
        pressY = e.getY();
        moved = false;
        panning = e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && e.isControlDown());
        panStart = canvas.view();
        if (panning) return;
        // While a polyline is drawn its own corners and lines lie under the clicks: they add corners, never grab.
        int[] hit = polyline.isEmpty() ? handleAt(plot, e.getX(), e.getY()) : null;
        int body = hit == null && polyline.isEmpty() ? bodyAt(plot, e.getX(), e.getY()) : -1;
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit != null || body >= 0) removeMemory(hit != null ? hit[0] : body);
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && (hit != null || body >= 0)) {
            dragMemory = hit != null ? hit[0] : body;
            dragHandle = hit != null ? hit[1] : -1;
            grabX = sceneX(plot, e.getX());
            grabY = sceneY(plot, e.getY());
            beforeDrag = document.scene();
            if (canvas.selectedMemories().contains(dragMemory)) {
                dragGroup = canvas.selectedMemories();
            } else {
                dragGroup = java.util.Set.of(dragMemory);
                canvas.select(dragMemory, canvas.selectedParticle());
            }
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && inside(plot, e.getX(), e.getY())) {
            if (e.isShiftDown()) {
                brushing = true;
                beforeDrag = document.scene();
                lastBrushX = Double.NaN;
                brush(plot, e.getX(), e.getY());
            } else if (tool == Tool.POINT) {
                selectingBox = true;   // a click adds a point; a drag selects the memories in a box
            } else if (tool == Tool.SEGMENT || tool == Tool.CIRCLE) {
                if (!ExtendedMemories.allowed(document.scene())) {
                    say.accept(ExtendedMemories.REFUSAL);
                    return;
                }
                creating = true;
                beforeDrag = document.scene();
            }
        }
    }

    public void setTool(Tool newTool) {
        finishPolyline();
        tool = newTool;
    }

    /** A click of the polyline tool: one more vertex; a double click also ends the line. */
    private void polylineClick(MemorySpec.Point vertex, boolean last) {
        if (polyline.isEmpty()) {
            if (!ExtendedMemories.allowed(document.scene())) {
                say.accept(ExtendedMemories.REFUSAL);
                return;
            }
            beforePolyline = document.scene();
        }
        if (polyline.isEmpty() || !polyline.get(polyline.size() - 1).equals(vertex)) polyline.add(vertex);
        if (polyline.size() >= 2) {
            List<MemorySpec> memories = new ArrayList<>(beforePolyline.memories());
            memories.add(new MemorySpec.Polyline(polyline));
            document.preview(beforePolyline.withMemories(memories));
            onDragMove.run();
        }
        if (last) finishPolyline();
    }

    /** Ends the polyline being drawn (Enter, a double click, another tool): one undo step. */
    public void finishPolyline() {
        if (polyline.isEmpty()) return;
        if (polyline.size() >= 2) {
            document.commit(beforePolyline);
            canvas.select(document.scene().memories().size() - 1, -1);
        }
        polyline.clear();
        beforePolyline = null;
    }

    /** Drops the polyline being drawn (Esc). */
    public void cancelPolyline() {
        if (polyline.isEmpty()) return;
        document.preview(beforePolyline);
        polyline.clear();
        beforePolyline = null;
    }

    /** True while a drag, a drawing or a brush stroke is under way: undo and delete wait for its end. */
    public boolean gestureActive() {
        return dragMemory >= 0 || creating || brushing || !polyline.isEmpty();
    }

    /** Canvas x, clamped to where the scene allows memories and particles. */
    private double sceneX(PlotFrame plot, double px) { return clamp(plot.x(px)); }

    private double sceneY(PlotFrame plot, double py) { return clamp(plot.y(py)); }

    /** Within ±1e6, and strictly inside (−1, 1) for tanh features, whose canvas shows activations. */
    private double clamp(double v) {
        double limit = limit();
        return Math.max(-limit, Math.min(limit, v));
    }

    private double limit() {
        return document.scene().model() instanceof org.memscape.scene.ModelSpec.Hopfield h
                && h.features() == org.memscape.scene.ModelSpec.Features.TANH ? TANH_LIMIT : org.memscape.scene.SceneLimits.MAX_COORDINATE;
    }

    /** Adds a particle under the brush, at least a few pixels from the last one of the stroke. */
    private void brush(PlotFrame plot, double px, double py) {
        if (!Double.isNaN(lastBrushX) && Math.hypot(px - lastBrushX, py - lastBrushY) < BRUSH_SPACING_PIXELS) return;
        lastBrushX = px;
        lastBrushY = py;
        document.preview(BrushedParticles.add(document.scene(), sceneX(plot, px), sceneY(plot, py)));
        onDragMove.run();
    }

    /** The memory being dragged out from the press point to (x, y), or null while it has no size. */
    private MemorySpec creation(PlotFrame plot, double px, double py) {
        MemorySpec.Point start = new MemorySpec.Point(sceneX(plot, pressX), sceneY(plot, pressY));
        MemorySpec.Point end = new MemorySpec.Point(sceneX(plot, px), sceneY(plot, py));
        if (start.equals(end)) return null;
        if (tool == Tool.SEGMENT) return new MemorySpec.Segment(start, end);
        return new MemorySpec.Circle(start, Math.hypot(end.x() - start.x(), end.y() - start.y()));
    }

    private void dragged(MouseEvent e) {
        PlotFrame plot = canvas.plot();
        if (plot == null) return;
        if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) moved = true;
        if (panning) {
            double dx = (e.getX() - pressX) / plot.scale();
            double dy = (e.getY() - pressY) / plot.scale();
            canvas.setView(new Domain(panStart.xmin() - dx, panStart.xmax() - dx, panStart.ymin() + dy, panStart.ymax() + dy));
            onDragMove.run();   // coarse frames first while the view moves
            return;
        }
        if (brushing) {
            brush(plot, e.getX(), e.getY());
            return;
        }
        if (selectingBox) {
            if (moved) canvas.showBand(new double[] {pressX, pressY, e.getX(), e.getY()});
            return;
        }
        if (creating) {
            MemorySpec made = moved ? creation(plot, e.getX(), e.getY()) : null;
            if (made != null) {
                List<MemorySpec> memories = new ArrayList<>(beforeDrag.memories());
                memories.add(made);
                document.preview(beforeDrag.withMemories(memories));
                onDragMove.run();
            }
            return;
        }
        if (dragMemory < 0 || !moved) return;
        double x = sceneX(plot, e.getX()), y = sceneY(plot, e.getY());
        List<MemorySpec> memories = new ArrayList<>(beforeDrag.memories());
        if (dragHandle < 0 || dragGroup.size() > 1) {
            // grabbed by its line, or several selected: all move whole, by the hand's (or the grabbed handle's) displacement
            MemorySpec.Point grabbed = dragHandle < 0 ? new MemorySpec.Point(grabX, grabY)
                    : MemoryHandles.of(memories.get(dragMemory)).get(dragHandle);
            double[] shift = MemoryBodies.limitedShift(memories, dragGroup, x - grabbed.x(), y - grabbed.y(), limit());
            for (int m : dragGroup) memories.set(m, MemoryHandles.shifted(memories.get(m), shift[0], shift[1]));
        } else {
            memories.set(dragMemory, MemoryHandles.moved(memories.get(dragMemory), dragHandle, x, y));
        }
        document.preview(beforeDrag.withMemories(memories));
        onDragMove.run();
    }

    private void released(MouseEvent e) {
        PlotFrame plot = canvas.plot();
        if (selectingBox) {
            selectingBox = false;
            canvas.showBand(null);
            if (moved && plot != null) {
                selectInBox(plot, pressX, pressY, e.getX(), e.getY());
                return;
            }
        }
        if (brushing || creating) {
            document.commit(beforeDrag);
            if (creating && moved) canvas.select(document.scene().memories().size() - 1, -1);
            brushing = false;
            creating = false;
            beforeDrag = null;
            return;
        }
        if (dragMemory >= 0) {
            if (moved) document.commit(beforeDrag);
            dragMemory = -1;
            beforeDrag = null;
            return;
        }
        if (panning || moved || plot == null || e.getButton() != MouseButton.PRIMARY) {
            panning = false;
            return;
        }
        if (tool == Tool.POLYLINE && inside(plot, e.getX(), e.getY())) {
            polylineClick(new MemorySpec.Point(sceneX(plot, e.getX()), sceneY(plot, e.getY())), e.getClickCount() >= 2);
            return;
        }
        int particle = particleAt(plot, e.getX(), e.getY());
        if (particle >= 0) {
            canvas.select(-1, particle);
            return;
        }
        if (inside(plot, e.getX(), e.getY())) {
            MemorySpec.Point added = new MemorySpec.Point(sceneX(plot, e.getX()), sceneY(plot, e.getY()));
            document.edit(s -> {
                List<MemorySpec> memories = new ArrayList<>(s.memories());
                memories.add(added);
                return s.withMemories(memories);
            });
            canvas.select(document.scene().memories().size() - 1, -1);
        }
    }

    private void scrolled(ScrollEvent e) {
        PlotFrame plot = canvas.plot();
        if (plot == null || e.getDeltaY() == 0) return;
        Domain v = canvas.view();
        Domain whole = document.scene().domain();
        // between 10⁴ times closer and 10³ times farther than the scene's own domain
        double factor = Math.max(1e-4 * whole.width() / v.width(), Math.min(1e3 * whole.width() / v.width(),
                Math.pow(0.9, e.getDeltaY() / 40)));
        double cx = plot.x(e.getX()), cy = plot.y(e.getY());
        canvas.setView(new Domain(cx + (v.xmin() - cx) * factor, cx + (v.xmax() - cx) * factor,
                cy + (v.ymin() - cy) * factor, cy + (v.ymax() - cy) * factor));
        onDragMove.run();
        e.consume();
    }

    /** Selects the memories whose handles all lie in the box between two canvas points. */
    private void selectInBox(PlotFrame plot, double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1), right = Math.max(x0, x1), top = Math.min(y0, y1), bottom = Math.max(y0, y1);
        java.util.Set<Integer> chosen = new java.util.TreeSet<>();
        List<MemorySpec> memories = document.scene().memories();
        for (int m = 0; m < memories.size(); m++) {
            boolean inside = true;
            for (MemorySpec.Point h : MemoryHandles.of(memories.get(m))) {
                double px = plot.px(h.x()), py = plot.py(h.y());
                inside &= px >= left && px <= right && py >= top && py <= bottom;
            }
            if (inside) chosen.add(m);
        }
        canvas.selectMemories(chosen);
    }

    /** Removes the selected memories in one edit, keeping at least one (a scene needs one). */
    public void removeSelected() {
        java.util.Set<Integer> chosen = canvas.selectedMemories();
        if (chosen.isEmpty() || chosen.size() >= document.scene().memories().size()) return;
        document.edit(s -> {
            List<MemorySpec> kept = new ArrayList<>();
            for (int m = 0; m < s.memories().size(); m++) if (!chosen.contains(m)) kept.add(s.memories().get(m));
            return s.withMemories(kept);
        });
        canvas.select(-1, canvas.selectedParticle());
    }

    /** Removes a memory, unless it is the last (a scene needs one). */
    void removeMemory(int index) {
        if (document.scene().memories().size() <= 1) return;
        document.edit(s -> {
            List<MemorySpec> memories = new ArrayList<>(s.memories());
            memories.remove(index);
            return s.withMemories(memories);
        });
        canvas.select(-1, canvas.selectedParticle());
    }

    /** {memory, handle} under the cursor, the nearest within reach, or null. */
    private int[] handleAt(PlotFrame plot, double px, double py) {
        List<MemorySpec> memories = document.scene().memories();
        int[] best = null;
        double bestDistance = GRAB_PIXELS * canvas.look().markScale();   // larger marks when presenting
        for (int m = 0; m < memories.size(); m++) {
            List<MemorySpec.Point> handles = MemoryHandles.of(memories.get(m));
            for (int h = 0; h < handles.size(); h++) {
                double d = Math.hypot(plot.px(handles.get(h).x()) - px, plot.py(handles.get(h).y()) - py);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new int[] {m, h};
                }
            }
        }
        return best;
    }

    /** The extended memory whose line or ring passes nearest (within reach) of the cursor, or −1. */
    private int bodyAt(PlotFrame plot, double px, double py) {
        List<MemorySpec> memories = document.scene().memories();
        int best = -1;
        double bestDistance = BODY_PIXELS * canvas.look().markScale();
        for (int m = 0; m < memories.size(); m++) {
            double d = MemoryBodies.distance(plot, memories.get(m), px, py);
            if (d <= bestDistance) {   // on a tie the later one, drawn on top, wins
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }

    /** The cursor says what a press would grab: MOVE where it moves a memory whole, HAND on a handle that reshapes one. */
    private void hovered(MouseEvent e) {
        PlotFrame plot = canvas.plot();
        Cursor cursor = Cursor.DEFAULT;
        if (plot != null && polyline.isEmpty()) {
            int[] hit = handleAt(plot, e.getX(), e.getY());
            if (hit != null) {
                MemorySpec m = document.scene().memories().get(hit[0]);
                boolean whole = m instanceof MemorySpec.Point || (m instanceof MemorySpec.Circle && hit[1] == 0);
                cursor = whole ? Cursor.MOVE : Cursor.HAND;
            } else if (bodyAt(plot, e.getX(), e.getY()) >= 0) {
                cursor = Cursor.MOVE;
            }
        }
        if (canvas.getCursor() != cursor) canvas.setCursor(cursor);
    }

    private int particleAt(PlotFrame plot, double px, double py) {
        Frame frame = canvas.frame();
        if (frame == null) return -1;
        float[] xy = frame.particleXY();
        int best = -1;
        double bestDistance = PICK_PIXELS;
        for (int p = 0; p < frame.particleCount(); p++) {
            double d = Math.hypot(plot.px(xy[2 * p]) - px, plot.py(xy[2 * p + 1]) - py);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private static boolean inside(PlotFrame plot, double px, double py) {
        return px >= plot.left() && px <= plot.right() && py >= plot.top() && py <= plot.bottom();
    }
}
