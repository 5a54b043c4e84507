package org.memscape.app.export;

import org.memscape.app.document.SceneFile;
import org.memscape.app.FxTests;
import org.memscape.app.MainWindow;
import org.memscape.app.export.AnimationFilesTest;
import org.memscape.app.export.ExportActions;
import org.memscape.app.export.PictureOptions;
import org.memscape.app.export.RenderTest;
import org.memscape.app.landscape.Colormap;
import org.memscape.app.landscape.ForceView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import javax.imageio.ImageReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.cli.Cli;
import org.memscape.scene.SceneWriter;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's exports, given their choices (the dialogs are the only part not driven here). */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {

    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Export scene\", \"description\": \"Two memories.\","
            + " \"memories\": [{\"point\": [1.5, 1.5]}, {\"point\": [-1.5, -1.5]}],"
            + " \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2},"
            + " \"dynamics\": {\"sampler\": \"langevin\", \"steps\": 30, \"temperature\": 0.1},"
            + " \"particles\": {\"count\": 40, \"seed\": 4}}";

    @TempDir Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = FxTests.openWindow(stage, SCENE);
    }

    @AfterEach
    void stop() throws Exception {
        FxTests.closeWindow(window);
    }


    private static void finished(Task<?> task) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        Throwable failure = onFx(task::getException);
        assertEquals(Worker.State.SUCCEEDED, onFx(task::getState), () -> String.valueOf(failure));
    }

    @Test
    void thePictureHasTheCanvasSizeTimesTheScaleAndTheStepShown() throws Exception {
        Path png = dir.resolve("landscape.png");
        onFx(() -> {
            window.playback().seek(7);
            return null;
        });
        int[] size = onFx(() -> new int[] {window.exports().canvasWidth(), window.exports().canvasHeight()});
        Task<Void> task = onFx(() -> window.exports().picture(new PictureOptions(size[0], size[1], 2, true, true), png));
        finished(task);
        ImageReader reader = RenderTest.reader(png);
        assertEquals(2 * size[0], reader.getWidth(0));
        assertEquals(2 * size[1], reader.getHeight(0));
        var text = RenderTest.pngText(reader);
        assertEquals("Export scene", text.get("Title"));
        assertEquals("Two memories.", text.get("Description"));
        assertEquals("7", text.get("Step"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved landscape.png", onFx(() -> window.statusBar().noteText()), "the window says where it went");
        Path scene = dir.resolve("mine.json");
        onFx(() -> {
            window.files().saveTo(scene);
            return null;
        });
        assertEquals("Saved mine.json", onFx(() -> window.statusBar().noteText()));
    }

    /**
     * Without particles (whose trails depend on what the window happened to show) a 1× picture
     * is, pixel for pixel, what the window's landscape shows: one painting code, two places.
     */
    @Test
    void aPictureAtOneTimesIsTheWindowsLandscape() throws Exception {
        onFx(() -> {
            window.document().edit(s -> s.withParticles(new org.memscape.scene.ParticleSpec(0, 4, new org.memscape.scene.ParticleSpec.Init.Uniform())));
            window.landscapeView().setColormap(Colormap.load("magma"));
            window.landscapeView().setForce(ForceView.STREAMLINES);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
            var shown = window.pump().shown();
            return !window.pump().busy() && shown != null && shown.request().scene() == window.document().scene()
                    && shown.request().streamlines() && !shown.coarse();
        }));
        WaitForAsyncUtils.waitForFxEvents();
        int[] size = onFx(() -> new int[] {window.exports().canvasWidth(), window.exports().canvasHeight()});
        int[] onScreen = onFx(() -> {
            window.canvas().paint();
            javafx.scene.image.WritableImage image = window.canvas().snapshot(null, null);
            int[] argb = new int[size[0] * size[1]];
            image.getPixelReader().getPixels(0, 0, size[0], size[1], javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, size[0]);
            return argb;
        });
        Path png = dir.resolve("same.png");
        finished(onFx(() -> window.exports().picture(new PictureOptions(size[0], size[1], 1, true, false), png)));
        java.awt.image.BufferedImage file = javax.imageio.ImageIO.read(png.toFile());
        int differ = 0;
        for (int y = 0; y < size[1]; y++) {
            for (int x = 0; x < size[0]; x++) if ((file.getRGB(x, y) & 0xFFFFFF) != (onScreen[y * size[0] + x] & 0xFFFFFF)) differ++;
        }
        assertEquals(0, differ, "pixels that differ between the window and the picture, of " + size[0] * size[1]);
    }

    @Test
    void theAnimationHasAFramePerStepAtTheCanvasSize() throws Exception {
        Path gif = dir.resolve("run.gif");
        Task<Void> task = onFx(() -> window.exports().animation(3, 10, true, gif));
        finished(task);
        ImageReader reader = RenderTest.reader(gif);
        assertEquals(4, reader.getNumImages(true));
        var blocks = org.memscape.app.export.GifBlocks.read(gif);
        assertEquals((int) onFx(() -> window.exports().canvasWidth()), blocks.width());
        assertEquals((int) onFx(() -> window.exports().canvasHeight()), blocks.height());
    }

    @Test
    void theAnimationIsAVideoForAnMp4Name() throws Exception {
        Path mp4 = dir.resolve("run.mp4");
        finished(onFx(() -> window.exports().animation(3, 10, true, mp4)));
        List<java.awt.image.BufferedImage> frames = AnimationFilesTest.decodeMp4(mp4);
        assertEquals(4, frames.size());
        assertEquals((int) onFx(() -> window.exports().canvasWidth()) & ~1, frames.get(0).getWidth(), "H.264 needs even sides");
    }

    @Test
    void aCancelledAnimationLeavesNoFile() throws Exception {
        Path gif = dir.resolve("cancelled.gif");
        Task<Void> task = onFx(() -> window.exports().animation(30, 10, true, gif));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(task::getProgress) > 0);
        onFx(() -> task.cancel(true));
        assertEquals(Worker.State.CANCELLED, onFx(task::getState));
        // the export's thread removes its temporary file on its way out
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.findAny().isEmpty();
            }
        });
        assertFalse(Files.exists(gif));
    }

    @Test
    void theTrajectoriesAreWhatTheRunCommandWrites() throws Exception {
        Path csv = dir.resolve("window.csv");
        finished(onFx(() -> window.exports().trajectories(csv)));
        Path scene = dir.resolve("scene.json");
        Files.writeString(scene, SceneWriter.toJson(onFx(() -> window.document().scene())));
        Path expected = dir.resolve("run.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"run", "--scene", scene.toString(), "--out", expected.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        assertEquals(Files.readString(expected), Files.readString(csv));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("# title: Export scene", lines.get(0));
        assertEquals("# seed: 4", lines.get(1));
        assertEquals(3 + 1 + 31 * 40, lines.size());
    }

    @Test
    void theChartsAreAnSvgDocumentOrAPng() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> window.pump().shown() != null));
        WaitForAsyncUtils.waitForFxEvents();
        Path svg = dir.resolve("charts.svg");
        assertTrue(onFx(() -> window.exports().charts(svg)), "the energy chart has its first step");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertTrue(Files.readString(svg).contains("title: Export scene"));
        Path png = dir.resolve("charts.png");
        assertTrue(onFx(() -> window.exports().charts(png)));
        ImageReader reader = RenderTest.reader(png);
        assertEquals(ExportActions.CHART_WIDTH * ExportActions.CHART_PNG_SCALE, reader.getWidth(0));
        assertEquals("Export scene", RenderTest.pngText(reader).get("Title"));
    }

    @Test
    void fileNamesComeFromTheTitle() {
        assertEquals("survey-figure-1-two-memories-two-valleys", SceneFile.fileName("Survey Figure 1: two memories, two valleys"));
        assertEquals("memscape", SceneFile.fileName("β τ"));
    }
}
