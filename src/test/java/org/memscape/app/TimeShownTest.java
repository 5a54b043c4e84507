package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import javafx.animation.AnimationTimer;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While playing, the transport bar and the status bar show the same step and τ: the frame on screen's. */
@ExtendWith(ApplicationExtension.class)
class TimeShownTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Time\", \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, 0]}],"
            + " \"model\": {\"type\": \"diffusion-vp\"}, \"dynamics\": {\"steps\": 400}, \"particles\": {\"count\": 50, \"seed\": 2}}";
    private static final Pattern BAR_STEP = Pattern.compile("step (\\d+) / (\\d+)");
    private static final Pattern STATUS_STEP = Pattern.compile("step (\\d+) of (\\d+)");
    private static final Pattern TAU = Pattern.compile("\u03C4 = ([0-9.]+)");

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = FxTests.openWindow(stage, SCENE);
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    /** At every pulse while playing: what the bars say, or a mismatch. */
    @Test
    void bothBarsShowTheStepAndTauOfTheFrameOnScreen() throws Exception {
        FxTests.settled(window);
        List<String> mismatches = new ArrayList<>();
        Set<String> stepsSeen = new HashSet<>();
        AnimationTimer sampler = new AnimationTimer() {
            @Override public void handle(long now) {
                if (window.pump().shown() == null) return;
                String bar = window.transport().stepText();
                String status = window.statusBar().text();
                String tau = window.transport().timeReadout().bar().getText();
                String step = first(BAR_STEP, bar);
                stepsSeen.add(step);
                if (!step.equals(first(STATUS_STEP, status)) || !step.equals(Integer.toString(window.pump().shown().step()))
                        || !first(TAU, tau).equals(first(TAU, status))) {
                    mismatches.add(bar + " | " + tau.replace('\n', ' ') + " | " + status + " | frame " + window.pump().shown().step());
                }
            }
        };
        onFx(() -> {
            sampler.start();
            window.playback().togglePlay();
            return null;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> !window.playback().playingProperty().get()));
        onFx(() -> {
            sampler.stop();
            return null;
        });
        assertTrue(stepsSeen.size() > 5, "it played: " + stepsSeen.size() + " steps seen");
        assertEquals(List.of(), mismatches, "the transport bar, the status bar and the frame agree at every pulse");
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "(none in " + text + ")";
    }
}
