package org.memscape.app.export;

import org.memscape.output.Version;

import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.ViewSettings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.app.export.AnimationFormat;
import org.memscape.cli.Cli;
import org.memscape.output.Provenance;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneReader;

/** The render command end to end (headless JavaFX), and the files it and the window's exports write. */
public class RenderTest {

    @TempDir Path dir;

    /**
     * The toolkit as TestFX starts it, before the renderer would: a toolkit started by
     * Platform.startup instead leaves TestFX's robot unable to drive the UI tests that follow.
     */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    record Outcome(int code, String err) {}

    static Outcome render(String... args) {
        StringWriter err = new StringWriter();
        String[] full = Stream.concat(Stream.of("render"), Stream.of(args)).toArray(String[]::new);
        int code = Cli.run(full, new PrintWriter(new StringWriter()), new PrintWriter(err), HeadlessRenderer::render);
        return new Outcome(code, err.toString());
    }

    static String scene(String name) {
        try {
            return Paths.get(RenderTest.class.getResource("/scenes/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pngHasTheRequestedSizeAndCarriesTitleSeedAndVersion() throws Exception {
        Path png = dir.resolve("a.png");
        Outcome o = render("--scene", scene("two-points.json"), "--steps", "3", "--size", "640x480", "--out", png.toString());
        assertEquals(0, o.code(), o.err());
        ImageReader reader = reader(png);
        assertEquals(640, reader.getWidth(0));
        assertEquals(480, reader.getHeight(0));
        Map<String, String> text = pngText(reader);
        Scene scene = SceneReader.read(Path.of(scene("two-points.json")));
        assertEquals(scene.title(), text.get("Title"));
        assertEquals("Memscape " + Version.current(), text.get("Software"));
        assertEquals(Long.toString(scene.particles().seed()), text.get("Seed"));
        assertEquals("3", text.get("Step"));
    }

    @Test
    void scaleTwoDoublesThePixelsAndACaptionFitsInside() throws Exception {
        Path png = dir.resolve("b.png");
        Outcome o = render("--scene", scene("two-points.json"), "--steps", "0", "--size", "600x400", "--scale", "2",
                "--caption", "--no-colorbar", "--out", png.toString());
        assertEquals(0, o.code(), o.err());
        ImageReader reader = reader(png);
        assertEquals(1200, reader.getWidth(0));
        assertEquals(800, reader.getHeight(0));
    }

    /**
     * A captioned picture of the window's landscape size, at 2× for a slide: the plot has most of
     * the height under the caption and the window's ticks, −2, 0, 2 on the ring's [−3, 3] (it had
     * a third of the height and one tick, 0, under a caption in 28 px type).
     */
    @Test
    void aCaptionedPictureIsMostlyPlotWithSeveralTicks() throws Exception {
        Scene ring = org.memscape.app.document.Presets.load("ambrogioni-1c-ring.json");
        PictureOptions options = new PictureOptions(679, 510, 2, true, true);
        org.memscape.app.landscape.PlotFrame plot = org.memscape.app.ui.Fx.call(
                () -> new LandscapePicture(ring, ViewSettings.initial(ring.domain()), options, false).plot());
        assertTrue(plot.height() >= 0.6 * options.height(), "the plot's height " + plot.height() + " of " + options.height());
        assertTrue(plot.bottom() <= options.height() && plot.top() >= 0);
        double share = plot.width() * plot.height() / (options.width() * options.height());
        assertTrue(share >= 0.3, "the square plot's share of the 4:3 picture: " + share);
        assertEquals(List.of(-2.0, 0.0, 2.0), org.memscape.app.landscape.paint.AxesPainter.xTicks(plot));
        assertEquals(List.of(-2.0, 0.0, 2.0), org.memscape.app.landscape.paint.AxesPainter.yTicks(plot));
    }

    @Test
    void textOutsideLatin1GoesInAnInternationalChunk() throws Exception {
        Path png = dir.resolve("c.png");
        var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        org.memscape.app.export.PngFile.write(image, org.memscape.app.export.PngFile.text(
                new Provenance("β_eff(τ) and τ", "", 7, "1.2"), Map.of()), png);
        Map<String, String> text = pngText(reader(png));
        assertEquals("β_eff(τ) and τ", text.get("Title"));
        assertEquals("7", text.get("Seed"));
        assertFalse(text.containsKey("Description"), "an empty description is left out");
    }

    @Test
    void gifHasAFramePerStepTheSizeTheDelayAndTheLoop() throws Exception {
        Path gif = dir.resolve("run.gif");
        Outcome o = render("--scene", scene("two-points.json"), "--steps", "4", "--size", "500x400", "--fps", "20", "--out", gif.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("run.gif: all 5 steps: about "), "the plan is told before writing: " + o.err());
        assertTrue(o.err().contains("wrote run.gif: "), o.err());
        ImageReader reader = reader(gif);
        assertEquals(5, reader.getNumImages(true));
        var blocks = org.memscape.app.export.GifBlocks.read(gif);
        assertEquals(500, blocks.width());
        assertEquals(400, blocks.height());
        assertEquals(500, reader.getWidth(0));
        assertEquals(400, reader.getHeight(0));
        IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
        assertEquals("5", child(first, "GraphicControlExtension").getAttribute("delayTime"));
        IIOMetadataNode app = child(child(first, "ApplicationExtensions"), "ApplicationExtension");
        assertEquals("NETSCAPE", app.getAttribute("applicationID"));
        assertEquals(0, ((byte[]) app.getUserObject())[1], "loop count 0: for ever");
        String comment = child(child(first, "CommentExtensions"), "CommentExtension").getAttribute("value");
        assertTrue(comment.contains("title: CLI test") && comment.contains("seed: ") && comment.contains(Version.current()), comment);
    }

    @Test
    void gifWithoutLoopPlaysOnce() throws Exception {
        Path gif = dir.resolve("once.gif");
        assertEquals(0, render("--scene", scene("two-points.json"), "--steps", "1", "--size", "400x300", "--no-loop", "--out", gif.toString()).code());
        IIOMetadataNode first = (IIOMetadataNode) reader(gif).getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
        assertNull(child(first, "ApplicationExtensions"));
    }

    @Test
    void badInputsSayWhatWasExpectedInOneLineAndWriteNothing() throws IOException {
        Path png = dir.resolve("x.png");
        String good = scene("two-points.json");
        assertOneLineError(render("--scene", dir.resolve("nope.json").toString(), "--out", png.toString()), "nope.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"memscape\": 1, \"memories\": [{\"point\": [1]}]}");
        assertOneLineError(render("--scene", bad.toString(), "--out", png.toString()), "bad.json");
        assertOneLineError(render("--scene", good, "--size", "1280by800", "--out", png.toString()), "--size", "1280x800");
        assertOneLineError(render("--scene", good, "--size", "100x100", "--out", png.toString()), "--size", "at least");
        assertOneLineError(render("--scene", good, "--size", "5000x4000", "--scale", "2", "--out", png.toString()), "--size", "at most");
        assertOneLineError(render("--scene", good, "--size", "8000x8000", "--out", png.toString()), "--size", "million pixels");
        assertOneLineError(render("--scene", good, "--out", dir.resolve("x.jpg").toString()), "--out", ".png, .gif or .mp4");
        assertOneLineError(render("--scene", good, "--out", dir.resolve("missing/x.png").toString()), "cannot write");
        assertOneLineError(render("--scene", good, "--steps", "-1", "--out", png.toString()), "--steps");
        assertOneLineError(render("--scene", good, "--scale", "9", "--out", png.toString()), "--scale");
        assertOneLineError(render("--scene", good, "--fps", "0", "--out", dir.resolve("x.gif").toString()), "--fps");
        assertOneLineError(render("--scene", scene("diffusion-sde.json"), "--tau", "2", "--out", png.toString()), "--tau", "(0, 1]");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(bad), left.toList(), "no picture and no temporary file is left behind");
        }
    }

    @Test
    void aCancelledAnimationLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path gif = dir.resolve("run.gif");
        Files.writeString(gif, "the previous file");
        Scene scene = SceneReader.read(Path.of(scene("two-points.json")));
        PictureOptions options = new PictureOptions(400, 300, 1, true, false);
        try (PictureMaker maker = new PictureMaker(scene, ViewSettings.initial(scene.domain()), options, Double.NaN)) {
            // The user presses Cancel after two frames: the export's thread is interrupted.
            LandscapeFiles.Planned planned = LandscapeFiles.plan(maker, AnimationFormat.GIF, 10, 400, 300, 15, true);
            assertThrows(InterruptedException.class, () -> LandscapeFiles.animation(maker, AnimationFormat.GIF, planned.plan(),
                    planned.palette(), 400, 300, 15, true, Provenance.of(scene), gif,
                    (done, all) -> { if (done == 2) Thread.currentThread().interrupt(); }));
        }
        Thread.interrupted();
        assertEquals("the previous file", Files.readString(gif));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(gif), left.toList(), "no temporary file is left behind");
        }
    }

    /**
     * The steps before a still only lay down trails (composing each at 2x would hold the window's
     * FX thread): the picture is, pixel for pixel, the one showing every step gives.
     */
    @Test
    void aStillFedOnlyTrailsIsThePictureShowingEveryStepGives() throws Exception {
        Scene scene = SceneReader.read(Path.of(scene("two-points.json")));
        PictureOptions options = new PictureOptions(500, 400, 2, true, false);
        for (ForceView force : List.of(ForceView.ARROWS, ForceView.STREAMLINES)) {
            ViewSettings settings = new ViewSettings(scene.domain(), ViewSettings.initial(scene.domain()).colormap(), force, false, null, true);
            int[] fed, shown, first;
            try (PictureMaker maker = new PictureMaker(scene, settings, options, Double.NaN)) {
                fed = pixels(maker.still(5));
            }
            try (PictureMaker maker = new PictureMaker(scene, settings, options, Double.NaN)) {
                shown = pixels(maker.still(5, true));
            }
            try (PictureMaker maker = new PictureMaker(scene, settings, options, Double.NaN)) {
                first = pixels(maker.still(0));
            }
            assertArrayEquals(shown, fed, force + ": the same picture");
            long trailPixels = 0;
            for (int i = 0; i < fed.length; i++) if (fed[i] != first[i]) trailPixels++;
            assertTrue(trailPixels > 0, force + ": the particles moved, with trails");
        }
    }

    private static int[] pixels(java.awt.image.BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void assertOneLineError(Outcome o, String... phrases) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line expected, got:\n" + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
        for (String phrase : phrases) assertTrue(o.err().contains(phrase), "missing '" + phrase + "' in: " + o.err());
    }

    static ImageReader reader(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(file));
        ImageReader reader = ImageIO.getImageReaders(in).next();
        reader.setInput(in);
        return reader;
    }

    /** Every tEXt and iTXt keyword with its value. */
    static Map<String, String> pngText(ImageReader reader) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        Map<String, String> text = new java.util.HashMap<>();
        var latin = root.getElementsByTagName("tEXtEntry");
        for (int i = 0; i < latin.getLength(); i++) {
            IIOMetadataNode e = (IIOMetadataNode) latin.item(i);
            text.put(e.getAttribute("keyword"), e.getAttribute("value"));
        }
        var international = root.getElementsByTagName("iTXtEntry");
        for (int i = 0; i < international.getLength(); i++) {
            IIOMetadataNode e = (IIOMetadataNode) international.item(i);
            text.put(e.getAttribute("keyword"), e.getAttribute("text"));
        }
        return text;
    }

    static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        if (parent == null) return null;
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) return (IIOMetadataNode) n;
        }
        return null;
    }

    /** A particle that has settled on a point memory is drawn over it, not hidden under it. */
    @Test
    void aParticleOnAMemoryShowsAboveIt() throws Exception {
        int onTop = memoryFillPixels("[[0, 0]]"), apart = memoryFillPixels("[[2, 2]]");
        assertTrue(onTop < apart - 20, "the memory's dark fill visible: " + onTop + " with the particle on it, " + apart + " without");
    }

    /**
     * Particles that settle on a segment or a ring show on it: the lines are drawn under the
     * particles, not on an overlay above them (the ring preset's "half of the samples spread around
     * the ring" could not be seen).
     */
    @Test
    void particlesOnASegmentAndARingShowAboveThem() throws Exception {
        String memories = "{\"segment\": [[-2, -1], [2, -1]]}, {\"circle\": {\"center\": [0, 1], \"radius\": 1}}";
        String on = "[[-1, -1], [0, -1], [1, -1], [-1, 1], [0, 2], [0.7071, 1.7071]]";
        String off = "[[2.5, 2.5], [2.5, 2.5], [2.5, 2.5], [2.5, 2.5], [2.5, 2.5], [2.5, 2.5]]";
        int onTop = memoryFillPixels(memories, on), apart = memoryFillPixels(memories, off);
        assertTrue(onTop < apart - 6 * 10, "each particle hides some of the line under it: " + onTop + " with the particles on them, "
                + apart + " without");
    }

    /** Pixels of a point memory's dark fill in a picture of one memory at the origin and one particle. */
    private int memoryFillPixels(String particleAt) throws Exception {
        return memoryFillPixels("{\"point\": [0, 0]}", particleAt);
    }

    /** Pixels of the memories' dark fill in a picture of {@code memories} (JSON) and particles at the given points. */
    private int memoryFillPixels(String memories, String particleAt) throws Exception {
        Path file = dir.resolve("one.json");
        Files.writeString(file, "{\"memscape\": 1, \"memories\": [" + memories + "], \"model\": {\"type\": \"hopfield-distance\"},"
                + " \"dynamics\": {\"sampler\": \"gradient-flow\", \"steps\": 1},"
                + " \"particles\": {\"init\": {\"points\": " + particleAt + "}}}");
        Path png = dir.resolve("one.png");
        assertEquals(0, render("--scene", file.toString(), "--steps", "0", "--no-colorbar", "--out", png.toString()).code());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int fill = 0x111318, n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == fill) n++;
        }
        return n;
    }
}
