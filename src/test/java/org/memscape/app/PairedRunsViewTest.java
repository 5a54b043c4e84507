package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.app.document.Presets;
import org.memscape.cli.Cli;
import org.memscape.compute.Frame;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Paired runs in the window (issue 14.5): the compared run under the scene's own sampler lies on
 * the scene's particles, and the table's shares at the end are the `compare` command's for the
 * same scene and dynamics. Pictures go to target/structure-shots.
 */
@ExtendWith(ApplicationExtension.class)
class PairedRunsViewTest {

    private static final String PRESET = "diffusion-vs-hopfield";
    private static final List<Sampler> DYNAMICS = List.of(Sampler.HOPFIELD_UPDATE, Sampler.REVERSE_SDE, Sampler.PROBABILITY_FLOW_ODE);

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = FxTests.openWindow(stage, Presets.load(PRESET + ".json"), 1280, 800);
        FxTests.selectTab(window, "Structure");   // its count and table follow the frames only while on screen
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }

    private void settle() throws Exception {
        FxTests.settled(window);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> !window.structure().busy() && !window.structurePanel().busy()));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.canvas().paint();
            return null;
        });
    }

    private void shot(String name) throws Exception {
        FxTests.shot(window, "structure-shots", name);
    }

    private void compareAt(int step) throws Exception {
        onFx(() -> {
            window.structure().paired().setDynamics(DYNAMICS);
            window.structure().paired().setOn(true);
            window.playback().seek(step);
            return null;
        });
        settle();
    }

    @Test
    void theScenesOwnDynamicsIsDrawnOnTheScenesParticles() throws Exception {
        compareAt(120);
        int sde = onFx(() -> window.structure().paired().shownDynamics().indexOf(Sampler.REVERSE_SDE));
        assertEquals(1, sde);
        float[] compared = onFx(() -> window.structure().paired().shownPositions(sde));
        float[] own = onFx(() -> {
            Frame f = window.canvas().frame();
            assertEquals(120, f.step());
            return Arrays.copyOf(f.particleXY(), 2 * f.particleCount());
        });
        assertArrayEquals(own, compared);
        assertTrue(!Arrays.equals(own, onFx(() -> window.structure().paired().shownPositions(0))), "the Hopfield update is another run");
        shot("paired-runs-step-120-1280x800");
    }

    /** An edit mid-run: the compared runs are the edited scene's from its start, the scene's own run again after Reset. */
    @Test
    void theComparisonFollowsAnEdit() throws Exception {
        compareAt(120);
        float[] before = onFx(() -> window.structure().paired().shownPositions(1));
        onFx(() -> {
            window.document().edit(s -> s.withMemories(List.of(new org.memscape.scene.MemorySpec.Point(2.5, 2), s.memories().get(1),
                    s.memories().get(2), s.memories().get(3))));
            return null;
        });
        settle();
        float[] edited = onFx(() -> window.structure().paired().shownPositions(1));
        assertTrue(!Arrays.equals(before, edited), "the compared runs follow the edit");
        long editedRun = onFx(() -> window.canvas().frame().request().run());
        onFx(() -> {
            window.reset();
            window.playback().seek(120);
            return null;
        });
        // the frame of the run before Reset is at step 120 of the same scene too: wait for the new run's
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> window.canvas().frame().request().run() != editedRun));
        settle();
        float[] own = onFx(() -> {
            Frame f = window.canvas().frame();
            return Arrays.copyOf(f.particleXY(), 2 * f.particleCount());
        });
        assertArrayEquals(own, onFx(() -> window.structure().paired().shownPositions(1)));
    }

    @Test
    void theTableAtTheEndIsTheCompareCommands() throws Exception {
        compareAt(400);
        String shown = onFx(() -> window.structurePanel().pairedText());
        Path dir = Files.createTempDirectory("paired");
        Path table = dir.resolve("agreement.csv");
        StringWriter err = new StringWriter();
        String[] args = {"compare", "--scene", Path.of("presets", PRESET + ".json").toString(), "--dynamics",
                "hopfield-update,reverse-sde,probability-flow-ode", "--out", dir.resolve("ends.csv").toString(), "--agreement", table.toString()};
        assertEquals(0, Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        List<String> expected = new ArrayList<>();
        String[] names = {"Hopfield", "SDE", "ODE"};
        List<String> rows = Files.readAllLines(table);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int a = DYNAMICS.indexOf(Sampler.valueOf(f[0].toUpperCase(Locale.ROOT).replace('-', '_')));
            int b = DYNAMICS.indexOf(Sampler.valueOf(f[1].toUpperCase(Locale.ROOT).replace('-', '_')));
            String share = String.format(Locale.ROOT, "%.1f %%", 100 * Double.parseDouble(f[4]));
            expected.add(names[a] + " \u00B7 " + names[b] + " " + share + " " + share);   // at the last step, now is the end
        }
        assertEquals(String.join("\n", expected) + "\n", shown);
        onFx(() -> {
            for (javafx.scene.Node n : window.lookupAll(".tab-pane")) {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) n;
                tabs.getTabs().stream().filter(t -> t.getText().equals("Structure")).forEach(t -> tabs.getSelectionModel().select(t));
            }
            return null;
        });
        settle();
        shot("paired-runs-end-1280x800");
        onFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            return null;
        });
        settle();
        shot("paired-runs-end-1024x768");
    }
}
