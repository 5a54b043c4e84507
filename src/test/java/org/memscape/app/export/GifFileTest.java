package org.memscape.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GIF for slides: one global palette, each frame after the first only the rectangle that
 * changed with its unchanged pixels transparent ("do not dispose"), and played back it shows
 * every frame as it was (in the palette's colours).
 */
class GifFileTest {

    @TempDir Path dir;

    /** Three colours on a grey ground, and a square that moves: exactly representable in the palette. */
    private static List<BufferedImage> frames() {
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 40; y++) for (int x = 0; x < 60; x++) image.setRGB(x, y, x < 20 ? 0x202428 : x < 40 ? 0x3060C0 : 0xF0E040);
            for (int y = 10; y < 16; y++) for (int x = 5 + 8 * f; x < 11 + 8 * f; x++) image.setRGB(x, y, 0xFFFFFF);
            frames.add(image);
        }
        frames.add(frames.get(3));   // a frame that changes nothing
        return frames;
    }

    @Test
    void framesAfterTheFirstAreTheChangedRectangleOverOneGlobalPalette() throws Exception {
        List<BufferedImage> frames = frames();
        GifPalette.Histogram histogram = new GifPalette.Histogram();
        for (BufferedImage f : frames) histogram.add(f);
        GifPalette palette = histogram.palette();
        Path file = dir.resolve("a.gif");
        try (OutputStream out = Files.newOutputStream(file); GifFile gif = new GifFile(out, 60, 40, palette, 10, true, "rising \u03B2")) {
            for (BufferedImage f : frames) gif.add(f);
            gif.finish();
        }
        GifBlocks blocks = GifBlocks.read(file);
        assertEquals(60, blocks.width());
        assertEquals(40, blocks.height());
        assertEquals(256, blocks.globalColours(), "one global colour table");
        assertEquals(5, blocks.frames().size());
        for (GifBlocks.Frame f : blocks.frames()) {
            assertFalse(f.localTable(), "no frame has its own palette: " + f);
            assertEquals(1, f.disposal(), "do not dispose: the frame before shows through");
            assertEquals(10, f.delay());
        }
        assertEquals(new GifBlocks.Frame(0, 0, 60, 40, false, 1, false, 10), blocks.frames().get(0), "the first frame whole");
        // the square moved 8 pixels right: the rectangle from its old left edge to its new right edge
        assertEquals(new GifBlocks.Frame(5, 10, 14, 6, false, 1, true, 10), blocks.frames().get(1));
        assertEquals(1, blocks.frames().get(4).width() * blocks.frames().get(4).height(), "nothing changed: one transparent pixel");
        assertArrayEquals("rising beta".getBytes(java.nio.charset.StandardCharsets.US_ASCII), blocks.comments().get(0), "the comment in ASCII");

        // played back (each frame drawn over the last, transparent pixels left alone) it is each frame
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage screen = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage part = reader.read(i);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                screen.createGraphics().drawImage(part, Integer.parseInt(d.getAttribute("imageLeftPosition")),
                        Integer.parseInt(d.getAttribute("imageTopPosition")), null);
                for (int y = 0; y < 40; y++) {
                    for (int x = 0; x < 60; x++) {
                        assertEquals(frames.get(i).getRGB(x, y) & 0xFFFFFF, screen.getRGB(x, y) & 0xFFFFFF, "frame " + i + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    @Test
    void thePaletteKeepsSmallDistinctColours() {
        // a smooth ramp of 4096 colours, and a few white pixels: white must stay white
        BufferedImage image = new BufferedImage(256, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) for (int x = 0; x < 256; x++) image.setRGB(x, y, (x / 2) << 16 | (y * 4) << 8 | 100);
        for (int x = 0; x < 8; x++) image.setRGB(x, 0, 0xFFFFFF);
        GifPalette.Histogram histogram = new GifPalette.Histogram();
        histogram.add(image);
        GifPalette palette = histogram.palette();
        assertEquals(GifPalette.COLOURS, palette.colours().length);
        assertEquals(0xFFFFFF, palette.colours()[palette.index(0xFFFFFF)]);
        assertTrue(palette.index(0xFFFFFF) != GifPalette.TRANSPARENT);
    }
}
