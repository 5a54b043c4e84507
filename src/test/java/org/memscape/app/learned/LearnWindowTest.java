package org.memscape.app.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.app.FxTests;
import org.memscape.app.MainWindow;
import org.memscape.app.document.Presets;
import org.memscape.app.landscape.PlotFrame;
import org.memscape.compute.Cancellation;
import org.memscape.learn.RecallShare;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Learn tab in the window (issue 16): a short training of a small network on the four
 * memories fills the loss chart and paints the learned views (learned energy, error map) where
 * the exact landscape was; the particles on the learned score give the share readout a headless
 * run of the same network counts. Pictures under target/learn-shots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class LearnWindowTest {

    private static final int STEPS = 300;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(Presets.load("diffusion-vs-hopfield.json"));
        stage.setScene(new javafx.scene.Scene(window, 1280, 800));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        window.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    private void settle() throws Exception {
        FxTests.settled(window);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !window.learn().busy()));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.canvas().paint();
            return null;
        });
    }

    @Test
    void aShortTrainingFillsTheChartAndPaintsTheLearnedViews() throws Exception {
        LearnPanel learn = window.learn();
        onFx(() -> {
            showLearnTab();
            window.playback().seek(200);   // τ mid-way: the valleys are there, and wide
            return null;
        });
        settle();
        PlotFrame plot = onFx(() -> window.canvas().plot());
        // a point between two memories, and one at a memory: their colours differ between the views
        double[][] probes = {{0, 1.5}, {1, -0.5}, {-1.5, -1.5}};
        int[] exact = colours(shot("exact"), plot, probes);

        onFx(() -> {
            learn.setSettings(STEPS, 16, 0);
            learn.learn();
            return null;
        });
        settle();
        assertEquals(STEPS, onFx(() -> learn.lossChart().pointCount()));
        assertNotNull(onFx(() -> learn.trained()));
        assertEquals(LearnedView.Mode.LEARNED, onFx(() -> learn.view().mode()), "Learn shows the learned model");
        assertNotNull(onFx(() -> learn.view().landscape()));
        int[] learned = colours(shot("learned-energy"), plot, probes);
        assertTrue(differ(exact, learned), "the learned energy is painted where the exact one was");

        onFx(() -> {
            learn.view().setHeatmap(LearnedView.Heatmap.ERROR);
            return null;
        });
        settle();
        int[] error = colours(shot("error-map"), plot, probes);
        assertTrue(differ(learned, error), "the error map is painted");

        onFx(() -> {
            learn.view().setHeatmap(LearnedView.Heatmap.CURL);
            learn.view().setMode(LearnedView.Mode.BOTH);
            return null;
        });
        settle();
        shot("both-curl");

        onFx(() -> {
            learn.view().setMode(LearnedView.Mode.EXACT);
            return null;
        });
        settle();
        int[] back = colours(shot("exact-again"), plot, probes);
        for (int k = 0; k < probes.length; k++) assertEquals(exact[k], back[k], "exact again at probe " + k);
    }

    @Test
    void theShareReadoutCountsWhatAHeadlessRunCounts() throws Exception {
        LearnPanel learn = window.learn();
        onFx(() -> {
            showLearnTab();
            learn.setSettings(200, 8, 3);
            learn.learn();
            return null;
        });
        settle();
        onFx(() -> {
            ((javafx.scene.control.CheckBox) window.lookup("#learn-particles")).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> learn.shares() != null));
        double[] shown = onFx(learn::shares);
        var trained = onFx(learn::trained);
        Cancellation never = () -> false;
        LearnedParticles.Runs runs = LearnedParticles.run(trained.network(), window.document().scene(),
                java.util.concurrent.ForkJoinPool.commonPool(), never);
        var memories = org.memscape.scene.SceneSetup.memories(window.document().scene());
        int onExact = 0, onLearned = 0;
        for (int p = 0; p < runs.count(); p++) {
            if (RecallShare.distance(memories, runs.exactEnd()[2 * p], runs.exactEnd()[2 * p + 1]) <= LearnPanel.DEFAULT_RADIUS) onExact++;
            if (RecallShare.distance(memories, runs.learnedEnd()[2 * p], runs.learnedEnd()[2 * p + 1]) <= LearnPanel.DEFAULT_RADIUS) onLearned++;
        }
        assertEquals((double) onExact / runs.count(), shown[0], 1e-12);
        assertEquals((double) onLearned / runs.count(), shown[1], 1e-12);
        String text = onFx(learn::shareText);
        assertTrue(text.contains("exact " + LearnPanel.percent((double) onExact / runs.count(), 0)), text);
        // the exact run the panel counts is the one the canvas shows: the same last positions
        onFx(() -> {
            window.playback().seek(window.playback().lastStepProperty().get());
            return null;
        });
        settle();
        float[] onScreen = onFx(() -> window.pump().shown().particleXY().clone());
        for (int i = 0; i < 2 * runs.count(); i++) assertEquals(runs.exactEnd()[i], onScreen[i], 1e-6);
        shot("particles");
    }

    private void showLearnTab() {
        TabPane tabs = (TabPane) window.lookup(".tab-pane");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Learn")).findFirst().orElseThrow());
    }

    private WritableImage shot(String name) throws Exception {
        return FxTests.shot(window, "learn-shots", name);
    }

    private int[] colours(WritableImage image, PlotFrame plot, double[][] at) throws Exception {
        int[] c = new int[at.length];
        for (int k = 0; k < at.length; k++) {
            double x = at[k][0], y = at[k][1];
            javafx.geometry.Point2D p = onFx(() -> window.canvas().localToScene(plot.px(x), plot.py(y)));
            c[k] = image.getPixelReader().getArgb((int) p.getX(), (int) p.getY());
        }
        return c;
    }

    private static boolean differ(int[] a, int[] b) {
        for (int k = 0; k < a.length; k++) if (a[k] != b[k]) return true;
        return false;
    }
}
