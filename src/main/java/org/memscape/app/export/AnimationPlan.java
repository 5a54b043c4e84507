package org.memscape.app.export;

import org.memscape.text.NumberText;

/**
 * Which steps of a run an animation shows, so that the file fits a budget: every step if it fits,
 * else steps spread evenly from 0 to the last (both included), as many as fit. The expected size
 * comes from {@link Sizes}, measured on a few frames of the run before anything is written.
 */
public record AnimationPlan(int lastStep, int[] steps, long expectedBytes, long everyStepBytes, long budget, boolean everyStep) {

    /** An animation's default budget, in bytes: what a slide deck or a course page takes without trouble. */
    public static final long BUDGET = org.memscape.output.PictureRenderer.ANIMATION_BUDGET;
    /** The plan aims this far below the budget: the estimate is measured on a few frames only. */
    static final double AIM = 0.92;

    /**
     * What frames cost, measured on a few of the run's: the first frame (written whole), a key
     * frame (written whole, every {@code keyInterval} frames; never again in a GIF), and a frame
     * after the one {@code strides[i]} steps before it: {@code changeBytes[i]} (only the change in a
     * GIF, a predicted frame in an MP4). Strides ascending, at least one.
     */
    public record Sizes(long firstFrame, long keyFrame, int keyInterval, int[] strides, double[] changeBytes) {

        /** The cost of a frame {@code stride} steps after the one before, interpolated in log(stride). */
        public double change(double stride) {
            int n = strides.length;
            if (stride <= strides[0] || n == 1) return changeBytes[0] * (n == 1 ? Math.max(1, stride / strides[0]) : 1);
            for (int i = 1; i < n; i++) {
                if (stride <= strides[i]) {
                    double t = Math.log(stride / strides[i - 1]) / Math.log((double) strides[i] / strides[i - 1]);
                    return changeBytes[i - 1] + t * (changeBytes[i] - changeBytes[i - 1]);
                }
            }
            // past the last measured stride: growing as between the last two, at most in proportion
            double growth = Math.log(Math.max(1, changeBytes[n - 1]) / Math.max(1, changeBytes[n - 2]))
                    / Math.log((double) strides[n - 1] / strides[n - 2]);
            growth = Math.max(0, Math.min(1, growth));
            return changeBytes[n - 1] * Math.pow(stride / strides[n - 1], growth);
        }

        /** The expected size of {@code frames} frames spread over {@code lastStep} steps. */
        public long estimate(int frames, int lastStep) {
            if (frames <= 1) return firstFrame;
            double stride = (double) lastStep / (frames - 1);
            int keys = keyInterval > 0 ? (frames - 1) / keyInterval : 0;   // key frames after the first
            return Math.round(firstFrame + keys * (double) keyFrame + (frames - 1 - keys) * change(stride));
        }
    }

    /**
     * The plan for steps 0..lastStep: every step with {@code everyStep} (as far as
     * {@code maxFrames} allows), else as many evenly spread steps as fit the budget (at least the
     * first and the last).
     */
    public static AnimationPlan of(int lastStep, Sizes sizes, long budget, boolean everyStep, int maxFrames) {
        int all = Math.min(lastStep + 1, maxFrames);
        long everyStepBytes = sizes.estimate(lastStep + 1, lastStep);
        int frames = all;
        if (!everyStep) {
            while (frames > 2 && sizes.estimate(frames, lastStep) > AIM * budget) frames--;
        }
        return new AnimationPlan(lastStep, spread(frames, lastStep), sizes.estimate(frames, lastStep), everyStepBytes, budget, everyStep);
    }

    /** {@code frames} steps from 0 to {@code lastStep}, evenly spread (rounded), both ends included. */
    public static int[] spread(int frames, int lastStep) {
        if (lastStep == 0 || frames <= 1) return new int[] {0};
        int[] steps = new int[frames];
        for (int i = 0; i < frames; i++) steps[i] = (int) Math.round((double) i * lastStep / (frames - 1));
        return steps;
    }

    public int frames() { return steps.length; }

    /** Fewer frames than steps: the run is sampled. */
    public boolean sampled() { return steps.length < lastStep + 1; }

    /**
     * What the file will be, in a line: "101 of 401 steps (about every 4th, to stay under 10 MB):
     * about 9.3 MB, 5.1 s at 20 frames a second".
     */
    public String summary(int framesPerSecond) {
        String which = !sampled() ? (frames() == 1 ? "1 step" : "all " + NumberText.count(frames()) + " steps")
                : NumberText.count(frames()) + " of " + NumberText.count(lastStep + 1) + " steps (" + every() + (everyStep ? ")" : ", to stay under " + megabytes(budget) + ")");
        double seconds = (double) frames() / framesPerSecond;
        return which + ": about " + megabytes(expectedBytes) + ", " + NumberText.decimals(seconds, 1)
                + " s at " + framesPerSecond + " frames a second";
    }

    /** "every 4th step" or "about every 4th step" when the gaps are not all equal. */
    private String every() {
        double stride = (double) lastStep / (frames() - 1);
        long whole = Math.round(stride);
        if (whole <= 1) return "nearly every step";
        return (Math.abs(stride - whole) < 1e-9 ? "every " : "about every ") + ordinal(whole) + " step";
    }

    private static String ordinal(long n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** "9.3 MB", "27 MB", "850 kB" (decimal units, as file managers show them). */
    public static String megabytes(long bytes) {
        if (bytes < 1_000_000) return Math.max(1, Math.round(bytes / 1000.0)) + " kB";
        double mb = bytes / 1e6;
        return mb < 10 ? NumberText.decimals(mb, 1) + " MB" : Math.round(mb) + " MB";
    }
}
