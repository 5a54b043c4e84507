package org.memscape.app.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.output.ExperimentCsv;
import org.memscape.experiment.Monitor;
import org.memscape.experiment.Repetitions;
import org.memscape.experiment.RetrievalExperiment;
import org.memscape.plot.ExperimentCharts;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Experiments window driven as a user would: fill the form, Run, watch results arrive, Cancel, save. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsWindowTest {

    @TempDir Path dir;
    private ExperimentsWindow window;

    @Start
    void start(Stage stage) {
        window = new ExperimentsWindow();
        stage.setScene(new javafx.scene.Scene(window.root(), 1180, 740));
        stage.show();
    }

    @AfterEach
    void stopRuns() throws Exception {
        fx(() -> {
            window.cancelAll();
            return null;
        });
        waitUntil(() -> !window.retrieval().running() && !window.capacity().running() && !window.trajectories().running());
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(condition));
    }

    @Test
    void retrievalRowsArriveWhileItRunsAndAreTheExperimentsNumbers() throws Exception {
        RetrievalPane pane = window.retrieval();
        List<Boolean> runningAtEachRow = new CopyOnWriteArrayList<>();
        fx(() -> {
            pane.repsField().setText("40");
            pane.patternsField().setText("10,20");
            pane.table().getItems().addListener((ListChangeListener<RetrievalExperiment.Row>) c -> {
                while (c.next()) if (c.wasAdded()) runningAtEachRow.add(pane.running());
            });
            pane.runNow();
            return null;
        });
        waitUntil(() -> !pane.running());
        assertTrue(fx(pane::statusText).startsWith("Done: 4 rows"), fx(pane::statusText));
        assertEquals(List.of(true, true, true, true), runningAtEachRow, "each row is shown as soon as it is done");
        assertEquals(1.0, fx(pane::progressValue), 0);
        List<RetrievalExperiment.Row> shown = fx(() -> List.copyOf(pane.table().getItems()));
        List<RetrievalExperiment.Row> expected;
        try (Repetitions runner = new Repetitions(1)) {
            expected = RetrievalExperiment.run(fx(pane::shown), runner, Monitor.NONE, r -> {});
        }
        assertEquals(expected, shown);

        Path csv = dir.resolve("table.csv");
        assertTrue(fx(() -> pane.save("csv", csv)));
        assertEquals(ExperimentCsv.provenance(fx(pane::shown)).csvComment() + ExperimentCsv.retrieval(expected), Files.readString(csv));
        assertTrue(fx(pane::statusText).contains("Saved table.csv"));
    }

    @Test
    void theSideTabOpensTheWindowOnTheChosenExperiment() throws Exception {
        ExperimentsTab tab = fx(() -> {
            ExperimentsTab t = new ExperimentsTab();
            new javafx.scene.Scene(t, 380, 600);
            return t;
        });
        for (int k : new int[] {1, 2, 0}) {
            fx(() -> {
                tab.lookupAll(".button").stream().map(n -> (javafx.scene.control.Button) n).skip(k).findFirst().orElseThrow().fire();
                return null;
            });
            assertNotNull(fx(ExperimentsWindow::openWindow));
            assertEquals(k, (int) fx(() -> ExperimentsWindow.openWindow().root().getSelectionModel().getSelectedIndex()));
            assertTrue(fx(() -> ExperimentsWindow.openStage().isShowing()));
        }
        fx(() -> {
            ExperimentsWindow.openStage().hide();
            return null;
        });
        assertEquals(null, fx(ExperimentsWindow::openWindow), "closing forgets the window");
    }

    @Test
    void badInputIsSaidAndStartsNothing() throws Exception {
        RetrievalPane pane = window.retrieval();
        fx(() -> {
            pane.thetaField().setText("1.5");
            pane.runNow();
            return null;
        });
        assertFalse(fx(pane::running));
        assertTrue(fx(pane::statusText).contains("θ \"1.5\": expected a number strictly between 0 and 1"), fx(pane::statusText));
        assertTrue(fx(() -> pane.table().getItems().isEmpty()));
    }

    @Test
    void cancelStopsARunBetweenRepetitions() throws Exception {
        RetrievalPane pane = window.retrieval();
        fx(() -> {
            pane.repsField().setText("1000000");
            pane.runNow();
            return null;
        });
        assertTrue(fx(pane::running));
        fx(() -> {
            pane.cancelNow();
            return null;
        });
        waitUntil(() -> !pane.running());
        assertTrue(fx(pane::statusText).startsWith("Cancelled"), fx(pane::statusText));
        assertTrue(fx(() -> pane.table().getItems().size()) < 6);
    }

    @Test
    void capacityDrawsEachDimensionAndSavesPictures() throws Exception {
        CapacityPane pane = window.capacity();
        fx(() -> {
            pane.toField().setText("7");
            pane.repsField().setText("20");
            pane.runNow();
            return null;
        });
        waitUntil(() -> !pane.running());
        assertTrue(fx(pane::statusText).startsWith("Done: capacity"), fx(pane::statusText));
        assertEquals(3, fx(() -> pane.results().size()));
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) fx(() -> pane.chart().chart()).getPlot();
        XYPlot capacity = (XYPlot) plot.getSubplots().get(1);
        assertEquals(3, capacity.getDataset().getItemCount(0), "one capacity point per dimension");

        Path png = dir.resolve("capacity.png"), svg = dir.resolve("capacity.svg"), csv = dir.resolve("capacity.csv");
        assertTrue(fx(() -> pane.save("png", png)));
        assertTrue(fx(() -> pane.save("svg", svg)));
        assertTrue(fx(() -> pane.save("csv", csv)));
        assertEquals(2 * ExperimentCharts.CAPACITY_WIDTH, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.readString(svg).contains("experiment capacity: model diffusion"));
        assertTrue(Files.readAllLines(csv).contains(ExperimentCsv.CAPACITY_HEADER));
    }

    @Test
    void trajectoriesDrawEveryCoordinate() throws Exception {
        TrajectoryPane pane = window.trajectories();
        fx(() -> {
            pane.runNow();
            return null;
        });
        waitUntil(() -> !pane.running());
        assertTrue(fx(pane::statusText).startsWith("Done: 2000 steps"), fx(pane::statusText));
        XYPlot plot = (XYPlot) fx(() -> pane.chart().chart()).getPlot();
        assertEquals(5, plot.getDataset(0).getSeriesCount(), "one SDE path per coordinate");
        assertEquals(5, plot.getDataset(1).getSeriesCount(), "one ODE path per coordinate");
        assertEquals(2001, plot.getDataset(1).getItemCount(0));
        assertNotNull(fx(pane::paths));
        Path csv = dir.resolve("paths.csv");
        assertTrue(fx(() -> pane.save("csv", csv)));
        assertEquals(ExperimentCsv.provenance(new org.memscape.experiment.TrajectoryExperiment.Settings(5, 4, 0.68, 5, 4, 2000, 1))
                .csvComment() + ExperimentCsv.trajectories(fx(pane::paths)), Files.readString(csv));
    }
}
