package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One palette for every frame of a GIF: 255 colours chosen by median cut from a few frames of the
 * run (the heatmap's colours change with τ, so from its start, middle and end), and index 255
 * left for "unchanged" (transparent). Each pixel takes the nearest colour, without dithering, so a
 * pixel that did not change keeps its index from frame to frame and need not be written again.
 */
public final class GifPalette {

    /** The colours a frame may use; the last index is the transparent one. */
    public static final int COLOURS = 255;
    public static final int TRANSPARENT = 255;

    private final int[] rgb;
    private final IndexColorModel model;
    /** Nearest-colour answers, direct-mapped by a hash of the colour (a frame has a few thousand colours). */
    private final int[] cacheKey = new int[1 << 16];
    private final byte[] cacheIndex = new byte[1 << 16];

    private GifPalette(int[] colours) {
        rgb = colours;
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 0; i < colours.length; i++) {
            r[i] = (byte) (colours[i] >> 16);
            g[i] = (byte) (colours[i] >> 8);
            b[i] = (byte) colours[i];
        }
        model = new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
        java.util.Arrays.fill(cacheKey, -1);
    }

    /** The colours, 0xRRGGBB, at most {@link #COLOURS}. */
    public int[] colours() { return rgb.clone(); }

    IndexColorModel colorModel() { return model; }

    /** The palette index nearest to {@code argb}'s colour (never the transparent one). */
    public int index(int argb) {
        int colour = argb & 0xFFFFFF;
        int slot = (colour * 0x9E3779B1) >>> 16;
        if (cacheKey[slot] == colour) return cacheIndex[slot] & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        int r = colour >> 16, g = (colour >> 8) & 0xFF, b = colour & 0xFF;
        for (int i = 0; i < rgb.length; i++) {
            int dr = r - (rgb[i] >> 16), dg = g - ((rgb[i] >> 8) & 0xFF), db = b - (rgb[i] & 0xFF);
            // green counts most to the eye, blue least
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        cacheKey[slot] = colour;
        cacheIndex[slot] = (byte) best;
        return best;
    }

    /** Counts the colours of sample frames (5 bits of red and blue, 6 of green), then {@link #palette()}. */
    public static final class Histogram {
        private final long[] count = new long[1 << 16];
        private final long[] sumR = new long[1 << 16], sumG = new long[1 << 16], sumB = new long[1 << 16];

        public void add(BufferedImage frame) {
            int w = frame.getWidth(), h = frame.getHeight();
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                frame.getRGB(0, y, w, 1, row, 0, w);
                for (int c : row) {
                    int r = (c >> 16) & 0xFF, g = (c >> 8) & 0xFF, b = c & 0xFF;
                    int bin = (r >> 3) << 11 | (g >> 2) << 5 | (b >> 3);
                    count[bin]++;
                    sumR[bin] += r;
                    sumG[bin] += g;
                    sumB[bin] += b;
                }
            }
        }

        /**
         * Median cut: the box of colours with the most pixels is halved at its median along its
         * longest side, until there are 255; in the second half the box with the most pixels
         * times volume, so that small but distinct colours (white particles, text) get their own.
         * Each colour is its box's mean.
         */
        public GifPalette palette() {
            List<Integer> bins = new ArrayList<>();
            for (int i = 0; i < count.length; i++) if (count[i] > 0) bins.add(i);
            if (bins.isEmpty()) return new GifPalette(new int[] {0});
            List<Box> boxes = new ArrayList<>(List.of(new Box(bins)));
            while (boxes.size() < COLOURS) {
                boolean byVolume = boxes.size() >= COLOURS / 2;
                Box widest = boxes.stream().filter(Box::splittable)
                        .max(Comparator.comparingDouble(b -> byVolume ? (double) b.pixels * b.volume() : b.pixels)).orElse(null);
                if (widest == null) break;
                boxes.remove(widest);
                boxes.addAll(widest.split());
            }
            int[] colours = new int[boxes.size()];
            for (int i = 0; i < colours.length; i++) colours[i] = boxes.get(i).mean();
            return new GifPalette(colours);
        }

        private final class Box {
            final List<Integer> bins;
            final long pixels;
            final int[] lo = {255, 255, 255}, hi = {0, 0, 0};

            Box(List<Integer> bins) {
                this.bins = bins;
                long n = 0;
                for (int bin : bins) {
                    n += count[bin];
                    for (int ch = 0; ch < 3; ch++) {
                        int v = channel(bin, ch);
                        lo[ch] = Math.min(lo[ch], v);
                        hi[ch] = Math.max(hi[ch], v);
                    }
                }
                pixels = n;
            }

            boolean splittable() { return bins.size() > 1; }

            double volume() { return (hi[0] - lo[0] + 1.0) * (hi[1] - lo[1] + 1.0) * (hi[2] - lo[2] + 1.0); }

            List<Box> split() {
                int axis = 0;
                for (int ch = 1; ch < 3; ch++) if (hi[ch] - lo[ch] > hi[axis] - lo[axis]) axis = ch;
                int along = axis;
                List<Integer> sorted = new ArrayList<>(bins);
                sorted.sort(Comparator.comparingInt(bin -> channel(bin, along)));
                long half = 0;
                int cut = 1;
                for (int i = 0; i < sorted.size() - 1; i++) {
                    half += count[sorted.get(i)];
                    cut = i + 1;
                    if (2 * half >= pixels) break;
                }
                return List.of(new Box(new ArrayList<>(sorted.subList(0, cut))), new Box(new ArrayList<>(sorted.subList(cut, sorted.size()))));
            }

            int mean() {
                long r = 0, g = 0, b = 0;
                for (int bin : bins) {
                    r += sumR[bin];
                    g += sumG[bin];
                    b += sumB[bin];
                }
                return (int) Math.round((double) r / pixels) << 16 | (int) Math.round((double) g / pixels) << 8 | (int) Math.round((double) b / pixels);
            }
        }

        /** The bin's red, green or blue on a 0–255 scale. */
        private static int channel(int bin, int ch) {
            return switch (ch) {
                case 0 -> (bin >> 11) << 3;
                case 1 -> ((bin >> 5) & 0x3F) << 2;
                default -> (bin & 0x1F) << 3;
            };
        }
    }
}
