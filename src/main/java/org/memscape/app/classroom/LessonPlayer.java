package org.memscape.app.classroom;

import org.memscape.app.ui.Fonts;

import org.memscape.app.ui.Style;
import org.memscape.app.document.FileActions;

import java.io.File;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import org.memscape.scene.Lesson;
import org.memscape.scene.SceneException;

/**
 * Steps through a lesson's slides: PageDown and PageUp (what a slide clicker sends), or the
 * arrows beside the counter. A slide's scene is shown as a preset is; an edit to it is a
 * lecturer's improvisation and goes without a question when the next slide comes, unless the
 * lecturer saved it to a file: then the usual question before unsaved changes are lost. Loading
 * anything else (a preset, a file, a recovered scene) ends the lesson: the counter goes, and
 * PageDown no longer leads back into it. FX thread only.
 */
public final class LessonPlayer {

    private final FileActions files;
    private final Consumer<String> say;
    private final Runnable changed;
    private final Label counter = new Label();
    private final Button previous = arrow("\u25C0", "Previous slide (PageUp)");
    private final Button next = arrow("\u25B6", "Next slide (PageDown)");
    /** The lesson's title, before its counter: the class sees which lecture this is (on two lines where the row is short). */
    private final Label title = new Label();
    private final HBox row = new HBox(6, title, previous, counter, next);
    /** The row, or presenting in the narrow column, the lesson's title above the counter's row ({@link #setStacked}). */
    private final javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(2, row);
    private Lesson lesson;
    private int index = -1;

    /** @param changed runs after the slide, or whether one is shown, may have changed */
    public LessonPlayer(FileActions files, Consumer<String> say, Runnable changed) {
        this.files = files;
        this.say = say;
        this.changed = changed;
        previous.setOnAction(e -> previous());
        next.setOnAction(e -> next());
        counter.setFont(Fonts.regular(18));
        counter.setTextFill(Style.TEXT);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        // two lines where the row is short (a 1024 px screen), rather than "…": the title beside it keeps the rest
        title.setFont(Font.font(14));
        title.setWrapText(true);
        title.setMaxWidth(300);
        title.setTextFill(Style.MUTED_TEXT);
        title.setPadding(new javafx.geometry.Insets(0, 6, 0, 0));
        row.setAlignment(Pos.CENTER_RIGHT);
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setVisible(false);
        files.onOpened(this::end);
    }

    /**
     * The lesson's title above the counter (presenting: in the column beside the landscape the
     * arrows and the counter leave the title beside them no room) or beside it (at the desk).
     */
    public void setStacked(boolean stacked) {
        if (stacked == (title.getParent() == bar)) return;
        if (stacked) {
            row.getChildren().remove(title);
            bar.getChildren().add(0, title);
        } else {
            bar.getChildren().remove(title);
            row.getChildren().add(0, title);
        }
        title.setMaxWidth(stacked ? Double.MAX_VALUE : 300);
        title.setMinHeight(stacked ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);   // the caption below shrinks, not the name
    }

    /** The lesson's title as shown beside the counter (tests). */
    public Label titleLabel() { return title; }

    /** The lesson's title, and the counter "2 / 5" between its two arrows; shown while a lesson is open. */
    public Region bar() { return bar; }

    /** Reads a lesson and shows its first slide; a lesson that fails to read says why and changes nothing. */
    public void start(Callable<Lesson> source) {
        Lesson read;
        try {
            read = source.call();
        } catch (SceneException e) {
            say.accept(e.getMessage());
            return;
        } catch (Exception e) {
            say.accept("Could not open the lesson: " + e.getMessage());
            return;
        }
        if (!mayLeave()) return;
        lesson = read;
        show(0);
    }

    /** A shipped lesson in a menu: "Lesson: " and its title. */
    public MenuItem menuItem(String name) {
        MenuItem item = new MenuItem();
        try {
            item.setText("Lesson: " + Lessons.load(name).title());
        } catch (SceneException e) {
            item.setText("Lesson: " + name);   // choosing it shows why it does not open
        }
        item.setOnAction(e -> start(() -> Lessons.load(name)));
        return item;
    }

    /** Asks for a lesson file of the user's and starts it. */
    public void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a lesson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Memscape lessons", "*.json"));
        File chosen = chooser.showOpenDialog(bar.getScene().getWindow());
        if (chosen != null) start(() -> Lessons.read(chosen.toPath()));
    }

    /** The next slide; false at the last one (or if the user keeps unsaved changes). */
    public boolean next() { return moveTo(index + 1); }

    public boolean previous() { return moveTo(index - 1); }

    public Lesson lesson() { return lesson; }

    /** The slide's number from 0, or −1 without a lesson. */
    public int index() { return index; }

    /** Leaves the lesson: no counter, no slide, PageDown and PageUp do nothing. */
    void end() {
        if (lesson == null) return;
        lesson = null;
        index = -1;
        bar.setVisible(false);
        changed.run();
    }

    /** True while what is on screen is the current slide's scene (perhaps edited), not one opened since. */
    boolean onSlide() {
        return lesson != null && files.lastOpened() == lesson.slides().get(index).scene();
    }

    /**
     * The structure views the current slide shows ({@link Lesson.Slide#show}; none if it names
     * none), or null when no slide is on screen.
     */
    public java.util.List<String> show() {
        if (!onSlide()) return null;
        java.util.List<String> views = lesson.slides().get(index).show();
        return views == null ? java.util.List.of() : views;
    }

    /** The current slide's caption, or null when no slide is on screen. */
    public String caption() {
        return onSlide() ? lesson.slides().get(index).caption() : null;
    }

    private boolean moveTo(int slide) {
        if (lesson == null || slide < 0 || slide >= lesson.slides().size() || !mayLeave()) return false;
        show(slide);
        return true;
    }

    private void show(int slide) {
        index = slide;
        files.replace(lesson.slides().get(slide).scene());
        int n = lesson.slides().size();
        counter.setText((slide + 1) + " / " + n);
        title.setText(lesson.title());
        Tooltip.install(title, new Tooltip(lesson.title()));
        Tooltip.install(counter, new Tooltip(lesson.title()));
        previous.setDisable(slide == 0);
        next.setDisable(slide == n - 1);
        bar.setVisible(true);
        changed.run();
    }

    /** A slide's own scene, never saved to a file, may go without asking; anything else asks as usual. */
    private boolean mayLeave() {
        return (onSlide() && files.file().path() == null) || files.mayDiscard();
    }

    private static Button arrow(String text, String tip) {
        Button b = new Button(text);
        b.setFont(Fonts.regular(16));
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
