package org.memscape.structure;

import java.util.List;
import java.util.OptionalInt;
import org.memscape.scene.Domain;

/**
 * Every critical point found in a view, and the check that holds the count:
 * {@code boundaryWinding} is the number of turns ∇E makes along the view's edge (empty where ∇E
 * vanishes on the edge), which by Poincaré–Hopf equals #minima − #saddles + #maxima inside; it is
 * 1 when {@code confinedInView}: E rises at infinity and every critical point lies in the view.
 * {@code degenerate} counts the roots left out because a curvature vanished to rounding (a
 * valley flat along an extended memory at low noise, or a point exactly at a bifurcation).
 */
public record FixedPoints(Domain view, List<CriticalPoint> points, int degenerate, OptionalInt boundaryWinding, boolean confinedInView) {

    public FixedPoints {
        points = List.copyOf(points);
    }

    public long count(CriticalPoint.Kind kind) {
        return points.stream().filter(p -> p.kind() == kind).count();
    }

    public List<CriticalPoint> minima() {
        return points.stream().filter(p -> p.kind() == CriticalPoint.Kind.MINIMUM).toList();
    }

    public long spuriousCount() {
        return points.stream().filter(CriticalPoint::spurious).count();
    }

    /** #minima − #saddles + #maxima. */
    public int indexSum() {
        return points.stream().mapToInt(p -> p.kind().index()).sum();
    }

    /** True when the index sum equals the winding of ∇E around the view's edge (false when that is unknown). */
    public boolean consistent() {
        return boundaryWinding.isPresent() && boundaryWinding.getAsInt() == indexSum();
    }
}
