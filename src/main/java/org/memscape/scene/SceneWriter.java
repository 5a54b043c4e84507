package org.memscape.scene;

import org.memscape.files.AtomicFile;
import org.memscape.scene.json.Names;
import org.memscape.scene.json.Numbers;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.memscape.scene.ModelSpec.ScheduleSpec;

/**
 * Writes scene files, format 1. Every field is written, defaults included, so a file says
 * exactly what the program ran and {@code SceneReader.parse(toJson(s))} equals {@code s}.
 */
public final class SceneWriter {

    /** Longer lists of points get one point per line, so diffs and hand edits stay readable. */
    private static final int INLINE_POINTS = 4;

    private SceneWriter() {}

    /**
     * Pretty JSON, 2-space indent, {@code "memscape": 1} first; numbers read back to the identical double.
     *
     * @throws IllegalArgumentException if the scene holds a NaN or infinite number, which JSON cannot write
     */
    public static String toJson(Scene s) {
        StringBuilder out = new StringBuilder(256);
        out.append("{\n");
        out.append("  \"memscape\": ").append(Scene.FORMAT_VERSION).append(",\n");
        out.append("  \"title\": ").append(string(s.title())).append(",\n");
        out.append("  \"description\": ").append(string(s.description())).append(",\n");
        Domain d = s.domain();
        out.append("  \"domain\": [").append(num(d.xmin())).append(", ").append(num(d.xmax())).append(", ")
                .append(num(d.ymin())).append(", ").append(num(d.ymax())).append("],\n");
        out.append("  \"memories\": [\n");
        for (int i = 0; i < s.memories().size(); i++) {
            out.append("    ").append(memory(s.memories().get(i), "    "))
                    .append(i + 1 < s.memories().size() ? ",\n" : "\n");
        }
        out.append("  ],\n");
        out.append("  \"model\": ").append(model(s.model())).append(",\n");
        out.append("  \"dynamics\": ").append(dynamics(s.dynamics())).append(",\n");
        out.append("  \"particles\": ").append(particles(s.particles())).append("\n");
        return out.append("}\n").toString();
    }

    /**
     * Writes to a temporary file next to {@code file} and moves it into place, so a crash or a
     * full disk never leaves a half-written scene where a good one was.
     */
    public static void write(Scene scene, Path file) throws IOException {
        byte[] bytes = toJson(scene).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    private static String memory(MemorySpec m, String indent) {
        if (m instanceof MemorySpec.Point p) {
            return "{\"point\": " + point(p) + "}";
        } else if (m instanceof MemorySpec.Segment seg) {
            return "{\"segment\": [" + point(seg.start()) + ", " + point(seg.end()) + "]}";
        } else if (m instanceof MemorySpec.Polyline line) {
            return "{\"polyline\": " + points(line.points(), indent) + "}";
        }
        MemorySpec.Circle c = (MemorySpec.Circle) m;
        return "{\"circle\": {\"center\": " + point(c.center()) + ", \"radius\": " + num(c.radius()) + "}}";
    }

    private static String model(ModelSpec model) {
        Obj o = new Obj("  ").put("type", string(ModelDecoder.typeName(model)));
        if (model instanceof ModelSpec.Hopfield h) {
            o.put("features", name(h.features())).put("memory", name(h.memory()))
                    .put("beta", num(h.beta())).put("power", num(h.power()));
        } else if (model instanceof ModelSpec.HopfieldDistance h) {
            o.put("beta", num(h.beta()));
        } else if (model instanceof ModelSpec.DiffusionVp vp) {
            o.put("schedule", schedule(vp.schedule()));
        } else {
            ModelSpec.DiffusionVe ve = (ModelSpec.DiffusionVe) model;
            o.put("sigmaMin", num(ve.sigmaMin())).put("sigmaMax", num(ve.sigmaMax()));
        }
        return o.toString();
    }

    private static String schedule(ScheduleSpec s) {
        if (s instanceof ScheduleSpec.Linear l) {
            return "{\"type\": \"linear\", \"betaMin\": " + num(l.betaMin()) + ", \"betaMax\": " + num(l.betaMax()) + "}";
        } else if (s instanceof ScheduleSpec.Constant c) {
            return "{\"type\": \"constant\", \"gamma\": " + num(c.gamma()) + ", \"theta\": " + num(c.theta()) + "}";
        }
        return "{\"type\": \"cosine\"}";
    }

    private static String dynamics(DynamicsSpec d) {
        return new Obj("  ").put("sampler", name(d.sampler())).put("step", num(d.step()))
                .put("steps", Integer.toString(d.steps())).put("temperature", num(d.temperature()))
                .put("integrator", name(d.integrator())).put("tauMax", num(d.tauMax()))
                .put("tauMin", num(d.tauMin())).toString();
    }

    private static String particles(ParticleSpec p) {
        String init;
        if (p.init() instanceof ParticleSpec.Init.Points pts) {
            init = "{\"points\": " + points(pts.points(), "    ") + "}";
        } else if (p.init() instanceof ParticleSpec.Init.Gaussian) {
            init = string("gaussian");
        } else if (p.init() instanceof ParticleSpec.Init.Prior) {
            init = string("prior");
        } else {
            init = string("uniform");
        }
        return new Obj("  ").put("count", Integer.toString(p.count())).put("seed", Long.toString(p.seed()))
                .put("init", init).toString();
    }

    private static String points(List<MemorySpec.Point> points, String indent) {
        StringBuilder sb = new StringBuilder("[");
        boolean inline = points.size() <= INLINE_POINTS;
        for (int i = 0; i < points.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(inline ? (i == 0 ? "" : " ") : "\n" + indent + "  ")
                    .append(point(points.get(i)));
        }
        return sb.append(inline || points.isEmpty() ? "]" : "\n" + indent + "]").toString();
    }

    private static String point(MemorySpec.Point p) {
        return "[" + num(p.x()) + ", " + num(p.y()) + "]";
    }

    private static String num(double d) {
        return Numbers.json(d);
    }

    private static String name(Enum<?> constant) {
        return string(Names.of(constant));
    }

    private static String string(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** An object with one member per line, indented under a member of the top-level object. */
    private static final class Obj {
        private final String indent;
        private final StringBuilder sb = new StringBuilder("{");

        Obj(String indent) {
            this.indent = indent;
        }

        Obj put(String key, String jsonValue) {
            sb.append(sb.length() > 1 ? "," : "").append('\n').append(indent).append("  ")
                    .append(string(key)).append(": ").append(jsonValue);
            return this;
        }

        @Override
        public String toString() {
            return sb + "\n" + indent + "}";
        }
    }
}
