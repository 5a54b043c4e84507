package org.memscape.scene;

import org.memscape.scene.json.Fields;
import org.memscape.scene.json.Json;
import org.memscape.scene.json.JsonTreeParser;
import org.memscape.scene.json.Node;
import org.memscape.scene.json.Numbers;
import org.memscape.scene.json.ReadContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads lesson files, format 1: JSON (comments and trailing commas allowed, as in scenes),
 * <pre>
 * {"memscape-lesson": 1, "title": "…",
 *  "slides": [{"preset": "classical-hopfield-fails", "caption": "…"},
 *             {"scene": "my-scenes/ring.json", "caption": "…"}]}
 * </pre>
 * A slide names either a preset that ships with Memscape or a scene file, its path relative
 * to the lesson file, and may list the structure views it shows: {@code "show": ["fixed-points",
 * "basins"]} (one of each of {@link Lesson#VIEWS}; the others are turned off). Every slide's scene is read here, so a lesson that opens shows every
 * slide. Problems are {@link SceneException}s with one line, {@code FILE:LINE:COL: FIELD: what
 * is wrong; expected WHAT}, as for scenes; unknown fields come back as warnings.
 */
public final class LessonReader {

    /** Far more than a lecture needs; a limit keeps a runaway file from reading thousands of scenes. */
    public static final int MAX_SLIDES = 500;

    private static final String KEY = "memscape-lesson";
    private static final String SLIDE = "a slide such as {\"preset\": \"survey-figure-1\", \"caption\": \"…\"}"
            + " or {\"scene\": \"my-scene.json\", \"caption\": \"…\"}";

    /** A lesson with the warnings (unknown fields) found while reading it, in document order. */
    public record Result(Lesson lesson, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private LessonReader() {}

    /** Reads a lesson file; its scene files are looked for next to it. */
    public static Result read(Path file, PresetLibrary presets) throws SceneException {
        String name = file.toString();
        Path folder = file.toAbsolutePath().getParent();
        return parse(SceneReader.readText(file, name), name, folder, presets);
    }

    /**
     * @param sourceName how messages name the text, usually the file name
     * @param folder     where scene paths are relative to, or null when the lesson may name presets only
     */
    public static Result parse(String json, String sourceName, Path folder, PresetLibrary presets) throws SceneException {
        ReadContext ctx = new ReadContext(sourceName);
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        Node root = new Node(JsonTreeParser.parse(text, ctx), ctx);
        if (!(root.json instanceof Json.Obj)) {
            throw root.fail("the file holds " + Json.describe(root.json) + ", not an object",
                    "a Memscape lesson object {\"" + KEY + "\": 1, …}");
        }
        Fields top = root.object("an object");
        checkVersion(top, ctx);
        String title = top.string("title", "Untitled lesson");
        Node slidesNode = top.require("slides", "an array of slides, each " + SLIDE);
        List<Node> items = slidesNode.array("an array of slides, each " + SLIDE);
        if (items.isEmpty()) {
            throw slidesNode.fail("no slides", "at least one slide, " + SLIDE);
        }
        if (items.size() > MAX_SLIDES) {
            throw slidesNode.fail(Numbers.count(items.size()) + " slides", "at most " + MAX_SLIDES);
        }
        List<Lesson.Slide> slides = new ArrayList<>(items.size());
        for (Node item : items) slides.add(slide(item, folder, presets));
        top.warnUnknown();
        return new Result(new Lesson(title, slides), ctx.warnings());
    }

    private static void checkVersion(Fields top, ReadContext ctx) throws SceneException {
        Node v = top.get(KEY);
        if (v == null) {
            String what = top.has("memscape") ? "a scene, not a lesson (open it with File, Open)"
                    : "not a Memscape lesson file";
            throw ctx.error(top.self().json.pos(), "", what + ": missing \"" + KEY + "\": 1", null);
        }
        double version = v.number();
        if (version > Lesson.FORMAT_VERSION) {
            throw v.fail("written by a newer Memscape (lesson format " + Numbers.show(version)
                    + "); this program reads format " + Lesson.FORMAT_VERSION, null);
        }
        if (version != Lesson.FORMAT_VERSION) {
            throw v.fail("unknown lesson format " + Numbers.show(version), "\"" + KEY + "\": " + Lesson.FORMAT_VERSION);
        }
    }

    private static Lesson.Slide slide(Node item, Path folder, PresetLibrary presets) throws SceneException {
        Fields f = item.object(SLIDE);
        boolean preset = f.has("preset"), scene = f.has("scene");
        if (preset == scene) {
            throw item.fail(preset ? "both \"preset\" and \"scene\"" : "no \"preset\" or \"scene\"",
                    "one of them: " + SLIDE);
        }
        Node source = preset ? f.get("preset") : f.get("scene");
        String name = source.string();
        Scene loaded = preset ? preset(source, name, presets) : sceneFile(source, name, folder);
        String caption = f.require("caption", "the words to show under the title, \"\" for none").string();
        List<String> show = null;
        if (f.has("show")) {
            String expected = "an array of views to show, each one of " + String.join(", ", Lesson.VIEWS);
            show = new ArrayList<>();
            for (Node view : f.get("show").array(expected)) show.add(view.choice("view", Lesson.VIEWS));
        }
        f.warnUnknown();
        return new Lesson.Slide(loaded, caption, name, show);
    }

    private static Scene preset(Node source, String given, PresetLibrary presets) throws SceneException {
        String name = given.endsWith(".json") ? given.substring(0, given.length() - 5) : given;
        if (!presets.names().contains(name)) {
            throw source.fail("unknown preset " + Numbers.quote(given), "one of " + String.join(", ", presets.names()));
        }
        return presets.load(name);
    }

    private static Scene sceneFile(Node source, String path, Path folder) throws SceneException {
        if (folder == null) {
            throw source.fail("a scene file in a lesson that is not a file", "a preset: {\"preset\": \"…\"}");
        }
        if (path.isBlank()) {
            throw source.fail("an empty path", "a scene file's path relative to the lesson file");
        }
        Path file;
        try {
            file = folder.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw source.fail("not a valid path " + Numbers.quote(path), "a scene file's path relative to the lesson file");
        }
        if (!Files.isRegularFile(file)) {
            throw source.fail("no scene file " + Numbers.quote(path) + " (looked for " + file + ")",
                    "a scene file's path relative to the lesson file");
        }
        try {
            return SceneReader.read(file);
        } catch (SceneException e) {
            // The scene's own message says where in the scene; the lesson's place says which slide.
            throw source.fail("the scene cannot be opened: " + e.getMessage(), null);
        }
    }
}
