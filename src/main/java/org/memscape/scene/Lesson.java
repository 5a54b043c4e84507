package org.memscape.scene;

import java.util.List;
import java.util.Objects;

/**
 * A lesson: scenes to show one after another, each with the words a lecturer says over it.
 * Every slide's scene is read when the lesson is read, so a broken slide is found before
 * the class starts, not in front of it.
 */
public record Lesson(String title, List<Slide> slides) {

    /** The lesson file format this program reads. */
    public static final int FORMAT_VERSION = 1;

    /** The structure views a slide may turn on ({@code "show"}), as the View menu names them. */
    public static final List<String> VIEWS = List.of("fixed-points", "basins", "sampler-basins", "responsibilities");

    /**
     * One scene and its caption; {@code from} names where the scene came from, for messages.
     * {@code show} lists the structure views ({@link #VIEWS}) the slide turns on, turning the
     * others off; null when the slide names none (it shows none).
     */
    public record Slide(Scene scene, String caption, String from, List<String> show) {
        public Slide {
            Objects.requireNonNull(scene, "scene");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(from, "from");
            if (show != null) show = List.copyOf(show);
        }

        public Slide(Scene scene, String caption, String from) {
            this(scene, caption, from, null);
        }
    }

    public Lesson {
        Objects.requireNonNull(title, "title");
        slides = List.copyOf(slides);
        if (slides.isEmpty()) throw new IllegalArgumentException("a lesson has at least one slide");
    }
}
