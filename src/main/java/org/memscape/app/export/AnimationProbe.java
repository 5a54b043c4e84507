package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.memscape.app.export.AnimationFile;
import org.memscape.app.export.AnimationFormat;
import org.memscape.app.export.AnimationPlan;
import org.memscape.app.export.GifPalette;

/**
 * Measures what an animation of a run will cost before it is written, on a few of its frames: the
 * GIF's palette from five frames spread over the run (the landscape's colours change with τ), the
 * first frame, and at four places in the run the frame after one 1, 4 and 16 steps before it, each
 * pair encoded as the file would encode it. About 21 frames painted, whatever the run's length.
 * Background thread.
 */
final class AnimationProbe {

    /** The measured sizes, and the GIF's palette (null for an MP4). */
    record Result(AnimationPlan.Sizes sizes, GifPalette palette) {}

    static final int PALETTE_FRAMES = 5;
    static final int[] STRIDES = {1, 4, 16};
    static final int PLACES = 4;

    private AnimationProbe() {}

    static Result measure(PictureMaker maker, AnimationFormat format, int lastStep, int width, int height, int framesPerSecond)
            throws IOException, InterruptedException {
        GifPalette palette = null;
        BufferedImage[] first = new BufferedImage[1];
        if (format == AnimationFormat.GIF) {
            GifPalette.Histogram histogram = new GifPalette.Histogram();
            maker.animation(distinct(AnimationPlan.spread(PALETTE_FRAMES, lastStep)), frame -> {
                if (first[0] == null) first[0] = frame;
                histogram.add(frame);
            }, (done, all) -> { });
            palette = histogram.palette();
        } else {
            maker.animation(new int[] {0}, frame -> first[0] = frame, (done, all) -> { });
        }
        long firstFrame;
        try (AnimationFile file = format.measuring(width, height, palette, framesPerSecond)) {
            file.add(first[0]);
            firstFrame = file.bytes();
        }

        List<Integer> strides = new ArrayList<>();
        for (int s : STRIDES) if (s <= lastStep) strides.add(s);
        if (strides.isEmpty()) {   // a run of no steps: one frame
            return new Result(new AnimationPlan.Sizes(firstFrame, firstFrame, format.keyInterval(), new int[] {1}, new double[] {firstFrame}), palette);
        }
        int widest = strides.get(strides.size() - 1);
        TreeSet<Integer> places = new TreeSet<>();
        // the middles of four equal parts: the frames change most mid-run (the particles' noise) and
        // least at its end (settled), and a mean over the middles weighs each part alike
        for (int j = 0; j < PLACES; j++) places.add(Math.max(widest, (int) Math.round(lastStep * (j + 0.5) / PLACES)));
        double[] change = new double[strides.size()];
        double whole = 0;
        int pairs = 0;
        for (int place : places) {
            Map<Integer, BufferedImage> frames = new LinkedHashMap<>();
            TreeSet<Integer> steps = new TreeSet<>();
            for (int s : strides) steps.add(place - s);
            steps.add(place);
            int[] order = steps.stream().mapToInt(Integer::intValue).toArray();
            int[] next = {0};
            maker.animation(order, frame -> frames.put(order[next[0]++], frame), (done, all) -> { });
            for (int i = 0; i < strides.size(); i++) {
                try (AnimationFile file = format.measuring(width, height, palette, framesPerSecond)) {
                    file.add(frames.get(place - strides.get(i)));
                    long before = file.bytes();
                    file.add(frames.get(place));
                    change[i] += file.bytes() - before;
                    whole += before;
                    pairs++;
                }
            }
        }
        for (int i = 0; i < change.length; i++) change[i] /= places.size();
        AnimationPlan.Sizes sizes = new AnimationPlan.Sizes(firstFrame, Math.round(whole / pairs), format.keyInterval(),
                strides.stream().mapToInt(Integer::intValue).toArray(), change);
        return new Result(sizes, palette);
    }

    private static int[] distinct(int[] steps) {
        return java.util.Arrays.stream(steps).distinct().sorted().toArray();
    }
}
