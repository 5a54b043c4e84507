package org.memscape.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memscape.app.export.AnimationFormat;
import org.memscape.app.export.AnimationPlan;
import org.memscape.app.export.GifBlocks;
import org.testfx.api.FxToolkit;

/**
 * Animations for slides, end to end: the README's own render example fits 10 MB, sampled evenly
 * and saying so; GIF frames share one palette and are the changed rectangles; an MP4 decodes, in
 * the right colours; a diffusion run's pictures say τ and the step in a corner; the export dialog
 * shows the expected size before writing.
 */
public class AnimationFilesTest {

    @TempDir Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();   // as RenderTest: the toolkit as TestFX starts it
    }

    /** The README's example, as written there (only the output's folder differs). */
    @Test
    void theReadmeExampleFitsTenMegabytesSampledEvenlyAndSaysSo() throws Exception {
        Path gif = dir.resolve("run.gif");
        String readme = Files.readString(Path.of("README.md"));
        String example = "render --scene presets/diffusion-vs-hopfield.json --out run.gif --size 800x600 --fps 20";
        assertTrue(readme.contains("java -jar target/memscape.jar " + example), "the README's example is the one tested");
        RenderTest.Outcome o = RenderTest.render("--scene", "presets/diffusion-vs-hopfield.json", "--out", gif.toString(),
                "--size", "800x600", "--fps", "20");
        assertEquals(0, o.code(), o.err());
        long size = Files.size(gif);
        assertTrue(size <= AnimationPlan.BUDGET, "at most 10 MB: " + size);
        Matcher said = Pattern.compile("run\\.gif: (\\d+) of 401 steps \\(about every \\d+\\w\\w step, to stay under 10 MB\\): about ([\\d.]+) MB")
                .matcher(o.err());
        assertTrue(said.find(), "the plan is told before writing: " + o.err());
        int frames = Integer.parseInt(said.group(1));
        double expected = Double.parseDouble(said.group(2)) * 1e6;
        assertTrue(Math.abs(size - expected) < 0.2 * expected, "the expected size " + expected + " is near the written " + size);

        GifBlocks blocks = GifBlocks.read(gif);
        assertEquals(frames, blocks.frames().size(), "the frames said");
        assertEquals(800, blocks.width());
        assertEquals(256, blocks.globalColours());
        assertTrue(blocks.frames().stream().noneMatch(GifBlocks.Frame::localTable), "one palette for all frames");
        assertEquals(new GifBlocks.Frame(0, 0, 800, 600, false, 1, false, 5), blocks.frames().get(0));
        for (GifBlocks.Frame f : blocks.frames().subList(1, frames)) {
            assertTrue(f.transparent() && f.disposal() == 1, "a changed rectangle over the frame before: " + f);
        }
        assertTrue(blocks.frames().stream().skip(1).anyMatch(f -> f.width() * f.height() < 800 * 600), "some frames are smaller rectangles");
        String comment = new String(blocks.comments().get(0), StandardCharsets.US_ASCII);
        assertTrue(comment.startsWith("title: Diffusion is a Hopfield network at rising beta; seed: 1; memscape "), comment);
        for (byte b : blocks.comments().get(0)) assertTrue(b >= 0, "ASCII only");
    }

    @Test
    void everyStepGivesAFramePerStep() throws Exception {
        Path gif = dir.resolve("all.gif");
        RenderTest.Outcome o = RenderTest.render("--scene", "presets/diffusion-vs-hopfield.json", "--steps", "12", "--every-step",
                "--size", "400x300", "--out", gif.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("all.gif: all 13 steps: about "), o.err());
        assertEquals(13, GifBlocks.read(gif).frames().size());
    }

    @Test
    void anMp4DecodesToItsFramesInTheColoursOfThePicture() throws Exception {
        Path mp4 = dir.resolve("run.mp4");
        RenderTest.Outcome o = RenderTest.render("--scene", "presets/diffusion-vs-hopfield.json", "--steps", "10", "--size", "400x300",
                "--out", mp4.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("run.mp4: all 11 steps: about "), o.err());
        List<BufferedImage> frames = decodeMp4(mp4);
        assertEquals(11, frames.size());
        assertEquals(400, frames.get(10).getWidth());
        assertEquals(300, frames.get(10).getHeight());

        // the last frame, as players decode it (limited range), is the PNG of the same step, up to the codec's loss
        Path png = dir.resolve("last.png");
        assertEquals(0, RenderTest.render("--scene", "presets/diffusion-vs-hopfield.json", "--steps", "10", "--size", "400x300",
                "--out", png.toString()).code());
        BufferedImage picture = ImageIO.read(png.toFile());
        double error = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                int a = picture.getRGB(x, y), b = frames.get(10).getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) error += Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
            }
        }
        error /= 3 * 400 * 300;
        assertTrue(error < 6, "mean error per channel: " + error);
        int background = picture.getRGB(5, 5), decoded = frames.get(10).getRGB(5, 5);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertTrue(Math.abs((background >> shift & 0xFF) - (decoded >> shift & 0xFF)) <= 6,
                    "the dark background stays as it is: " + Integer.toHexString(background) + " decoded " + Integer.toHexString(decoded));
        }
        String file = new String(Files.readAllBytes(mp4), StandardCharsets.ISO_8859_1);
        assertTrue(file.contains("\u00A9cmt"), "the comment's box");
        assertTrue(new String(Files.readAllBytes(mp4), StandardCharsets.UTF_8).contains("rising \u03B2; seed: 1"), "the comment in UTF-8");
    }

    /** Every frame of an MP4, decoded by JCodec and turned to RGB as players do: limited-range BT.601. */
    static List<BufferedImage> decodeMp4(Path file) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        try (var channel = NIOUtils.readableChannel(file.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            for (Picture p; (p = grab.getNativeFrame()) != null; ) frames.add(limitedRangeRgb(p));
        }
        return frames;
    }

    private static BufferedImage limitedRangeRgb(Picture p) {
        int w = p.getCroppedWidth(), h = p.getCroppedHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        byte[] ys = p.getPlaneData(0), us = p.getPlaneData(1), vs = p.getPlaneData(2);
        int yStride = p.getPlaneWidth(0), cStride = p.getPlaneWidth(1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double luma = 1.164 * (ys[y * yStride + x] + 128 - 16);
                double cb = us[(y / 2) * cStride + x / 2] + 128 - 128, cr = vs[(y / 2) * cStride + x / 2] + 128 - 128;
                int r = clamp(luma + 1.596 * cr), g = clamp(luma - 0.392 * cb - 0.813 * cr), b = clamp(luma + 2.017 * cb);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    @Test
    void aDiffusionPictureSaysTauAndTheStepInItsCorner() throws Exception {
        assertEquals("\u03C4 = 0.512 \u00B7 step 120 / 400", LandscapePicture.timeLabel(0.512, 120, 400, false));
        assertEquals("landscape at \u03C4 = 0.300 \u00B7 step 5 / 20", LandscapePicture.timeLabel(0.3, 5, 20, true));
        assertEquals("", LandscapePicture.timeLabel(Double.NaN, 5, 20, false), "a model without time: nothing");

        String common = "\"domain\": [-3, 3, -3, 3], \"memories\": [{\"point\": [1, 1]}, {\"point\": [-1, -1]}], \"particles\": {\"count\": 7, \"seed\": 42}";
        BufferedImage early = picture("{\"memscape\": 1, " + common + ", \"model\": {\"type\": \"diffusion-vp\"},"
                + " \"dynamics\": {\"sampler\": \"reverse-sde\", \"steps\": 20}}", 2);
        BufferedImage late = picture("{\"memscape\": 1, " + common + ", \"model\": {\"type\": \"diffusion-vp\"},"
                + " \"dynamics\": {\"sampler\": \"reverse-sde\", \"steps\": 20}}", 15);
        BufferedImage timeless = picture("{\"memscape\": 1, " + common + ", \"model\": {\"type\": \"hopfield-distance\", \"beta\": 2},"
                + " \"dynamics\": {\"sampler\": \"gradient-flow\", \"steps\": 20}}", 15);
        // above the plot, between the y axis's name and the colorbar's title
        int labelled = textPixels(early), unlabelled = textPixels(timeless);
        assertTrue(labelled > 100, "the label's text: " + labelled + " light pixels");
        assertEquals(0, unlabelled, "a model without time has nothing there");
        int differ = 0;
        for (int y = 0; y < 30; y++) for (int x = 280; x < 600; x++) if (early.getRGB(x, y) != late.getRGB(x, y)) differ++;
        assertTrue(differ > 20, "the label follows the step: " + differ + " pixels differ");
    }

    private BufferedImage picture(String json, int step) throws Exception {
        Path scene = Files.createTempFile(dir, "scene", ".json");
        Files.writeString(scene, json);
        Path png = dir.resolve(scene.getFileName() + ".png");
        RenderTest.Outcome o = RenderTest.render("--scene", scene.toString(), "--steps", Integer.toString(step), "--size", "800x600",
                "--out", png.toString());
        assertEquals(0, o.code(), o.err());
        // --steps makes the run that long: the label then says "step K / K"
        return ImageIO.read(png.toFile());
    }

    /** Light pixels in the strip above the plot, right of its middle: where the τ label goes. */
    private static int textPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < 30; y++) {
            for (int x = 280; x < 600; x++) {
                int c = image.getRGB(x, y);
                if (((c >> 16 & 0xFF) + (c >> 8 & 0xFF) + (c & 0xFF)) > 3 * 120) n++;
            }
        }
        return n;
    }

    /** The dialog says which steps and how large before anything is written, and follows the choices. */
    @Test
    void theDialogShowsTheExpectedSizeBeforeWriting() throws Exception {
        AnimationPlan.Sizes sizes = new AnimationPlan.Sizes(100_000, 100_000, 0, new int[] {1, 4, 16}, new double[] {80_000, 120_000, 150_000});
        AtomicReference<Consumer<AnimationPlan.Sizes>> asked = new AtomicReference<>();
        ExportDialogs.AnimationForm form = onFx(() -> new ExportDialogs.AnimationForm(400, (format, done) -> {
            asked.set(done);
            return () -> { };
        }));
        assertEquals("measuring a few frames\u2026", onFx(() -> form.expected.getText()));
        assertNotNull(asked.get(), "measuring started with the dialog");
        onFx(() -> {
            asked.get().accept(sizes);
            return null;
        });
        String sampled = onFx(() -> form.expected.getText());
        assertTrue(sampled.matches("\\d+ of 401 steps \\(about every \\d+\\w\\w step, to stay under 10 MB\\): about [\\d.]+ MB, [\\d.]+ s at 15 frames a second"),
                sampled);
        assertEquals("Every step (401 frames, about 32 MB)", onFx(() -> form.everyStep.getText()));
        onFx(() -> {
            form.everyStep.setSelected(true);
            return null;
        });
        assertTrue(onFx(() -> form.expected.getText()).startsWith("all 401 steps: about 32 MB"), onFx(() -> form.expected.getText()));
        assertTrue(onFx(() -> form.choice().everyStep()));
        onFx(() -> {
            form.format.setValue(AnimationFormat.MP4);
            return null;
        });
        assertEquals("measuring a few frames\u2026", onFx(() -> form.expected.getText()), "each format is measured");
        assertTrue(onFx(() -> form.loop.isDisabled()), "a video does not loop by itself");
    }
}
