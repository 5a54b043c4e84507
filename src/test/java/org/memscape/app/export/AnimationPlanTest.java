package org.memscape.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which steps an animation shows: every one if it fits the budget, else evenly spread ones, as many as fit. */
class AnimationPlanTest {

    /** 100 kB the first frame, 80 kB a frame one step after the last, 120 kB four steps after, 150 kB sixteen. */
    private static final AnimationPlan.Sizes GIF = new AnimationPlan.Sizes(100_000, 100_000, 0, new int[] {1, 4, 16},
            new double[] {80_000, 120_000, 150_000});

    @Test
    void theStepsAreSpreadEvenlyFromTheFirstToTheLast() {
        assertArrayEquals(new int[] {0, 100, 200, 300, 400}, AnimationPlan.spread(5, 400));
        assertArrayEquals(new int[] {0, 1, 2, 3}, AnimationPlan.spread(4, 3));
        int[] steps = AnimationPlan.spread(72, 400);
        assertEquals(0, steps[0]);
        assertEquals(400, steps[71]);
        for (int i = 1; i < steps.length; i++) {
            int gap = steps[i] - steps[i - 1];
            assertTrue(gap == 5 || gap == 6, "gaps of 400/71 = 5.6 steps, rounded: " + gap);
        }
    }

    @Test
    void aFrameCostsWhatWasMeasuredBetweenTheMeasuredStrides() {
        assertEquals(80_000, GIF.change(1), 1e-6);
        assertEquals(120_000, GIF.change(4), 1e-6);
        assertEquals(100_000, GIF.change(2), 1e-6, "half-way in log(stride)");
        assertEquals(150_000, GIF.change(16), 1e-6);
        assertTrue(GIF.change(64) > 150_000 && GIF.change(64) < 4 * 150_000, "beyond: growing, less than in proportion: " + GIF.change(64));
        assertEquals(100_000 + 400 * 80_000, GIF.estimate(401, 400));
    }

    @Test
    void aRunThatDoesNotFitIsSampledToTheMostFramesThatDo() {
        AnimationPlan plan = AnimationPlan.of(400, GIF, 10_000_000, false, 5000);
        assertTrue(plan.sampled());
        assertTrue(plan.expectedBytes() <= AnimationPlan.AIM * 10_000_000, "within the budget: " + plan.expectedBytes());
        assertTrue(GIF.estimate(plan.frames() + 1, 400) > AnimationPlan.AIM * 10_000_000, "one frame more would not be");
        assertArrayEquals(AnimationPlan.spread(plan.frames(), 400), plan.steps());
        assertEquals(GIF.estimate(401, 400), plan.everyStepBytes());
        String summary = plan.summary(20);
        assertTrue(summary.startsWith(plan.frames() + " of 401 steps (about every "), summary);
        assertTrue(summary.contains(" step, to stay under 10 MB): about "), summary);
        assertTrue(summary.endsWith(" s at 20 frames a second"), summary);
    }

    @Test
    void theSummarySaysWhichStepsHowLargeAndHowLong() {
        AnimationPlan plan = new AnimationPlan(400, AnimationPlan.spread(101, 400), 8_040_000, 30_000_000, 10_000_000, false);
        assertEquals("101 of 401 steps (every 4th step, to stay under 10 MB): about 8.0 MB, 5.1 s at 20 frames a second", plan.summary(20));
        AnimationPlan third = new AnimationPlan(300, AnimationPlan.spread(101, 300), 8_040_000, 30_000_000, 10_000_000, false);
        assertTrue(third.summary(20).contains("(every 3rd step, "), third.summary(20));
    }

    @Test
    void everyStepIsEveryStepWhateverItCosts() {
        AnimationPlan plan = AnimationPlan.of(400, GIF, 10_000_000, true, 5000);
        assertEquals(401, plan.frames());
        assertTrue(plan.summary(20).startsWith("all 401 steps: about 32 MB, 20.1 s"), plan.summary(20));
    }

    @Test
    void aRunThatFitsHasEveryStep() {
        AnimationPlan plan = AnimationPlan.of(30, GIF, 10_000_000, false, 5000);
        assertEquals(31, plan.frames());
        assertTrue(!plan.sampled());
    }

    @Test
    void anMp4CountsAKeyFrameEveryInterval() {
        AnimationPlan.Sizes mp4 = new AnimationPlan.Sizes(50_000, 60_000, 25, new int[] {1}, new double[] {20_000});
        assertEquals(50_000 + 2 * 60_000 + 48 * 20_000, mp4.estimate(51, 50), "frames 25 and 50 are key frames");
    }

    @Test
    void sizesReadAsAFileManagerShowsThem() {
        assertEquals("850 kB", AnimationPlan.megabytes(850_000));
        assertEquals("9.3 MB", AnimationPlan.megabytes(9_270_000));
        assertEquals("27 MB", AnimationPlan.megabytes(27_400_000));
    }
}
