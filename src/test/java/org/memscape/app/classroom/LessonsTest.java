package org.memscape.app.classroom;

import org.memscape.app.classroom.Lessons;
import org.memscape.app.document.Presets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memscape.scene.Lesson;
import org.memscape.scene.LessonReader;
import org.memscape.scene.SceneException;

/** The shipped lessons: listed as in presets/lessons/, every slide opens, and the story runs in order. */
class LessonsTest {

    @Test
    void theListNamesEveryLessonFileAndEachReadsWithoutWarnings() throws IOException, SceneException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("presets/lessons"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(Lessons.NAMES));
        for (String name : Lessons.NAMES) {
            String text = Files.readString(Path.of("presets/lessons", name));
            assertEquals(List.of(), LessonReader.parse(text, name, null, Presets.LIBRARY).warnings(), name);
        }
    }

    @Test
    void theShippedLessonGoesFromHopfieldFailingToTheEquivalence() throws SceneException {
        Lesson lesson = Lessons.load("from-hopfield-to-diffusion.json");
        List<String> titles = lesson.slides().stream().map(s -> s.scene().title()).toList();
        assertEquals(List.of(
                "Classical Hopfield fails: spurious states",
                "Dense associative memory stores all three",
                "Modern Hopfield, same memories",
                "Diffusion is a Hopfield network at rising \u03B2",
                "The equivalence: valleys split as \u03C4 \u2192 0",
                "One valley splits in two"), titles);
        for (Lesson.Slide slide : lesson.slides()) {
            assertFalse(slide.caption().isBlank(), slide.from());
            // read aloud in one breath or two, and two lines under the title when presenting
            assertTrue(slide.caption().length() <= 220, slide.from() + ": " + slide.caption().length() + " characters");
        }
        assertEquals(0, lesson.slides().get(4).scene().particles().count(), "the fifth slide shows the landscape alone");
        assertEquals(List.of("fixed-points", "basins"), lesson.slides().get(5).show(), "the last slide shows the structure of the split");
    }
}
