package org.memscape.app;

import org.memscape.app.classroom.Lessons;
import org.memscape.app.document.Presets;
import org.memscape.app.landscape.CanvasLook;
import org.memscape.app.landscape.LandscapeCanvas;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.app.landscape.paint.ColorbarPainter;
import org.memscape.app.playback.TimeReadout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.Domain;
import org.memscape.scene.SceneReader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a projector: every control reachable at the sizes of projectors and small laptops,
 * the landscape taking the free width, nothing moving when a text changes length, and what
 * presentation mode and the status bar show.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLookTest {

    /** The sizes a lecture meets: a 4:3 projector, a 720p one, a small laptop. */
    private static final double[][] SIZES = {{1024, 768}, {1280, 720}, {1366, 768}};

    private static final String SHORT = "Two memories, one valley each.";
    /** About five lines at 1280 wide, the longest a preset has. */
    private static final String LONG = ("The same four points are now the training data of a diffusion model: the particles start as noise. ").repeat(6);

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = FxTests.openWindow(stage, scene("hopfield-distance", SHORT));
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            window.presentation().set(false);
            return null;
        });
        FxTests.closeWindow(window);
    }

    private static String scene(String model, String description) {
        return "{\"memscape\": 1, \"title\": \"A scene with a title of some length\", \"description\": \"" + description + "\","
                + " \"domain\": [-1.5, 1.5, -1.5, 1.5],"
                + " \"memories\": [{\"point\": [0.8, 0.8]}, {\"point\": [-0.8, -0.8]}],"
                + " \"model\": {\"type\": \"" + model + "\"},"
                + " \"dynamics\": {\"steps\": 20}, \"particles\": {\"count\": 30, \"seed\": 2}}";
    }

    private void open(String json) throws Exception {
        onFx(() -> {
            window.open(() -> SceneReader.parse(json, "test"));
            return null;
        });
        FxTests.settled(window);
    }

    /**
     * A window on {@code json}'s scene laid out at a size, in a scene never shown: the test screen is
     * 1280 × 800, and a larger window there breaks its frame buffer. Layout needs no screen.
     */
    private static MainWindow laidOut(String json, double width, double height, boolean presenting) throws Exception {
        return onFx(() -> {
            MainWindow w = new MainWindow(SceneReader.parse(json, "test"));
            javafx.scene.Scene scene = new javafx.scene.Scene(w, width, height);
            scene.getStylesheets().add(MemscapeApp.class.getResource("/assets/memscape.css").toExternalForm());
            if (presenting) w.presentation().set(true);
            for (int pass = 0; pass < 3; pass++) {   // the side panel's width follows the header's height: a pass more
                w.applyCss();
                w.layout();
            }
            return w;
        });
    }

    /** The controls a user can see and reach: visible ones, not looking inside a control or a scrolling pane. */
    private static void controls(Node node, List<Node> out) {
        if (!node.isVisible() || !node.isManaged()) return;
        if (node instanceof Control || node instanceof LandscapeCanvas) {
            out.add(node);
            if (!(node instanceof ScrollPane) && node instanceof Control) return;
        }
        if (node instanceof Parent p && !(node instanceof ScrollPane)) {
            for (Node child : p.getChildrenUnmodifiable()) controls(child, out);
        }
    }

    private static String outside(MainWindow window, double width, double height) throws Exception {
        return onFx(() -> {
            List<Node> all = new ArrayList<>();
            controls(window, all);
            assertTrue(all.size() > (window.presentation().presenting() ? 5 : 20), "controls found: " + all.size());
            StringBuilder out = new StringBuilder();
            for (Node n : all) {
                if (n instanceof javafx.scene.control.Labeled l && l.getText().isEmpty()) continue;   // an empty note takes no room
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1 || b.getWidth() < 1) {
                    out.append(n.getClass().getSimpleName()).append(n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "")
                            .append(" at ").append(b).append('\n');
                }
            }
            return out.toString();
        });
    }

    @Test
    void everyControlIsInsideTheWindowAtProjectorSizes() throws Exception {
        for (double[] size : SIZES) {
            for (String description : List.of(SHORT, LONG)) {
                MainWindow w = laidOut(scene("hopfield-distance", description), size[0], size[1], false);
                assertEquals("", outside(w, size[0], size[1]), "at " + size[0] + " × " + size[1]);
            }
        }
    }

    @Test
    void presentingEverythingShownIsInsideTheWindowAndTheCaptionIsWhole() throws Exception {
        for (double[] size : SIZES) {
            MainWindow w = laidOut(scene("diffusion-vp", LONG), size[0], size[1], true);
            assertEquals("", outside(w, size[0], size[1]), "presenting at " + size[0] + " × " + size[1]);
            Label caption = w.captionLabel();
            String shown = onFx(() -> ((javafx.scene.text.Text) caption.lookup(".text")).getText());
            assertFalse(shown.endsWith("\u2026") || shown.endsWith("..."), "the caption is cut at " + size[0] + ": " + shown);
            double captionBottom = onFx(() -> caption.localToScene(caption.getLayoutBounds()).getMaxY());
            double barTop = onFx(() -> w.transport().localToScene(w.transport().getLayoutBounds()).getMinY());
            assertTrue(captionBottom <= barTop + 1, "the caption stays above the time controls: " + captionBottom + " > " + barTop);
            Label betaEff = onFx(() -> w.transport().timeReadout().betaEffLabel());
            onFx(() -> {
                betaEff.setText("\u03B2_eff(\u03C4) = 0.00e-00");   // the widest it gets
                w.layout();
                return null;
            });
            String number = onFx(() -> ((javafx.scene.text.Text) betaEff.lookup(".text")).getText());
            assertTrue(number.endsWith("0.00e-00"), "β_eff is whole at " + size[0] + ": " + number);
        }
    }

    /**
     * The shipped lessons' slide titles and the lesson's name are whole at every size (desk and
     * presenting): smaller type or a second line, never "…" (it cut the words that carry the point).
     */
    @Test
    void everySlideTitleAndTheLessonsNameAreWholeAtProjectorSizes() throws Exception {
        for (String name : org.memscape.app.classroom.Lessons.NAMES) {
            org.memscape.scene.Lesson lesson = org.memscape.app.classroom.Lessons.load(name);
            for (double[] size : SIZES) {
                for (boolean presenting : new boolean[] {false, true}) {
                    MainWindow w = laidOut(scene("diffusion-vp", SHORT), size[0], size[1], presenting);
                    onFx(() -> {
                        w.lessons().start(() -> lesson);
                        return null;
                    });
                    for (int k = 0; k < lesson.slides().size(); k++) {
                        String at = name + " slide " + (k + 1) + " at " + size[0] + " × " + size[1] + (presenting ? " presenting" : "");
                        String[] drawn = onFx(() -> {
                            for (int pass = 0; pass < 3; pass++) {
                                w.applyCss();
                                w.layout();
                            }
                            return new String[] {drawn(w.header().title()), drawn(w.lessons().titleLabel())};
                        });
                        assertEquals(lesson.slides().get(k).scene().title(), drawn[0], at + ": the slide's title");
                        assertEquals(lesson.title(), drawn[1], at + ": the lesson's name");
                        onFx(() -> w.lessons().next());
                    }
                    onFx(() -> {
                        w.presentation().set(false);
                        w.stop();
                        return null;
                    });
                }
            }
        }
    }

    /**
     * Presenting, the landscape gets the height: on a 4:3 projector its plot was 410 of 768 px
     * tall, the caption column taking 30 % of the width. Now the plot is at least 0.68 of what the
     * time controls leave, and the caption stays whole (see the test above).
     */
    @Test
    void presentingThePlotTakesTheHeight() throws Exception {
        for (double[] size : SIZES) {
            MainWindow w = laidOut(scene("diffusion-vp", SHORT), size[0], size[1], true);
            double plot = onFx(() -> w.canvas().plot().height());
            double free = onFx(() -> size[1] - w.transport().getHeight());
            assertTrue(plot >= 0.68 * free, "presenting at " + size[0] + " × " + size[1] + ": the plot is " + plot + " of " + free + " px tall");
            onFx(() -> {
                w.presentation().set(false);
                w.stop();
                return null;
            });
        }
    }

    /** What a label draws: its skin's text ("…" where it is cut). */
    private static String drawn(Label label) {
        return ((javafx.scene.text.Text) label.lookup(".text")).getText();
    }

    /** At 1366 × 768 the landscape is as wide as its plot at its height: the rest goes to the side panel, no strip. */
    @Test
    void theLandscapeTakesTheFreeWidthAndLeavesNoStrip() throws Exception {
        for (boolean presenting : new boolean[] {false, true}) {
            MainWindow w = laidOut(scene("hopfield-distance", SHORT), 1366, 768, presenting);
            double spare = onFx(() -> {
                LandscapeCanvas canvas = w.canvas();
                PlotFrame plot = canvas.plot();
                double used = plot.right() + ColorbarPainter.reservedWidth(canvas.view().look()) + LandscapeCanvas.MARGIN_RIGHT;
                return canvas.getWidth() - used;
            });
            assertTrue(spare >= 0 && spare < 6, "pixels to spare right of the colorbar: " + spare);
            double plotLeft = onFx(() -> w.canvas().plot().left());
            assertTrue(plotLeft < LandscapeCanvas.MARGIN_LEFT + 6, "and left of the plot: " + plotLeft);
        }
    }

    @Test
    void theToolbarAndThePlotStayPutWhenTheDescriptionGrowsFromTwoToFiveLines() throws Exception {
        for (double[] size : SIZES) {
            MainWindow short_ = laidOut(scene("hopfield-distance", SHORT), size[0], size[1], false);
            MainWindow long_ = laidOut(scene("hopfield-distance", LONG), size[0], size[1], false);
            assertTrue(onFx(() -> long_.captionLabel().getHeight() > 3.5 * long_.captionLabel().getFont().getSize()), "the long one takes lines");
            assertEquals(places(short_), places(long_), "at " + size[0] + " × " + size[1]);
        }
    }

    /** Where the toolbar and the plot are in the window. */
    private static String places(MainWindow window) throws Exception {
        return onFx(() -> {
            Bounds tools = window.header().toolRow().localToScene(window.header().toolRow().getLayoutBounds());
            PlotFrame plot = window.canvas().plot();
            javafx.geometry.Point2D corner = window.canvas().localToScene(plot.left(), plot.top());
            return "toolbar " + tools.getMinX() + ", " + tools.getMinY() + "; plot " + corner + " × " + plot.width();
        });
    }

    @Test
    void theTimelineKeepsItsWidthWhileTauAndTheModelChange() throws Exception {
        open(scene("diffusion-vp", SHORT));
        Slider timeline = onFx(() -> (Slider) window.transport().lookup(".slider"));
        double first = onFx(timeline::getWidth);
        onFx(() -> {
            window.playback().seek(20);
            return null;
        });
        FxTests.settled(window);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> window.transport().timeReadout().bar().getText()).contains("\u03B2_eff"));
        assertEquals(first, onFx(timeline::getWidth), "at the last step, τ = 0.001 and β_eff in the thousands");
        open(scene("hopfield-distance", SHORT));
        assertEquals(first, onFx(timeline::getWidth), "a model without time");
    }

    /** A slide changed while presenting (the new user's path: F11, PageDown, Esc) leaves the transport bar as it was. */
    @Test
    void theTimelineKeepsItsWidthAfterPresentingAcrossASlideChange() throws Exception {
        onFx(() -> {
            window.lessons().start(() -> Lessons.load(Lessons.NAMES.get(0)));
            return null;
        });
        FxTests.settled(window);
        Slider timeline = onFx(() -> (Slider) window.transport().lookup(".slider"));
        onFx(() -> {
            window.layout();
            return null;
        });
        double before = onFx(timeline::getWidth);
        onFx(() -> {
            window.presentation().set(true);
            window.lessons().next();
            window.playback().seek(5);   // the step label is measured again, at the presenting font
            return null;
        });
        FxTests.settled(window);
        onFx(() -> {
            window.presentation().set(false);
            window.lessons().previous();
            return null;
        });
        FxTests.settled(window);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.layout();
            return null;
        });
        assertEquals(before, onFx(timeline::getWidth), "the slider's width after presenting");
    }

    /** Every text in the window and its font. */
    private static void fonts(Node node, java.util.Map<javafx.scene.control.Labeled, javafx.scene.text.Font> out) {
        if (node instanceof javafx.scene.control.Labeled l) out.put(l, l.getFont());
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) fonts(child, out);
        }
    }

    /** The title, the toolbar's menu buttons, the counter: after presenting, every text is as large as before. */
    @Test
    void everyTextKeepsItsFontAfterPresenting() throws Exception {
        onFx(() -> {
            window.lessons().start(() -> Lessons.load(Lessons.NAMES.get(0)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        var before = new java.util.IdentityHashMap<javafx.scene.control.Labeled, javafx.scene.text.Font>();
        onFx(() -> {
            fonts(window, before);
            return null;
        });
        for (int k = 0; k < 2; k++) {
            onFx(() -> {
                window.presentation().set(true);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                window.presentation().set(false);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            String changed = onFx(() -> {
                StringBuilder out = new StringBuilder();
                before.forEach((l, font) -> {
                    if (!font.equals(l.getFont())) out.append(l.getClass().getSimpleName()).append(" '").append(l.getText())
                            .append("': ").append(font.getSize()).append(" -> ").append(l.getFont().getSize()).append('\n');
                });
                return out.toString();
            });
            assertEquals("", changed, "after presenting " + (k + 1) + " times");
        }
    }

    @Test
    void theSpeedBoxKeepsItsFontAfterPresenting() throws Exception {
        ComboBox<?> speed = onFx(() -> (ComboBox<?>) window.transport().lookup(".combo-box"));
        String before = onFx(() -> speedLook(speed));
        for (int k = 0; k < 2; k++) {
            onFx(() -> {
                window.presentation().set(true);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                window.presentation().set(false);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                window.layout();
                return null;
            });
            assertEquals(before, onFx(() -> speedLook(speed)));
        }
    }

    private static String speedLook(ComboBox<?> speed) {
        javafx.scene.control.Labeled cell = (javafx.scene.control.Labeled) speed.lookup(".list-cell");
        return "font " + cell.getFont() + ", width " + speed.getWidth();
    }

    @Test
    void theStatusBarSaysParticlesStepAndTauAndTimingsOnlyWhenAsked() throws Exception {
        open(scene("diffusion-vp", SHORT));
        WaitForAsyncUtils.waitForFxEvents();
        String line = waitForStatus("\u03C4 = 1.000");
        assertTrue(line.startsWith("30 particles   \u00B7   step 0 of 20"), line);
        assertFalse(line.contains("ms"), "no timings unless asked: " + line);
        onFx(() -> {
            window.statusBar().showTimings(true);
            window.playback().forward();
            return null;
        });
        line = waitForStatus("step 1 of 20");
        assertTrue(line.contains("engine") && line.contains(" ms"), line);
        open(scene("hopfield-distance", SHORT));
        line = waitForStatus("step 0 of 20   \u00B7   engine");
        assertFalse(line.contains("\u03C4"), "no τ for a model without time: " + line);
    }

    private String waitForStatus(String part) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(() -> window.statusBar().text().contains(part)));
        return onFx(() -> window.statusBar().text());
    }

    @Test
    void presentingShowsBetaEffLargeAndNoNoteForAModelWithoutTime() throws Exception {
        onFx(() -> {
            window.presentation().set(true);
            return null;
        });
        FxTests.settled(window);
        WaitForAsyncUtils.waitForFxEvents();
        TimeReadout readout = onFx(() -> window.transport().timeReadout());
        assertFalse(onFx(() -> readout.presented().isVisible()), "no τ readout beside the caption for a model without time");
        assertFalse(onFx(() -> readout.bar().isVisible()), "nor in the bar");
        open(scene("diffusion-vp", SHORT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> readout.presented().isVisible() && readout.presented().getParent() == window.getRight()));
        assertTrue(onFx(() -> readout.betaEffLabel().getText()).startsWith("\u03B2_eff(\u03C4) = "));
        double size = onFx(() -> readout.betaEffLabel().getFont().getSize());
        assertTrue(size >= 30, "β_eff(τ) large: " + size);
        Label tauLine = onFx(() -> (Label) ((javafx.scene.Parent) readout.presented()).getChildrenUnmodifiable().get(0));
        double lineSize = onFx(() -> tauLine.getFont().getSize());
        for (int k = 0; k < 2; k++) {
            onFx(() -> {
                window.presentation().set(false);
                return null;
            });
            assertFalse(onFx(() -> readout.presented().isVisible()), "only while presenting");
            assertTrue(onFx(() -> readout.bar().isVisible()), "at the desk, in the bar");
            onFx(() -> {
                window.presentation().set(true);
                return null;
            });
            assertEquals(size, onFx(() -> readout.betaEffLabel().getFont().getSize()), "as large each time, not larger");
            assertEquals(lineSize, onFx(() -> tauLine.getFont().getSize()), "τ and β(τ) too");
        }
    }

    /** The β(τ), β_eff(τ) chart, the lesson's key chart, takes half the Charts tab: about 240 px at 1280 × 800 (it had 60 for its plot). */
    @Test
    void theScheduleChartIsTallAt1280By800() throws Exception {
        MainWindow w = laidOut(scene("diffusion-vp", SHORT), 1280, 800, false);
        double height = onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) w.lookup(".tab-pane");
            tabs.getSelectionModel().select(1);
            for (int pass = 0; pass < 2; pass++) {
                w.applyCss();
                w.layout();
            }
            return w.charts().chartHeights()[0];
        });
        assertTrue(height >= 220, "the schedule chart's height: " + height);
    }

    /**
     * The energy and weights charts are readable at 1280 × 800 too (they were 40 and 30 px tall,
     * the energy axis with one tick): each has its least height, and the tab scrolls.
     */
    @Test
    void everyChartIsReadableAt1280By800() throws Exception {
        MainWindow w = laidOut(scene("diffusion-vp", SHORT), 1280, 800, false);
        double[] heights = onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) w.lookup(".tab-pane");
            tabs.getSelectionModel().select(1);
            for (int pass = 0; pass < 2; pass++) {
                w.applyCss();
                w.layout();
            }
            return w.charts().chartHeights();
        });
        assertTrue(heights[1] >= 180, "the energy chart's height: " + heights[1]);
        assertTrue(heights[2] >= 150, "the weights chart's height: " + heights[2]);
    }

    /**
     * The Dense preset says its energy has "a hill in the middle": in the colours it must stand out
     * from the valleys at the memories (it was 10% of the colour map above them, as dark as they were).
     */
    @Test
    void theDensePresetsHillInTheMiddleStandsOutInTheColours() throws Exception {
        onFx(() -> {
            window.open(() -> Presets.load("dense-memory-stores-three.json"));
            return null;
        });
        org.memscape.compute.Frame frame = FxTests.settled(window);
        double[] shares = onFx(() -> {
            var grid = frame.heatmap().grid();
            double low = frame.rangeLow(), high = frame.rangeHigh();
            java.util.function.BiFunction<Double, Double, Double> share = (x, y) -> {
                int i = (int) ((x - grid.xmin()) / (grid.xmax() - grid.xmin()) * grid.size());
                int j = (int) ((y - grid.ymin()) / (grid.ymax() - grid.ymin()) * grid.size());
                return (frame.heatmap().energy()[j * grid.size() + i] - low) / (high - low);
            };
            return new double[] {share.apply(0.0, 0.0), share.apply(0.6, 0.0)};
        });
        assertTrue(shares[0] - shares[1] > 0.2, "the centre at " + shares[0] + " of the colour map, a memory at " + shares[1]);
    }

    /**
     * Presenting, tick labels and the axis names are large: the colorbar moves right of the name "x"
     * instead of covering it, and the top margin grows so that "energy" is not cut off.
     */
    @Test
    void theAxisNameNeverRunsIntoTheColorbar() throws Exception {
        for (CanvasLook look : List.of(CanvasLook.SCREEN, CanvasLook.PROJECTOR)) {
            for (Domain d : List.of(new Domain(-1.5, 1.5, -1.5, 1.5), new Domain(-3, 3, -3, 3), new Domain(-1, 1, -1, 1), new Domain(-12.5, 12.5, -1, 1))) {
                double[] ends = onFx(() -> {
                    LandscapeCanvas canvas = window.canvas();
                    canvas.view().setLook(look);
                    canvas.view().setDomain(d);
                    canvas.paint();
                    return new double[] {canvas.axisNameEnd(), canvas.colorbarLeft(), canvas.plot().top()};
                });
                assertTrue(ends[0] + 4 <= ends[1], look + " " + d + ": the name ends at " + ends[0] + ", the bar starts at " + ends[1]);
                // "energy" stands on the top tick label, which is centred on the plot's top edge: it must fit above
                double room = look.tickFont().getSize() / 2 + 4 + look.axisNameFont().getSize();
                assertTrue(ends[2] >= room, look + ": the colorbar's name needs " + room + " px above the plot, it has " + ends[2]);
            }
        }
    }
}
