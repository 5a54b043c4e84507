package org.memscape.app.export;

import org.memscape.app.ui.Fx;
import org.memscape.app.landscape.ForceView;
import org.memscape.app.landscape.ViewSettings;
import org.memscape.app.playback.FramePump;

import java.awt.image.BufferedImage;
import org.memscape.compute.Frame;
import org.memscape.compute.FrameRequest;
import org.memscape.compute.Grid;
import org.memscape.scene.Domain;
import org.memscape.scene.Scene;

/**
 * Makes the pictures of exports, for the window and for {@code render} alike: frames from its own
 * engine, painted by a {@link LandscapePicture}. Runs on a background thread (it waits for the
 * engine and for the FX thread); an interrupt stops it. The scene's run starts at step 0, as after
 * Reset in the window.
 */
final class PictureMaker implements AutoCloseable {

    /** The trails fade to 0.78 a step: after this many steps they are below one grey level. */
    static final int TRAIL_STEPS = 24;
    /**
     * The window's heatmap grid, for the same colour range and contours as on screen (drawn
     * smoothed, it stays smooth at 2× or 3×).
     */
    static final int HEATMAP = FramePump.HEATMAP;
    /** The steps before a still only lay down trails: their heatmap is never seen. */
    private static final int TRAIL_GRID = 8;

    /** Told after each frame of an animation. */
    interface Progress { void frameDone(int frame, int frames); }

    /** Takes the frames of an animation in order (a GIF writer). */
    interface FrameSink { void accept(BufferedImage frame) throws java.io.IOException; }

    private final Scene scene;
    private final double tau;
    private final Domain view;
    private final ForceView force;
    private final FrameSteps frames = new FrameSteps();
    private final LandscapePicture picture;

    /** @param tau the heatmap's noise level, or NaN for the particles' own (as the window shows) */
    PictureMaker(Scene scene, ViewSettings settings, PictureOptions options, double tau) throws InterruptedException {
        this.scene = scene;
        this.tau = tau;
        this.view = settings.view();
        this.force = settings.force();
        try {
            this.picture = Fx.call(() -> new LandscapePicture(scene, settings, options, !Double.isNaN(tau)));
        } catch (InterruptedException | RuntimeException e) {
            frames.close();
            throw e;
        }
    }

    /** The picture after {@code step} steps, with the trails of the steps before it. */
    BufferedImage still(int step) throws InterruptedException {
        return still(step, false);
    }

    /**
     * {@link #still(int)}; with {@code showEveryStep} the steps before it are shown as the window
     * shows them, each composed (the tests' reference: the picture must not depend on it). Without,
     * they only lay down trails, and the FX thread composes one raster, not 25.
     */
    BufferedImage still(int step, boolean showEveryStep) throws InterruptedException {
        for (int k = Math.max(0, step - TRAIL_STEPS); k < step; k++) {
            FrameRequest trails = new FrameRequest(scene, tau, grid(TRAIL_GRID), 0, k, false);
            if (showEveryStep) show(trails);
            else feedTrails(trails);
        }
        show(request(step, HEATMAP));
        return Fx.call(picture::snapshot);
    }

    /**
     * The pictures of the given steps (ascending), handed to {@code sink} in order, each as the
     * window shows it at that step: the steps between two frames lay down trails only, and only
     * the last {@link #TRAIL_STEPS} of them (older trails have faded below one grey level).
     */
    void animation(int[] steps, FrameSink sink, Progress progress) throws InterruptedException, java.io.IOException {
        int shown = -1;
        for (int i = 0; i < steps.length; i++) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
            int step = steps[i];
            for (int k = Math.max(shown + 1, step - TRAIL_STEPS); k < step; k++) {
                feedTrails(new FrameRequest(scene, tau, grid(TRAIL_GRID), 0, k, false));
            }
            show(request(step, HEATMAP));
            sink.accept(Fx.call(picture::snapshot));
            shown = step;
            progress.frameDone(i + 1, steps.length);
        }
    }

    /** A frame as the window asks for it, with the force field the user chose. */
    private FrameRequest request(int step, int heatmap) {
        int arrows = force == ForceView.ARROWS ? FramePump.ARROWS : 0;
        return new FrameRequest(scene, tau, grid(heatmap), arrows, step, false, 0, force == ForceView.STREAMLINES);
    }

    private Grid grid(int heatmap) {
        return new Grid(view.xmin(), view.xmax(), view.ymin(), view.ymax(), heatmap);
    }

    /** Computes a frame and shows it on the picture's canvas, handing back the one it replaces. */
    private void show(FrameRequest request) throws InterruptedException {
        Frame frame = frames.compute(request);
        Frame before;
        try {
            before = Fx.call(() -> picture.feed(frame));
        } catch (InterruptedException | RuntimeException e) {
            frames.release(frame);
            throw e;
        }
        frames.release(before);
    }

    /** Computes a frame and advances the picture's trails by it; the canvas keeps nothing of it. */
    private void feedTrails(FrameRequest request) throws InterruptedException {
        Frame frame = frames.compute(request);
        try {
            Fx.call(() -> {
                picture.feedTrails(frame);
                return null;
            });
        } finally {
            frames.release(frame);
        }
    }

    @Override public void close() {
        frames.close();
    }
}
