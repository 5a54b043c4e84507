package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Json;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code "memories"}: points, segments, polylines and circles in canvas coordinates. */
final class MemoryDecoder {

    static final List<String> KINDS = List.of("point", "segment", "polyline", "circle");
    private static final String KIND_EXAMPLE = "one of point, segment, polyline, circle, as in {\"point\": [x, y]}";

    private MemoryDecoder() {}

    static List<MemorySpec> decode(Node node, ModelSpec model) throws SceneException {
        List<Node> items = node.array("an array of memories such as [{\"point\": [1, 1]}]");
        if (items.isEmpty()) {
            throw node.fail("no memories", "at least one memory such as {\"point\": [1, 1]}");
        }
        if (items.size() > SceneLimits.MAX_MEMORIES) {
            throw node.fail(Numbers.count(items.size()) + " memories",
                    "at most " + Numbers.count(SceneLimits.MAX_MEMORIES) + " memories");
        }
        List<MemorySpec> memories = new ArrayList<>(items.size());
        for (Node item : items) {
            memories.add(memory(item, model));
        }
        return memories;
    }

    private static MemorySpec memory(Node node, ModelSpec model) throws SceneException {
        Fields f = node.object("a memory object, " + KIND_EXAMPLE);
        String kind = kind(f, node);
        Node body = f.get(kind);
        MemorySpec m = switch (kind) {
            case "point" -> body.point();
            case "segment" -> segment(body);
            case "polyline" -> polyline(body);
            default -> circle(body);
        };
        ModelRules.checkMemoryKind(model, node, m);
        if (m instanceof MemorySpec.Point p) {
            ModelRules.checkInsideTanhBox(model, body, p);
        }
        f.warnUnknown();
        return m;
    }

    private static String kind(Fields f, Node node) throws SceneException {
        List<String> present = KINDS.stream().filter(f::has).toList();
        if (present.size() > 1) {
            throw node.fail("both \"" + present.get(0) + "\" and \"" + present.get(1) + "\" in one memory",
                    "exactly one memory kind per object");
        }
        if (present.isEmpty()) {
            Json.Obj obj = (Json.Obj) node.json;
            String problem = obj.members().isEmpty() ? "empty memory"
                    : "unknown memory kind " + Numbers.quote(obj.members().keySet().iterator().next());
            throw node.fail(problem, KIND_EXAMPLE);
        }
        return present.get(0);
    }

    private static MemorySpec.Segment segment(Node node) throws SceneException {
        List<Node> ends = node.array("a segment [[x0, y0], [x1, y1]]");
        if (ends.size() != 2) {
            throw node.fail(ends.size() + (ends.size() == 1 ? " point" : " points"), "a segment [[x0, y0], [x1, y1]]");
        }
        MemorySpec.Point a = ends.get(0).point();
        MemorySpec.Point b = ends.get(1).point();
        if (samePlace(a, b)) {
            throw node.fail("zero-length segment (both ends at " + Numbers.point(a) + ")", "two distinct points");
        }
        return new MemorySpec.Segment(a, b);
    }

    private static MemorySpec.Polyline polyline(Node node) throws SceneException {
        List<Node> items = node.array("a polyline [[x, y], [x, y], …]");
        if (items.size() < 2) {
            throw node.fail(items.size() + (items.size() == 1 ? " point" : " points"), "at least 2 points");
        }
        if (items.size() > SceneLimits.MAX_POLYLINE_POINTS) {
            throw node.fail(Numbers.count(items.size()) + " points",
                    "at most " + Numbers.count(SceneLimits.MAX_POLYLINE_POINTS) + " points per polyline");
        }
        List<MemorySpec.Point> points = new ArrayList<>(items.size());
        for (Node item : items) {
            MemorySpec.Point p = item.point();
            if (!points.isEmpty() && samePlace(points.get(points.size() - 1), p)) {
                throw item.fail("zero-length piece (same point " + Numbers.point(p) + " as the one before)",
                        "consecutive points to differ");
            }
            points.add(p);
        }
        return new MemorySpec.Polyline(points);
    }

    private static MemorySpec.Circle circle(Node node) throws SceneException {
        Fields f = node.object("a circle {\"center\": [x, y], \"radius\": r}");
        MemorySpec.Point center = f.require("center", "a center [x, y]").point();
        double radius = f.require("radius", "a radius > 0")
                .number(0, false, SceneLimits.MAX_COORDINATE, true, "a radius > 0 and at most 1e6");
        f.warnUnknown();
        return new MemorySpec.Circle(center, radius);
    }

    /** Compares by value, so that 0 and -0 (different to Point.equals) count as the same place. */
    private static boolean samePlace(MemorySpec.Point a, MemorySpec.Point b) {
        return a.x() == b.x() && a.y() == b.y();
    }
}
