package org.memscape.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lesson files: a good one reads every slide; each kind of bad one names its place and what was expected. */
class LessonReaderTest {

    private static final String TWO = "{\"memscape\": 1, \"title\": \"Two\", \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}]}";
    private static final String ONE = "{\"memscape\": 1, \"title\": \"One\", \"memories\": [{\"point\": [0, 0]}]}";

    /** Two presets, as the application would offer them. */
    private static final PresetLibrary PRESETS = new PresetLibrary() {
        @Override public List<String> names() { return List.of("two", "one"); }

        @Override public Scene load(String name) throws SceneException {
            return SceneReader.parse(name.equals("two") ? TWO : ONE, name + ".json");
        }
    };

    @TempDir
    Path dir;

    private LessonReader.Result read(String lesson) throws IOException, SceneException {
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, lesson);
        return LessonReader.read(file, PRESETS);
    }

    @Test
    void aSlideMayTurnOnStructureViewsAndNamesThemRight() throws Exception {
        String lesson = "{\"memscape-lesson\": 1, \"slides\": [{\"preset\": \"two\", \"caption\": \"\", \"show\": [\"fixed-points\", \"basins\"]},"
                + " {\"preset\": \"one\", \"caption\": \"\"}]}";
        Lesson read = LessonReader.parse(lesson, "l.json", null, PRESETS).lesson();
        assertEquals(java.util.List.of("fixed-points", "basins"), read.slides().get(0).show());
        assertEquals(null, read.slides().get(1).show(), "no \"show\": the view stays as the lecturer set it");
        SceneException e = org.junit.jupiter.api.Assertions.assertThrows(SceneException.class, () -> LessonReader.parse(
                lesson.replace("\"basins\"", "\"basin\""), "l.json", null, PRESETS));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("unknown view \"basin\"") && e.getMessage().contains("sampler-basins"), e.getMessage());
    }

    @Test
        void readsPresetsAndSceneFilesInOrderWithTheirCaptions() throws Exception {
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/ring.json"), ONE.replace("One", "Mine"));
        LessonReader.Result r = read("""
                // comments and trailing commas, as in scenes
                {"memscape-lesson": 1, "title": "A lesson",
                 "slides": [
                   {"preset": "two", "caption": "First."},
                   {"scene": "mine/ring.json", "caption": "Second."},
                   {"preset": "one.json", "caption": ""},
                 ]}""");
        Lesson lesson = r.lesson();
        assertEquals("A lesson", lesson.title());
        assertEquals(List.of("Two", "Mine", "One"), lesson.slides().stream().map(s -> s.scene().title()).toList());
        assertEquals(List.of("First.", "Second.", ""), lesson.slides().stream().map(Lesson.Slide::caption).toList());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void unknownFieldsAreWarningsWithTheirPlace() throws Exception {
        LessonReader.Result r = read("{\"memscape-lesson\": 1,\n \"slides\": [{\"preset\": \"two\", \"capton\": \"x\", \"caption\": \"\"}]}");
        assertEquals(List.of(dir.resolve("lesson.json") + ":2:31: slides[0].capton: unknown field, ignored"), r.warnings());
        assertEquals("Untitled lesson", r.lesson().title());
    }

    static Stream<Arguments> badLessons() {
        return Stream.of(
                Arguments.of("[1, 2]", ":1:1: the file holds an array, not an object; expected a Memscape lesson object"),
                Arguments.of("{\"slides\": []}", ":1:1: not a Memscape lesson file: missing \"memscape-lesson\": 1"),
                Arguments.of(TWO, ":1:1: a scene, not a lesson (open it with File, Open): missing \"memscape-lesson\": 1"),
                Arguments.of("{\"memscape-lesson\": 2, \"slides\": []}", ":1:21: memscape-lesson: written by a newer Memscape (lesson format 2)"),
                Arguments.of("{\"memscape-lesson\": 1}", ":1:1: slides: missing; expected an array of slides"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": []}", ":1:34: slides: no slides; expected at least one slide"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": {}}", ":1:34: slides: an object is the wrong type; expected an array of slides"),
                Arguments.of("{\"memscape-lesson\": 1,\n \"slides\": [{\"preset\": \"two\", \"caption\": \"\"},\n \"two\"]}",
                        ":3:2: slides[1]: a string \"two\" is the wrong type; expected a slide such as"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"caption\": \"x\"}]}",
                        ":1:35: slides[0]: no \"preset\" or \"scene\"; expected one of them"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"preset\": \"two\", \"scene\": \"a.json\", \"caption\": \"x\"}]}",
                        ":1:35: slides[0]: both \"preset\" and \"scene\"; expected one of them"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"preset\": \"three\", \"caption\": \"x\"}]}",
                        ":1:46: slides[0].preset: unknown preset \"three\"; expected one of two, one"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"scene\": \"gone.json\", \"caption\": \"x\"}]}",
                        ":1:45: slides[0].scene: no scene file \"gone.json\" (looked for "),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"preset\": \"two\"}]}",
                        ":1:35: slides[0].caption: missing; expected the words to show under the title"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"preset\": \"two\", \"caption\": 3}]}",
                        ":1:64: slides[0].caption: the number 3 is the wrong type; expected a string"),
                Arguments.of("{\"memscape-lesson\": 1, \"slides\": [{\"preset\": \"two\", \"caption\": \"x\"}",
                        ":1:68: slides[1]: not valid JSON: the file ends too early; expected ']' to close an array"));
    }

    @ParameterizedTest
    @MethodSource("badLessons")
    void aBadLessonSaysWhereAndWhat(String lesson, String message) {
        SceneException e = assertThrows(SceneException.class, () -> read(lesson));
        String expected = dir.resolve("lesson.json") + message;
        assertTrue(e.getMessage().startsWith(expected), "\n  got: " + e.getMessage() + "\n want: " + expected + "…");
    }

    @Test
    void aBrokenSceneNamesTheSlideAndThePlaceInTheScene() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"memscape\": 1,\n \"memories\": []}");
        SceneException e = assertThrows(SceneException.class,
                () -> read("{\"memscape-lesson\": 1,\n \"slides\": [{\"scene\": \"broken.json\", \"caption\": \"\"}]}"));
        assertEquals(dir.resolve("lesson.json") + ":2:23: slides[0].scene: the scene cannot be opened: "
                + dir.resolve("broken.json") + ":2:14: memories: no memories; expected at least one memory such as {\"point\": [1, 1]}", e.getMessage());
    }

    @Test
    void aLessonWithoutAFolderNamesPresetsOnly() {
        SceneException e = assertThrows(SceneException.class, () -> LessonReader.parse(
                "{\"memscape-lesson\": 1, \"slides\": [{\"scene\": \"a.json\", \"caption\": \"\"}]}", "shipped.json", null, PRESETS));
        assertTrue(e.getMessage().startsWith("shipped.json:1:45: slides[0].scene: a scene file in a lesson that is not a file"),
                e.getMessage());
    }

    @Test
    void aMissingLessonFileSaysSo() {
        SceneException e = assertThrows(SceneException.class, () -> LessonReader.read(dir.resolve("none.json"), PRESETS));
        assertEquals(dir.resolve("none.json") + ": no such file", e.getMessage());
    }
}
